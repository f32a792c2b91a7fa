import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { PushEvent, PushEvents } from '../../shared/contract';
import { forwardServiceEvents, type ComposedApp } from '../compose';
import { fail, type Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY } from '../shell-common/security-policy';
import { dispatch, type HostHooks } from '../services/handlers';
import {
  bearerToken,
  cookieValue,
  isAllowedOrigin,
  isTrustedHost,
  tokenMatches,
} from './request-guards';
import { contentTypeFor, resolveAssetPath } from '../shell-common/static-assets';
import { describeError } from '../../shared/error-message';

export type BrowserHostOptions = {
  /** 0 (the default) lets the OS pick a free port. */
  port?: number;
  /** The composed services (electron/compose.ts); the host serves them, its caller owns them. */
  app: Pick<ComposedApp, 'handlers' | 'events'>;
  /** The built renderer; defaults to dist/renderer next to this bundle. */
  rendererDir?: string;
  /** Largest accepted request body in bytes (1 MiB by default). */
  maxBodyBytes?: number;
};

export type BrowserHost = {
  /** The link to open: carries the token once, the page then lives on a cookie. */
  url: string;
  /** `http://127.0.0.1:<port>`, the only origin the server accepts. */
  origin: string;
  port: number;
  token: string;
  /** Stops serving; the services stay open for their owner to close. */
  close(): Promise<void>;
};

/**
 * No native dialog in a browser tab: the renderer offers a path field instead, and downloads
 * exports itself (quote:export) when quote:save-export answers null.
 */
export const browserHostHooks: HostHooks = {
  pickFolder: () => Promise.resolve(null),
  pickWorkspace: () => Promise.resolve(null),
  pickExportFile: () => Promise.resolve(null),
};

const LOOPBACK = '127.0.0.1';

const frameOf = <E extends PushEvent>(event: E, payload: PushEvents[E]): string =>
  `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
const MiB = 1024 * 1024;

const securityHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The renderer build: dist/renderer beside dist/electron (bundled), under the repo root (sources run
 * by Vitest), or under the working directory (ESM runners such as Playwright, where __dirname is unset).
 */
export function defaultRendererDir(): string {
  const here =
    typeof __dirname === 'string'
      ? [join(__dirname, '..', 'renderer'), join(__dirname, '..', '..', 'dist', 'renderer')]
      : [];
  const candidates = [...here, join(process.cwd(), 'dist', 'renderer')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? (candidates[0] as string);
}

/**
 * Starts the loopback browser host: the same handler table as Electron behind HTTP on 127.0.0.1,
 * guarded by a fresh per-run token and Host/Origin checks. Resolves once it is listening.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const rendererDir = options.rendererDir ?? defaultRendererDir();
  const maxBodyBytes = options.maxBodyBytes ?? MiB;
  const token = randomBytes(32).toString('base64url');
  const { handlers, events } = options.app;
  /** Each open event stream and how to send it a frame. */
  const streams = new Map<ServerResponse, (frame: string) => void>();
  let port = 0;
  const cookieName = (): string => `parley-token-${port}`;

  // The `ui:*` events are Electron's menu; in a browser the page handles those keys itself.
  const stopForwarding = forwardServiceEvents(events, broadcast);
  function broadcast<E extends PushEvent>(event: E, payload: PushEvents[E]): void {
    const frame = frameOf(event, payload);
    for (const send of streams.values()) send(frame);
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    handle(req, res).catch((error: unknown) => {
      process.stderr.write(`parley: request failed: ${describeError(error)}\n`);
      if (!res.headersSent) sendText(res, 500, 'Internal error');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isTrustedHost(req.headers.host, port))
      return sendText(res, 403, 'Forbidden: unexpected Host header');
    if (!isAllowedOrigin(req.headers.origin, port))
      return sendText(res, 403, 'Forbidden: cross-origin request');
    const url = new URL(req.url ?? '/', `http://${LOOPBACK}:${port}`);
    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');

    const offered = url.searchParams.get('token');
    if (offered !== null && !isApi && req.method === 'GET') {
      if (!tokenMatches(offered, token))
        return sendText(res, 401, 'Unauthorized: this link is from another run of Parley');
      // Trade the token in the URL for a cookie, then drop it from the address bar and history.
      res.setHeader('Set-Cookie', `${cookieName()}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.writeHead(303, {
        Location: url.pathname.startsWith('//') ? '/' : url.pathname,
        'Cache-Control': 'no-store',
      });
      return void res.end();
    }
    const presented =
      bearerToken(req.headers.authorization) ?? cookieValue(req.headers.cookie, cookieName());
    if (!tokenMatches(presented, token)) {
      return sendText(res, 401, 'Unauthorized: open the link Parley printed when it started');
    }

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendText(res, 405, 'Method not allowed', { Allow: 'GET' });
      return openEventStream(res);
    }
    if (isApi) return handleApi(req, res, url.pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendText(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    }
    return serveStatic(req, res, url.pathname);
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    channel: string,
  ): Promise<void> {
    if (!Object.hasOwn(handlers, channel)) {
      req.resume();
      return sendJson(res, 404, fail('not-found', `Unknown channel: ${channel.slice(0, 100)}`));
    }
    if (req.method !== 'POST') {
      req.resume();
      return sendJson(res, 405, fail('invalid-input', `${channel} only accepts POST`), {
        Allow: 'POST',
      });
    }
    // Defence in depth beside the token and Origin checks: only a JSON request can reach a
    // handler, so no HTML form or no-CORS "simple request" can ever be one.
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json') {
      req.resume();
      return sendJson(
        res,
        415,
        fail('invalid-input', `${channel} only accepts Content-Type: application/json`),
      );
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === null) {
      res.setHeader('Connection', 'close');
      return sendJson(
        res,
        413,
        fail('invalid-input', `Requests are limited to ${maxBodyBytes} bytes`),
      );
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? undefined : (JSON.parse(body) as unknown);
    } catch {
      return sendJson(
        res,
        200,
        fail('invalid-input', `Invalid input for ${channel}: the body is not valid JSON`),
      );
    }
    return sendJson(res, 200, await dispatch(handlers, channel, input));
  }

  async function openEventStream(res: ServerResponse): Promise<void> {
    // A late subscriber learns where indexing stands and what the folders hold without waiting for
    // the next change (a page that listed the folders before connecting would otherwise keep a
    // stale count). Both are read now; events pushed while they are on their way are held back and
    // sent after them, so none is lost and none arrives before the older state.
    const status = handlers['index:status']({});
    const folders = handlers['corpus:list']({});
    let held: string[] | null = [];
    streams.set(res, (frame) => (held ? held.push(frame) : res.write(frame)));
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    res.write('retry: 2000\n\n');
    res.write(frameOf('index:progress', await status));
    res.write(frameOf('corpus:changed', await folders));
    for (const frame of held) res.write(frame);
    held = null;
    const ping = setInterval(() => res.write(': ping\n\n'), 20_000);
    ping.unref();
    res.on('close', () => {
      clearInterval(ping);
      streams.delete(res);
    });
  }

  async function serveStatic(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
  ): Promise<void> {
    if (!existsSync(join(rendererDir, 'index.html'))) {
      return sendHtml(res, 503, notBuiltPage);
    }
    // Browsers ask for /favicon.ico whatever the page links; the app's icon answers.
    const file = resolveAssetPath(
      rendererDir,
      pathname === '/favicon.ico' ? '/favicon.png' : pathname,
    );
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) return sendText(res, 404, 'Not found');
    const bytes = await readFile(file);
    res.writeHead(200, {
      'Content-Type': contentTypeFor(file),
      'Content-Length': bytes.length,
      // Hashed assets can be cached; the page itself must always be fresh.
      'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'private, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  }

  try {
    await new Promise<void>((resolveListen, rejectListen) => {
      server.once('error', rejectListen);
      server.listen(options.port ?? 0, LOOPBACK, () => {
        server.off('error', rejectListen);
        resolveListen();
      });
    });
  } catch (error) {
    stopForwarding();
    throw error;
  }
  port = (server.address() as AddressInfo).port;
  const origin = `http://${LOOPBACK}:${port}`;

  let closing: Promise<void> | null = null;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    close() {
      closing ??= (async () => {
        for (const stream of streams.keys()) stream.end();
        streams.clear();
        await new Promise<void>((r) => {
          server.close(() => r());
          server.closeAllConnections();
        });
        stopForwarding();
      })();
      return closing;
    },
  };
}

/** Reads the body as UTF-8, or returns null as soon as it exceeds `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve(null);
  }
  return new Promise((resolveBody, rejectBody) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolveBody(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', rejectBody);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: Result<unknown>,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

const notBuiltPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Parley is not built yet</title></head>
<body><h1>Parley's interface is not built yet</h1>
<p>The server is running, but <code>dist/renderer</code> is missing. Run <code>npm run build</code> and reload this page.</p>
</body></html>
`;
