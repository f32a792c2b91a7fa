import type * as ReadabilityModule from '@mozilla/readability';
import type * as ChardetModule from 'chardet';
import type * as IconvModule from 'iconv-lite';
import type * as JsdomModule from 'jsdom';
import type * as MarkedModule from 'marked';
import type * as YamlModule from 'yaml';

/*
 * Parsers that only some files need are loaded on first use, not at import: every build worker
 * imports this folder, and jsdom alone costs ~95 MB and 0.5–2.5 s per thread, which a folder of
 * plain-text articles would otherwise pay for nothing (Markdown, YAML, charset detection and legacy
 * decoders add ~70 ms more per thread). A plain synchronous require keeps the parsers synchronous;
 * the packages stay external in the bundles (they are dependencies), and Vitest provides `require`.
 */
function lazy<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}

/* eslint-disable @typescript-eslint/no-require-imports -- lazy loading, see above */

/** The jsdom module, loaded on first call. */
export const loadJsdom = lazy(() => require('jsdom') as typeof JsdomModule);

/** The @mozilla/readability module, loaded on first call. */
export const loadReadability = lazy(
  () => require('@mozilla/readability') as typeof ReadabilityModule,
);

/** The marked module (Markdown), loaded on first call. */
export const loadMarked = lazy(() => require('marked') as typeof MarkedModule);

/** The yaml module (front matter), loaded on first call. */
export const loadYaml = lazy(() => require('yaml') as typeof YamlModule);

/** chardet (encoding detection), loaded on first call. */
export const loadChardet = lazy(() => require('chardet') as typeof ChardetModule);

/** iconv-lite (legacy and UTF-16 decoders), loaded on first call. */
export const loadIconv = lazy(() => require('iconv-lite') as typeof IconvModule);

/* eslint-enable @typescript-eslint/no-require-imports */
