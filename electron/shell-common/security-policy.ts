// Pure policy for the Electron shell; no 'electron' import here so Vitest can test it in plain Node.

/** The custom scheme the renderer is served from in Electron (registered as standard + secure). */
export const APP_SCHEME = 'parley';
export const APP_HOST = 'app';
/** Where the app window starts. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** One CSP for both hosts: nothing remote, no inline or eval'd scripts, no plugins, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for pages of the app itself (`parley://app/…`); parsed, never string-matched. */
export function isAppUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}

/** An IPC sender is trusted when its frame shows an app page; a missing frame is not trusted. */
export const isTrustedSender = (frameUrl: string | null | undefined): boolean => isAppUrl(frameUrl);

/** Links the analyst may open in the system browser: plain http(s) with a host and no credentials. */
export function isSafeExternalUrl(url: string | null | undefined): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

/** Schemes the window may load at all; everything else (http, https, file, ws) is cancelled. */
const loadableSchemes = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** True when the session may load this URL: offline by design, only the app's own resources. */
export function isAllowedRequestUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed || !loadableSchemes.has(parsed.protocol)) return false;
  return parsed.protocol !== `${APP_SCHEME}:` || parsed.host === APP_HOST;
}

/** What to do when the page tries to navigate: stay (same app page) or refuse. */
export function navigationDecision(targetUrl: string): 'allow' | 'deny' {
  return isAppUrl(targetUrl) ? 'allow' : 'deny';
}
