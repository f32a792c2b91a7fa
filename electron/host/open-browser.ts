import { spawn } from 'node:child_process';

/** The command that opens a URL in the desktop's default browser, or null where there is no desktop. */
export function browserOpener(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): { command: string; args: (url: string) => string[] } | null {
  // PARLEY_OPENER names another program (tests, a chosen browser); it gets the URL as its argument.
  if (env.PARLEY_OPENER) return { command: env.PARLEY_OPENER, args: (url) => [url] };
  if (platform === 'darwin') return { command: 'open', args: (url) => [url] };
  if (platform === 'win32') return { command: 'cmd', args: (url) => ['/c', 'start', '""', url] };
  // A Linux or BSD session without a display (a server, CI, ssh) has no browser to show.
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  return { command: 'xdg-open', args: (url) => [url] };
}

/**
 * Opens `url` in the default browser when there is a desktop; says so, or says why not. Never
 * fails the server: a missing xdg-open leaves the printed URL as the way in.
 */
export function openInBrowser(url: string, say: (line: string) => void): void {
  const opener = browserOpener();
  if (!opener) {
    say('parley: no desktop here, so no browser was opened; open the address above.');
    return;
  }
  try {
    const child = spawn(opener.command, opener.args(url), { detached: true, stdio: 'ignore' });
    child.on('error', () =>
      say(`parley: could not start ${opener.command}; open the address above.`),
    );
    child.unref();
  } catch {
    say(`parley: could not start ${opener.command}; open the address above.`);
  }
}
