// The walkthrough's pictures (media/walkthrough/*.jpg), from the screenshots the end-to-end run
// takes in code-server (test-results/e2e/, after `npm run test:code-server`): scaled to 960
// pixels wide and saved as JPEG, so that four of them add about 200 kB to the .vsix.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const PICTURES = { 'open-map': '01b-map-open', preview: '04-preview', mistake: '02-problem', export: '07-save-dialog' };
const WIDTH = 960;

const missing = Object.values(PICTURES).filter((shot) => !existsSync(`${repo}test-results/e2e/${shot}.png`));
if (missing.length > 0) {
  console.error(`No ${missing.join(', ')} in test-results/e2e/: run npm run test:code-server first.`);
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: WIDTH, height: 600 } });
  for (const [name, shot] of Object.entries(PICTURES)) {
    const png = readFileSync(`${repo}test-results/e2e/${shot}.png`).toString('base64');
    await page.setContent(`<body style="margin:0"><img style="display:block;width:${WIDTH}px" src="data:image/png;base64,${png}"></body>`);
    await page.locator('img').screenshot({ path: `${repo}media/walkthrough/${name}.jpg`, type: 'jpeg', quality: 82 });
    console.log(`media/walkthrough/${name}.jpg`);
  }
} finally {
  await browser.close();
}
