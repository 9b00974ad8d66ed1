/**
 * The environment for the installer's child processes: the caller's, without what an outer npm
 * hands down. Under `npm start` or `npm run ...`, npm sets `npm_config_*` (its configuration,
 * among them `npm_config_user_agent` naming the outer Node), `npm_lifecycle_*` and
 * `npm_package_*`. A nested `npm install` reads them as its own configuration, and code-server's
 * postinstall reads the Node version from that user agent and refuses to build for Node 20.
 * `NODE` and `INIT_CWD` are npm's too (the outer Node binary, the outer working folder).
 */
export function installerEnv(base: NodeJS.ProcessEnv = process.env, own: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(base)) {
    if (!inheritedFromNpm(key)) env[key] = value;
  }
  return { ...env, ...own };
}

/** A variable npm sets for the scripts it runs; Windows keeps their case loosely, hence `i`. */
export function inheritedFromNpm(key: string): boolean {
  return /^npm_/i.test(key) || /^(NODE|INIT_CWD)$/i.test(key);
}
