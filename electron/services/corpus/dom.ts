import type * as JsdomModule from 'jsdom';
import type * as ReadabilityModule from '@mozilla/readability';

type Jsdom = typeof JsdomModule;
type ReadabilityExports = typeof ReadabilityModule;

let jsdom: Jsdom | null = null;
let readability: ReadabilityExports | null = null;

/*
 * jsdom and Readability are loaded on first use, not at import: loading jsdom costs ~95 MB and
 * 0.5–2.5 s per thread, which every build worker would pay even for folders without HTML or Markdown.
 * A plain synchronous require keeps the parsers synchronous; both packages stay external in the
 * bundles (they are dependencies), and Vitest provides `require` to the sources as well.
 */

/** The jsdom module, loaded on first call. */
export function loadJsdom(): Jsdom {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load, see above
  jsdom ??= require('jsdom') as Jsdom;
  return jsdom;
}

/** The @mozilla/readability module, loaded on first call. */
export function loadReadability(): ReadabilityExports {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load, see above
  readability ??= require('@mozilla/readability') as ReadabilityExports;
  return readability;
}
