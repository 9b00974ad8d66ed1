import { accessSync, constants, statSync } from 'node:fs';

/** Where a Chromium or Chrome usually stands, per platform; never one we download. */
export const BROWSER_CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
  win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export type BrowserLookup =
  | { readonly found: true; readonly path: string }
  /** `badEnv`: CHROME_PATH is set but names no executable file. */
  | { readonly found: false; readonly badEnv?: string };

export function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser `ppb export` drives. `CHROME_PATH`, when set, is what the user asked for: it wins,
 * and a wrong one is reported rather than silently replaced. Otherwise the first candidate that
 * is an executable file (Debian's `/usr/bin/chromium` first).
 */
export function findBrowser(
  chromePath: string | undefined,
  candidates: readonly string[] = BROWSER_CANDIDATES[process.platform] ?? [],
  isExecutable: (file: string) => boolean = isExecutableFile,
): BrowserLookup {
  if (chromePath !== undefined && chromePath !== '') {
    return isExecutable(chromePath) ? { found: true, path: chromePath } : { found: false, badEnv: chromePath };
  }
  const path = candidates.find(isExecutable);
  return path === undefined ? { found: false } : { found: true, path };
}

/**
 * Headless, with nothing that reaches the network on its own; playwright gives each launch a
 * fresh profile folder and removes it on close. Even so, Chromium still looked up
 * update.googleapis.com at start (seen with strace): every host name now resolves to nothing,
 * so no DNS query leaves the machine either (test/export/no-network.test.ts); only loopback,
 * which the tests serve pages from, still resolves.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--disable-features=OptimizationHints,MediaRouter,DialMediaRouteProvider,Translate,NetworkTimeServiceQuerying,CertificateTransparencyComponentUpdater',
  '--no-pings',
  '--disable-domain-reliability',
  '--disable-client-side-phishing-detection',
] as const;
