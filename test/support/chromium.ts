import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ARGS, findBrowser } from '../../server/src/cli/browser';

/**
 * Headless Chromium as `ppb export` launches it (Debian's /usr/bin/chromium, Chrome, or
 * CHROME_PATH), with a fresh profile; the caller closes it. `.ci/run` installs Chromium.
 */
export async function launchChromium(): Promise<Browser> {
  const found = findBrowser(process.env.CHROME_PATH);
  if (!found.found) {
    throw new Error(
      found.badEnv !== undefined
        ? `CHROME_PATH=${found.badEnv} is not an executable file.`
        : 'These tests need Chromium: apt-get install chromium, or set CHROME_PATH.',
    );
  }
  return chromium.launch({ executablePath: found.path, headless: true, args: [...BROWSER_ARGS] });
}
