import { timingSafeEqual } from 'node:crypto';

/** Host names a loopback page may be reached by; anything else may be a DNS-rebinding attack. */
const loopbackNames = ['127.0.0.1', 'localhost'];

/** True when the Host header is exactly `127.0.0.1:<port>` or `localhost:<port>`. */
export function isTrustedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  return loopbackNames.some((name) => host === `${name}:${port}`);
}

/** True when there is no Origin (same-origin GETs, curl) or it is this server's own origin. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return loopbackNames.some((name) => origin === `http://${name}:${port}`);
}

/** Compares a presented token with the real one in constant time. */
export function tokenMatches(presented: string | null | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bearer token from an Authorization header, if it has that form. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  return match?.[1] ?? null;
}

/** The value of one cookie from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
