// Loads a bundle from dist/, or says how to make it instead of a stack trace.
const fs = require('node:fs');
const path = require('node:path');

module.exports = function requireBuilt(name) {
  const file = path.join(__dirname, '..', 'dist', name);
  if (!fs.existsSync(file)) {
    const id = /^(id|in)\b/i.test(process.env.PPB_LANG || process.env.LC_ALL || process.env.LANG || '');
    process.stderr.write(
      id
        ? `ppb: ${file} belum ada. Jalankan \`npm run build\` di ${path.dirname(__dirname)} terlebih dahulu.\n`
        : `ppb: ${file} is missing. Run \`npm run build\` in ${path.dirname(__dirname)} first.\n`,
    );
    process.exit(2);
  }
  require(file);
};
