import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from '@playwright/test';
import { z } from 'zod';
import { startHost, stopHost, type HostProcess } from '../../e2e/host-process';
import { describeError } from '../../shared/error-message';
import { installRendererProbe } from './renderer-probe';
import {
  parseProbeSnapshot,
  summariseBlocking,
  summariseFrames,
  type BlockingSummary,
  type ProbeSnapshot,
  type RendererResult,
} from './renderer-metrics';
import { busyStretches, summariseProfile } from './renderer-profile';
import { round } from './stats';

/** Debian's Chromium, as the e2e suite uses it (Playwright's own builds cannot be downloaded offline). */
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Queries typed as an analyst would; the last is replaced by the first word that finds ≥ 10,000. */
export const TYPED_QUERIES = ['oil prices', 'central bank'];
/** Common words that are not stop words, tried in order for a 10,000-hit query. */
export const BROAD_QUERY_CANDIDATES = ['year', 'market', 'new', 'pct', 'reuter'];
const BROAD_HITS = 10_000;
/** A fast typist: about 12 keys a second… */
const KEY_DELAY_MS = 80;
/**
 * …who pauses between words a little longer than the search box's 150 ms debounce, so each
 * word's search runs and its results render while the next word is being typed.
 */
const WORD_PAUSE_MS = 250;
/** Wheel scrolling: 250 notches of 400 px, one every ~30 ms (a flick of a mouse wheel, repeated). */
const WHEEL_STEPS = 250;
const WHEEL_DELTA = 400;
const WHEEL_GAP_MS = 30;
const INDEX_TIMEOUT_MS = 30 * 60_000;

export type RendererBenchOptions = {
  repoRoot: string;
  /** The corpus folder the host registers and indexes. */
  folder: string;
  progress: (message: string) => void;
  /** When set, a CPU profile of the typing and scrolling is written here (.cpuprofile). */
  profileDir?: string;
};

const envelope = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ message: z.string() }) }),
]);

/**
 * Posts to a channel of the host from inside the page (its session cookie rides along). `whole` brings back the parsed answer; otherwise only the
 * answer's text when it is a failure, null for success: a large answer (the origins of 50,000
 * articles) serialised out of the page would itself be a long task there, charged to the app.
 */
function postFromPage(
  page: Page,
  channel: string,
  input: object,
  whole: boolean,
): Promise<unknown> {
  return page.evaluate(
    async ([c, body, parse]) => {
      const response = await fetch(`/api/${c}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        credentials: 'same-origin',
      });
      const text = await response.text();
      if (parse) return JSON.parse(text) as unknown;
      return text.startsWith('{"ok":true') ? null : text.slice(0, 500);
    },
    [channel, JSON.stringify(input), whole] as const,
  );
}

async function invoke(page: Page, channel: string, input: object): Promise<unknown> {
  const reply = envelope.parse(await postFromPage(page, channel, input, true));
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`);
  return reply.value;
}

/** Calls a channel from the page for its effect only (see postFromPage). */
async function awaitChannel(page: Page, channel: string, input: object): Promise<void> {
  const failure = z
    .string()
    .nullable()
    .parse(await postFromPage(page, channel, input, false));
  if (failure !== null) throw new Error(`${channel}: ${failure}`);
}

const progressSchema = z.object({
  phase: z.string(),
  indexed: z.number(),
  total: z.number(),
  message: z.string().optional(),
});

async function waitForIndex(page: Page, say: (m: string) => void): Promise<void> {
  const start = Date.now();
  let last = 0;
  for (;;) {
    const status = progressSchema.parse(await invoke(page, 'index:status', {}));
    if (status.phase === 'done' && status.total > 0) return;
    if (status.phase === 'failed') throw new Error(`indexing failed: ${status.message ?? ''}`);
    if (Date.now() - start > INDEX_TIMEOUT_MS) throw new Error('indexing did not finish in 30 min');
    if (Date.now() - last > 15_000) {
      last = Date.now();
      say(`  renderer: host indexing, ${status.phase} ${status.indexed}/${status.total}…`);
    }
    // Polling a status every second while the host indexes; nothing is being measured yet.
    await sleep(1_000);
  }
}

const totalSchema = z.object({ total: z.number() });

async function hitsFor(page: Page, text: string): Promise<number> {
  return totalSchema.parse(await invoke(page, 'search:query', { text, offset: 0, limit: 1 })).total;
}

/** Calls the in-page probe; its settle(), startFrames() and now() answer the page's clock in ms. */
const probe = async (page: Page, call: 'settle()' | 'startFrames()' | 'now()'): Promise<number> =>
  z.number().parse(await page.evaluate(`window.__parleyProbe.${call}`));

const stopFrames = async (page: Page): Promise<void> =>
  void (await page.evaluate('window.__parleyProbe.stopFrames()'));

const snapshot = async (page: Page): Promise<ProbeSnapshot> =>
  parseProbeSnapshot(await page.evaluate('window.__parleyProbe.snapshot()'));

const requestSchema = z.object({ text: z.string(), offset: z.number().optional() });

/** Types `text` into the empty search box key by key and waits until its results are shown. */
async function typeQuery(
  page: Page,
  text: string,
): Promise<{ blocking: BlockingSummary; frames: number[]; total: number }> {
  const box = page.getByRole('searchbox', { name: 'Search', exact: true });
  await box.fill('');
  await box.focus();
  await probe(page, 'settle()');
  const answered = page.waitForResponse((response) => {
    if (!response.url().endsWith('/api/search:query')) return false;
    const request = requestSchema.safeParse(response.request().postDataJSON());
    return request.success && request.data.text === text && !request.data.offset;
  });
  const from = await probe(page, 'startFrames()');
  for (const [i, word] of text.split(' ').entries()) {
    if (i > 0) {
      await sleep(WORD_PAUSE_MS);
      await page.keyboard.type(' ', { delay: KEY_DELAY_MS });
    }
    await page.keyboard.type(word, { delay: KEY_DELAY_MS });
  }
  const response = await answered;
  await page.waitForSelector('[aria-label="Search results"][aria-busy="false"], .results-empty');
  const to = await probe(page, 'settle()');
  await stopFrames(page);
  const shot = await snapshot(page);
  const body = z.object({ value: totalSchema }).safeParse(await response.json());
  return {
    blocking: summariseBlocking(shot, from, to),
    frames: shot.frames,
    total: body.success ? body.data.value.total : -1,
  };
}

/** Wheel-scrolls the shown results and answers what the frames and the main thread did. */
async function scrollResults(page: Page): Promise<{
  blocking: BlockingSummary;
  frames: number[];
  distance: number;
  reached: number;
}> {
  const scroller = page.locator('.results-scroll');
  const box = await scroller.boundingBox();
  if (!box) throw new Error('the results list is not on screen');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await probe(page, 'settle()');
  const from = await probe(page, 'startFrames()');
  for (let step = 0; step < WHEEL_STEPS; step++) {
    await page.mouse.wheel(0, WHEEL_DELTA);
    // Input simulation: the gap between two notches of a wheel turned quickly.
    await sleep(WHEEL_GAP_MS);
  }
  const to = await probe(page, 'settle()');
  await stopFrames(page);
  const shot = await snapshot(page);
  const where = z.object({ top: z.number(), reached: z.number() }).parse(
    await scroller.evaluate((el) => ({
      top: el.scrollTop,
      reached: Math.max(
        0,
        ...[...el.querySelectorAll('[aria-posinset]')].map((row) =>
          Number(row.getAttribute('aria-posinset')),
        ),
      ),
    })),
  );
  return {
    blocking: summariseBlocking(shot, from, to),
    frames: shot.frames,
    distance: where.top,
    reached: where.reached,
  };
}

async function measure(page: Page, options: RendererBenchOptions): Promise<RendererResult> {
  const say = options.progress;
  await waitForIndex(page, say);
  say('  renderer: indexed; waiting for the origins analysis the app starts…');
  await awaitChannel(page, 'origins:summary', {});
  const idle = await probe(page, 'settle()');

  const counts = await Promise.all(
    BROAD_QUERY_CANDIDATES.map(async (text) => ({ text, total: await hitsFor(page, text) })),
  );
  const broad =
    counts.find((c) => c.total >= BROAD_HITS) ??
    counts.reduce((best, c) => (c.total > best.total ? c : best));
  if (broad.total < BROAD_HITS)
    say(
      `  renderer: no candidate finds ${BROAD_HITS.toLocaleString('en-US')} hits on this corpus; scrolling "${broad.text}" (${broad.total})`,
    );
  const background = summariseBlocking(await snapshot(page), 0, idle);
  if (background.long_tasks_over_50ms > 0)
    say(
      `  renderer: before typing (load, indexing progress, origins): ${background.long_tasks_over_50ms} long tasks, longest ${background.longest_task_ms} ms`,
    );

  const cdp = options.profileDir ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    // A DevTools performance trace beside it: style, layout and paint with their sizes.
    await page
      .context()
      .browser()
      ?.startTracing(page, {
        path: join(options.profileDir ?? tmpdir(), `renderer-${Date.now()}.trace.json`),
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
      });
  }
  const load_average = loadavg().map((l) => round(l, 2));
  const queries: { text: string; total: number }[] = [];
  const typed: BlockingSummary[] = [];
  let typingFrameMax = 0;
  for (const text of [...TYPED_QUERIES, broad.text]) {
    const run = await typeQuery(page, text);
    queries.push({ text, total: run.total });
    typed.push(run.blocking);
    typingFrameMax = Math.max(typingFrameMax, summariseFrames(run.frames)?.max_ms ?? 0);
    say(
      `  renderer: typed "${text}" (${run.total} hits): longest task ${run.blocking.longest_task_ms} ms, ${run.blocking.long_tasks_over_50ms} over 50 ms, slowest event ${run.blocking.max_event_ms} ms${run.blocking.slowest_event ? ` (${run.blocking.slowest_event})` : ''}`,
    );
  }
  const scroll = await scrollResults(page);
  const gaps = summariseFrames(scroll.frames);
  say(
    `  renderer: scrolled "${broad.text}" ${Math.round(scroll.distance)} px to row ${scroll.reached}: ${gaps?.frames ?? 0} frames, p95 ${gaps?.p95_ms ?? '–'} ms, max ${gaps?.max_ms ?? '–'} ms; longest task ${scroll.blocking.longest_task_ms} ms, ${scroll.blocking.long_tasks_over_50ms} over 50 ms`,
  );
  if (cdp && options.profileDir) {
    const { profile } = await cdp.send('Profiler.stop');
    await page.context().browser()?.stopTracing();
    const path = join(options.profileDir, `renderer-${Date.now()}.cpuprofile`);
    writeFileSync(path, JSON.stringify(profile));
    say(`  renderer: CPU profile of typing and scrolling in ${path}; heaviest functions (self):`);
    for (const line of summariseProfile(profile, 15)) say(`    ${line}`);
    for (const stretch of busyStretches(profile, 50)) {
      say(
        `  renderer: busy ${stretch.duration_ms.toFixed(0)} ms at ${(stretch.start_ms / 1000).toFixed(2)} s into the profile; on the stack longest:`,
      );
      for (const line of stretch.heaviest) say(`    ${line}`);
    }
  }
  return {
    skipped: false,
    metrics: {
      typing_longest_task_ms: Math.max(...typed.map((t) => t.longest_task_ms)),
      typing_long_tasks_over_50ms: typed.reduce((n, t) => n + t.long_tasks_over_50ms, 0),
      max_event_duration_ms: Math.max(...typed.map((t) => t.max_event_ms)),
      typing_frame_max_ms: typingFrameMax,
      scroll_frame_p95_ms: gaps?.p95_ms ?? null,
      scroll_frame_max_ms: gaps?.max_ms ?? null,
      scroll_longest_task_ms: scroll.blocking.longest_task_ms,
      scroll_long_tasks_over_50ms: scroll.blocking.long_tasks_over_50ms,
    },
    queries,
    scroll: {
      query: broad.text,
      total: broad.total,
      rows_loaded: scroll.reached,
      distance_px: Math.round(scroll.distance),
    },
    load_average,
  };
}

/**
 * The renderer at scale (#14): the browser host on `folder`, Debian's Chromium at 1920×1080,
 * queries typed key by key and a 10,000-hit list wheel-scrolled, with long tasks, input event
 * durations and frame gaps recorded in the page. Skipped, with the reason, when Chromium is absent.
 */
export async function benchRenderer(options: RendererBenchOptions): Promise<RendererResult> {
  if (!existsSync(CHROMIUM))
    return {
      skipped: true,
      reason: `no Chromium at ${CHROMIUM} (set PARLEY_CHROMIUM to another Chromium binary)`,
    };
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-renderer-bench-'));
  let host: HostProcess | null = null;
  let browser: Browser | null = null;
  try {
    host = await startHost(options.repoRoot, dataDir, [options.folder], 120_000);
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.addInitScript(installRendererProbe);
    await page.goto(host.url);
    return await measure(page, options);
  } catch (error) {
    const stderr = host?.stderr().trim().split('\n').slice(-5).join('\n');
    return {
      skipped: true,
      reason: `failed: ${describeError(error)}${stderr ? `\nhost stderr (last lines):\n${stderr}` : ''}`,
    };
  } finally {
    await browser?.close();
    if (host) await stopHost(host.child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
