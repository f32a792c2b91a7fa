import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveAssetPath } from '../shell-common/static-assets';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from '../shell-common/security-policy';

/** Must run before `app` is ready: a standard, secure scheme gets an origin, fetch and a strict CSP. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the packaged renderer at `parley://app/…`; never a dev server, never files outside it. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveAssetPath(rendererDir, url.pathname) : null;
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    };
    if (!file || request.method !== 'GET')
      return new Response('Not found', { status: 404, headers });
    try {
      const bytes = await readFile(file);
      return new Response(bytes, {
        status: 200,
        headers: { ...headers, 'Content-Type': contentTypeFor(file) },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
