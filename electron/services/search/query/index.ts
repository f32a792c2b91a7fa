export type { Field, ParsedQuery, Presence, QueryPhrase, QueryTerm } from './types';
export { FIELDS } from './types';
export { hasPositiveClause, parseQuery, RELAXED_NOTICE, requireAllWords } from './parse-query';
export type { RunOptions, TextLookup } from './run-query';
export { runQuery } from './run-query';
export { containsPhrase } from './phrase';
export { createHighlighter, makeSnippet, matchRanges, SNIPPET_LENGTH } from './highlight';
