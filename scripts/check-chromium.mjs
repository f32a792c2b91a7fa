// Runs before the end-to-end tests: says in one line what is missing and how to get it, rather
// than letting Playwright fail deep inside a browser launch.
import { accessSync, constants } from 'node:fs';

const chromium = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
try {
  accessSync(chromium, constants.X_OK);
} catch {
  const where = process.env.PARLEY_CHROMIUM ? `PARLEY_CHROMIUM=${chromium}` : chromium;
  console.error(
    `e2e: no Chromium at ${where}; install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set PARLEY_CHROMIUM to a Chromium or Chrome binary.`,
  );
  process.exit(1);
}
