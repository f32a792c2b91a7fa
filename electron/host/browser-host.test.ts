// One suite over one running host (~470 lines): its cases share a started server, token and
// workspace, and the security cases need the same live host the API cases use.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../shell-common/security-policy';
import { composeApp, type ComposedApp } from '../compose';
import { browserHostHooks, startBrowserHost, type BrowserHost } from './browser-host';

const repoRoot = resolve(__dirname, '../..');
const seedsDir = join(repoRoot, 'seeds');

type Reply = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/** A raw HTTP call, so tests can send Host and Origin headers that fetch would not let through. */
function call(
  host: BrowserHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolveReply, rejectReply) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolveReply({ status: res.statusCode ?? 0, headers: res.headers, body }),
        );
      },
    );
    req.on('error', rejectReply);
    req.end(options.body);
  });
}

const bearer = (host: BrowserHost): Record<string, string> => ({
  Authorization: `Bearer ${host.token}`,
});
const post = (
  host: BrowserHost,
  channel: string,
  body: unknown,
  headers = bearer(host),
): Promise<Reply> =>
  call(host, `/api/${channel}`, {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

type ServedApp = BrowserHost & { app: ComposedApp };

/** Composes the services as serve.ts does and serves them; closing stops both. */
async function serve(options: {
  dataDir: string;
  rendererDir: string;
  corpora?: string[];
}): Promise<ServedApp> {
  const app = await composeApp({
    dataDir: options.dataDir,
    workers: 0,
    ...(options.corpora ? { corpora: options.corpora } : {}),
    hostHooks: browserHostHooks,
  });
  const host = await startBrowserHost({ app, rendererDir: options.rendererDir });
  return {
    ...host,
    app,
    close: () => host.close().then(() => app.close()),
  };
}

describe('browser host', () => {
  let host: ServedApp;
  let temp: string;
  let rendererDir: string;

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'parley-host-'));
    rendererDir = join(temp, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Parley</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    host = await serve({ dataDir: join(temp, 'data'), rendererDir });
  });

  afterAll(async () => {
    await host?.close();
    await rm(temp, { recursive: true, force: true });
  });

  it('listens on loopback with a fresh 256-bit token in the printed URL', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses every request without the token, static files included', async () => {
    for (const path of ['/', '/assets/app.js', '/api/events']) {
      expect((await call(host, path)).status).toBe(401);
    }
    expect((await post(host, 'index:status', {}, {})).status).toBe(401);
    expect((await post(host, 'index:status', {}, { Authorization: 'Bearer wrong' })).status).toBe(
      401,
    );
    expect((await call(host, '/?token=wrong')).status).toBe(401);
  });

  it('refuses a foreign Host header even with the token (DNS rebinding)', async () => {
    const reply = await call(host, '/', {
      headers: { ...bearer(host), Host: `evil.example:${host.port}` },
    });
    expect(reply.status).toBe(403);
    const named = await call(host, '/', {
      headers: { ...bearer(host), Host: `localhost:${host.port}` },
    });
    expect(named.status).toBe(200);
  });

  it('refuses cross-origin calls even with the token', async () => {
    const reply = await post(
      host,
      'index:status',
      {},
      { ...bearer(host), Origin: 'http://evil.example' },
    );
    expect(reply.status).toBe(403);
    const same = await post(host, 'index:status', {}, { ...bearer(host), Origin: host.origin });
    expect(same.status).toBe(200);
  });

  it('trades the token in the link for a strict HttpOnly cookie and drops it from the URL', async () => {
    const opened = await call(host, `/?token=${host.token}`);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe('/');
    const [cookie] = opened.headers['set-cookie'] ?? [];
    expect(cookie).toBe(
      `parley-token-${host.port}=${host.token}; HttpOnly; SameSite=Strict; Path=/`,
    );
    const pair = (cookie ?? '').split(';')[0] ?? '';
    const page = await call(host, '/', { headers: { Cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Parley</title>');
    const api = await post(host, 'corpus:list', {}, { Cookie: pair });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true });
  });

  it('serves the renderer with its content type and the security headers', async () => {
    const reply = await call(host, '/assets/app.js', { headers: bearer(host) });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    expect((await call(host, '/assets/missing.js', { headers: bearer(host) })).status).toBe(404);
    expect(
      (await call(host, '/assets/..%2f..%2fdata%2fsettings.json', { headers: bearer(host) }))
        .status,
    ).toBe(404);
  });

  it('serves the app icon for /favicon.ico, so a page load has no 404', async () => {
    await writeFile(join(rendererDir, 'favicon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    const reply = await call(host, '/favicon.ico', { headers: bearer(host) });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('image/png');
  });

  it('answers search:query on the seeds with a result envelope', async () => {
    await host.app.idle();
    const reply = await post(host, 'search:query', { text: 'Crimea' });
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const body = JSON.parse(reply.body) as {
      ok: boolean;
      value: { total: number; hits: { id: string }[] };
    };
    expect(body.ok).toBe(true);
    expect(body.value.total).toBeGreaterThanOrEqual(4);
    const list = JSON.parse((await post(host, 'corpus:list', {})).body) as {
      value: { path: string }[];
    };
    expect(list.value.map((c) => c.path)).toEqual([seedsDir]);
  });

  it('answers bad calls with envelopes and fitting status codes', async () => {
    const unknown = await post(host, 'fs:read', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Unknown channel: fs:read' },
    });
    const notJson = await post(host, 'search:query', '{"text": ');
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const invalid = await post(host, 'search:query', { text: 42 });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const wrongMethod = await call(host, '/api/corpus:list', { headers: bearer(host) });
    expect(wrongMethod.status).toBe(405);
    const huge = await post(host, 'search:query', { text: 'x'.repeat(1024 * 1024 + 1) });
    expect(huge.status).toBe(413);
    expect(JSON.parse(huge.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses any body that is not application/json before a handler runs', async () => {
    const kinds = [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-patch+json',
    ];
    for (const type of kinds) {
      const reply = await call(host, '/api/corpus:remove', {
        method: 'POST',
        headers: { ...bearer(host), 'Content-Type': type },
        body: JSON.stringify({ path: seedsDir }),
      });
      expect(reply.status, type).toBe(415);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const bare = await call(host, '/api/corpus:remove', {
      method: 'POST',
      headers: bearer(host),
      body: JSON.stringify({ path: seedsDir }),
    });
    expect(bare.status).toBe(415);
    // None of them reached corpus:remove: the seeds are still registered.
    const list = JSON.parse((await post(host, 'corpus:list', {})).body) as {
      value: { path: string }[];
    };
    expect(list.value.map((c) => c.path)).toEqual([seedsDir]);
    const charset = await post(host, 'corpus:list', {}, bearer(host));
    expect(charset.status).toBe(200);
  });

  it('returns null for corpus:pick, as a browser tab has no folder dialog', async () => {
    expect(JSON.parse((await post(host, 'corpus:pick', {})).body)).toEqual({
      ok: true,
      value: null,
    });
  });

  it('streams progress and corpus changes as server-sent events', async () => {
    const corpus = join(temp, 'extra');
    await mkdir(corpus);
    await writeFile(join(corpus, 'note.txt'), 'Ukraine rejected the proposal.\n');
    const controller = new AbortController();
    const events = await fetch(`${host.origin}/api/events`, {
      headers: bearer(host),
      signal: controller.signal,
    });
    expect(events.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    const until = async (pattern: RegExp): Promise<void> => {
      while (!pattern.test(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${String(pattern)}`);
        text += decoder.decode(value, { stream: true });
      }
    };
    await until(/event: index:progress\ndata: \{.*"phase":"\w+"/);
    expect((await post(host, 'corpus:add', { path: corpus })).status).toBe(200);
    await until(/event: corpus:changed\ndata: \[.*"articleCount":1/);
    controller.abort();
  });

  it('shows a clear 503 page while the renderer is not built', async () => {
    const bare = await serve({ dataDir: join(temp, 'data2'), rendererDir: join(temp, 'none') });
    try {
      const reply = await call(bare, '/', { headers: bearer(bare) });
      expect(reply.status).toBe(503);
      expect(reply.body).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });
});

const serveBundle = join(repoRoot, 'dist', 'electron', 'serve.cjs');
if (!existsSync(serveBundle)) console.warn(`skipping serve CLI test: ${serveBundle} is not built`);

describe('npm run serve', () => {
  it.skipIf(!existsSync(serveBundle))(
    'prints exactly one line with the URL and exits cleanly on SIGTERM',
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'parley-serve-'));
      const child = spawn(
        process.execPath,
        [serveBundle, '--port', '0', '--data-dir', dataDir, '--corpus', seedsDir],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      try {
        let stdout = '';
        const url = await new Promise<string>((resolveUrl, rejectUrl) => {
          child.stdout.on('data', (chunk: Buffer) => {
            stdout += chunk.toString();
            const match =
              /^Parley is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43})\n$/.exec(
                stdout,
              );
            if (match?.[1]) resolveUrl(match[1]);
          });
          child.on('exit', (code) => rejectUrl(new Error(`serve exited early with ${code}`)));
        });
        const opened = await fetch(url, { redirect: 'manual' });
        expect(opened.status).toBe(303);
        const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
        child.kill('SIGTERM');
        expect(await exit).toBe(0);
        expect(stdout.split('\n')).toHaveLength(2);
      } finally {
        child.kill('SIGKILL');
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});

type Envelope<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
const api = async <T>(host: BrowserHost, channel: string, body: unknown = {}): Promise<T> => {
  const reply = JSON.parse((await post(host, channel, body)).body) as Envelope<T>;
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.code}: ${reply.error.message}`);
  return reply.value;
};
const apiError = async (host: BrowserHost, channel: string, body: unknown): Promise<string> => {
  const reply = JSON.parse((await post(host, channel, body)).body) as Envelope<unknown>;
  return reply.ok ? 'ok' : reply.error.code;
};

type QuoteJson = { id: string; exact: string; status: string; tags: string[]; existing?: boolean };

describe('browser host workspace', () => {
  let temp: string;
  const hosts: ServedApp[] = [];
  const start = async (dataDir: string): Promise<ServedApp> => {
    const started = await serve({ dataDir, rendererDir: join(temp, 'none'), corpora: [seedsDir] });
    hosts.push(started);
    return started;
  };

  beforeAll(async () => {
    temp = await mkdtemp(join(tmpdir(), 'parley-host-ws-'));
  });
  afterAll(async () => {
    for (const h of hosts) await h.close();
    await rm(temp, { recursive: true, force: true });
  });

  it('tells a page that connects after indexing what each folder now holds', async () => {
    const host = await start(join(temp, 'late'));
    await host.app.idle();
    const controller = new AbortController();
    const events = await fetch(`${host.origin}/api/events`, {
      headers: bearer(host),
      signal: controller.signal,
    });
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    // No change happens after idle: only the frames sent on connecting can satisfy these.
    while (!/event: corpus:changed\ndata: .*\n\n/.test(text)) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended before the folders frame');
      text += decoder.decode(value, { stream: true });
    }
    controller.abort();
    expect(text).toMatch(/event: index:progress\ndata: \{.*"phase":"done"/);
    const folders = JSON.parse(/event: corpus:changed\ndata: (.*)\n/.exec(text)?.[1] ?? '[]') as {
      name: string;
      articleCount: number;
    }[];
    expect(folders.map((f) => [f.name, f.articleCount])).toEqual([['seeds', 5]]);
  });

  it('pins, edits, undoes and exports a quote over HTTP, and keeps it across a restart', async () => {
    const dataDir = join(temp, 'data');
    const host = await start(dataDir);
    await host.app.idle();
    const hits = await api<{ hits: { id: string; path: string }[] }>(host, 'search:query', {
      text: 'Crimea',
    });
    const articleId = hits.hits[0]?.id ?? '';
    const article = await api<{ text: string }>(host, 'article:get', { id: articleId });
    const sentence = /[^.\n]*Crimea[^.\n]*\./.exec(article.text)?.[0]?.trim() ?? '';
    expect(sentence.length).toBeGreaterThan(20);
    const from = article.text.indexOf(sentence);

    const controller = new AbortController();
    const events = await fetch(`${host.origin}/api/events`, {
      headers: bearer(host),
      signal: controller.signal,
    });
    const reader = (events.body as ReadableStream<Uint8Array>).getReader();
    let stream = '';
    const until = async (pattern: RegExp): Promise<void> => {
      while (!pattern.test(stream)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${String(pattern)}`);
        stream += new TextDecoder().decode(value);
      }
    };
    await until(/event: index:progress/);

    const pinned = await api<QuoteJson>(host, 'quote:pin', {
      articleId,
      start: from,
      end: from + sentence.length,
      speaker: 'Putin',
    });
    expect(pinned).toMatchObject({ id: 'Q1', exact: sentence, status: 'ok', existing: false });
    await until(
      /event: workspace:changed\ndata: \{"reason":"edit","label":"Pin Q1","areas":\["quotes"\]/,
    );
    controller.abort();
    const twice = await api<QuoteJson>(host, 'quote:pin', {
      articleId,
      start: from,
      end: from + sentence.length,
    });
    expect(twice).toMatchObject({ id: 'Q1', existing: true });
    expect(await apiError(host, 'quote:pin', { articleId, start: 0, end: 10_000_000 })).toBe(
      'invalid-input',
    );
    expect(await apiError(host, 'quote:pin', { articleId: 'x:none', start: 0, end: 4 })).toBe(
      'not-found',
    );
    expect(await apiError(host, 'quote:update', { id: 'Q404', tags: [] })).toBe('not-found');

    expect((await api<QuoteJson[]>(host, 'quote:list')).map((q) => q.id)).toEqual(['Q1']);
    await api(host, 'quote:update', { id: 'Q1', tags: ['freeze', 'ceasefire'] });
    expect((await api<QuoteJson[]>(host, 'quote:list'))[0]?.tags).toEqual(['freeze', 'ceasefire']);
    expect(await api<{ undoLabel: string }>(host, 'workspace:info')).toMatchObject({
      undoLabel: 'Edit tags of Q1',
      problem: null,
    });
    expect(await api(host, 'workspace:undo')).toMatchObject({
      action: 'undo',
      label: 'Edit tags of Q1',
    });
    expect((await api<QuoteJson[]>(host, 'quote:list'))[0]?.tags).toEqual([]);
    expect(await api(host, 'quote:verify')).toMatchObject([{ id: 'Q1', status: 'ok' }]);
    expect(await api<string>(host, 'quote:citation', { id: 'Q1' })).toMatch(
      /^> ".*Crimea.*\[Q1\]$/,
    );

    const csv = await api<string>(host, 'quote:export', { format: 'csv' });
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'id,exact,speaker,tags,note,grade,status,outlet,title,published,path,start,end,hash,url,folder,prefix,suffix,checkedAt,movedAt,createdAt,updatedAt,reliability,reliabilityOutlet,pair',
    );
    expect(row).toMatch(/^Q1,/);
    expect(row).toContain('Putin');
    expect(await api(host, 'quote:save-export', { format: 'csv' })).toBeNull();
    expect(await api(host, 'workspace:pick', { purpose: 'open' })).toBeNull();

    await host.close();
    const again = await start(dataDir);
    expect((await api<QuoteJson[]>(again, 'quote:list')).map((q) => [q.id, q.exact])).toEqual([
      ['Q1', sentence],
    ]);
    expect((await api<{ path: string }[]>(again, 'corpus:list')).map((c) => c.path)).toEqual([
      seedsDir,
    ]);
    await again.close();
  });

  it('starts on a damaged default workspace, reports it with a backup, and restores it', async () => {
    const dataDir = join(temp, 'damaged');
    await (await start(dataDir)).close();
    // Opening an existing workspace writes its first automatic backup.
    await (await start(dataDir)).close();
    const file = join(dataDir, 'Default.parley');
    await writeFile(file, 'garbage, not SQLite');

    const host = await start(dataDir);
    const state = await api<{
      problem: { code: string; message: string; backups: { path: string }[] } | null;
    }>(host, 'workspace:info');
    expect(state.problem?.code).toBe('corrupt');
    expect(state.problem?.message).toMatch(/damaged/);
    expect(state.problem?.backups).toHaveLength(1);
    expect(await apiError(host, 'quote:list', {})).toBe('corrupt');
    const listed = await api<{ path: string }[]>(host, 'workspace:backups', {});
    expect(listed.map((b) => b.path)).toEqual(state.problem?.backups.map((b) => b.path));

    const restored = await api<{ problem: unknown; folders: { path: string }[] }>(
      host,
      'workspace:restore',
      { backup: listed[0]?.path, file },
    );
    expect(restored.problem).toBeNull();
    expect(restored.folders.map((f) => f.path)).toEqual([seedsDir]);
    expect(await api(host, 'quote:list')).toEqual([]);
  });
});
