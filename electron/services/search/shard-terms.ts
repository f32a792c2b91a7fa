import lunr from 'lunr';

type QueryShape = { kind: 'word'; word: string } | { kind: 'prefix'; prefix: string };
type TokenNode = { final: boolean; edges: Record<string, TokenNode> };

const TokenSets = lunr.TokenSet as unknown as {
  fromString(pattern: string): lunr.TokenSet;
  fromFuzzyString(term: string, editDistance: number): lunr.TokenSet;
};

/** Position of the first term >= `term` in the sorted list. */
function lowerBound(terms: readonly string[], term: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of `term` in the sorted list, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  const at = lowerBound(terms, term);
  return terms[at] === term ? at : -1;
}

/**
 * What a query TokenSet (lunr.TokenSet.fromString) stands for: one word, or a prefix ("negoti*").
 * Null for anything else (edit distance, inner wildcards).
 */
function queryShape(set: lunr.TokenSet): QueryShape | null {
  let node = set as unknown as TokenNode;
  let word = '';
  for (;;) {
    const keys = Object.keys(node.edges);
    if (keys.length === 0) return node.final ? { kind: 'word', word } : null;
    if (keys.length === 1 && keys[0] === '*' && node.edges['*'] === node && node.final) {
      return { kind: 'prefix', prefix: word };
    }
    if (keys.length > 1 || node.final || keys[0] === '*') return null;
    word += keys[0];
    node = node.edges[keys[0]!]!;
  }
}

/**
 * Whether the query automaton accepts a term, with lunr.TokenSet#intersect's semantics: a `*`
 * edge matches any one character (UTF-16 unit, as lunr walks strings), and the term must end on a
 * final node. Lets fuzzy queries scan the sorted terms instead of building the shard's TokenSet,
 * which costs ~30 ms and megabytes per shard.
 */
function accepts(query: TokenNode, term: string): boolean {
  let states: TokenNode[] = [query];
  for (let i = 0; i < term.length; i++) {
    const char = term.charAt(i);
    const next: TokenNode[] = [];
    for (const state of states) {
      const exact = Object.hasOwn(state.edges, char) ? state.edges[char] : undefined;
      const any = state.edges['*'];
      if (exact && !next.includes(exact)) next.push(exact);
      if (any && !next.includes(any)) next.push(any);
    }
    if (next.length === 0) return false;
    states = next;
  }
  return states.some((state) => state.final);
}

/** A canonical text form of a query automaton, equal for equal automata built by separate calls. */
function signature(root: TokenNode): string {
  const numbers = new Map<TokenNode, number>();
  const parts: string[] = [];
  const visit = (node: TokenNode): number => {
    let n = numbers.get(node);
    if (n !== undefined) return n;
    n = numbers.size;
    numbers.set(node, n);
    const edges = Object.keys(node.edges)
      .sort()
      .map((edge) => `${edge}>${visit(node.edges[edge]!)}`);
    parts[n] = `${node.final ? 1 : 0}${edges.join(',')}`;
    return n;
  };
  visit(root);
  return parts.join('|');
}

const SCAN_CACHE = 32;
const PATTERN_CACHE = 256;

/** Finds the terms of one shard that a query pattern stands for, as lunr's TokenSet would. */
export type TermFinder = {
  /** The numbers of the terms a query automaton accepts, in term order. */
  matching(query: lunr.TokenSet): readonly number[];
  /**
   * The numbers of the terms a clause pattern stands for: `pattern` is what lunr.TokenSet.fromClause
   * is given (a word, `*` wildcards), `editDistance` its fuzziness. Memoised per shard.
   */
  ofPattern(pattern: string, editDistance: number): readonly number[];
};

/**
 * Words and prefixes are found by binary search over the sorted terms, other automata (edit
 * distance, inner wildcards) by a scan whose recent answers are kept: a query's patterns are looked
 * up more than once per search (probe, then scoring), and again while the analyst pages or re-sorts.
 */
export function createTermFinder(terms: readonly string[]): TermFinder {
  const scanned = new Map<string, number[]>();
  const patterns = new Map<string, readonly number[]>();

  const matching = (query: lunr.TokenSet): readonly number[] => {
    const shape = queryShape(query);
    if (shape === null) {
      const root = query as unknown as TokenNode;
      const key = signature(root);
      let found = scanned.get(key);
      if (found === undefined) {
        found = [];
        for (let t = 0; t < terms.length; t++) if (accepts(root, terms[t]!)) found.push(t);
        if (scanned.size >= SCAN_CACHE) scanned.delete(scanned.keys().next().value!);
        scanned.set(key, found);
      }
      return found;
    }
    if (shape.kind === 'word') {
      const t = findTerm(terms, shape.word);
      return t < 0 ? [] : [t];
    }
    const found: number[] = [];
    const { prefix } = shape;
    for (let t = lowerBound(terms, prefix); t < terms.length && terms[t]!.startsWith(prefix); t++)
      found.push(t);
    return found;
  };

  const ofPattern = (pattern: string, editDistance: number): readonly number[] => {
    const key = `${editDistance}\u0000${pattern}`;
    let found = patterns.get(key);
    if (found === undefined) {
      // A plain word needs no automaton at all: it is the common case, so it skips the build.
      found =
        editDistance === 0 && !pattern.includes('*')
          ? ((t) => (t < 0 ? [] : [t]))(findTerm(terms, pattern))
          : matching(
              editDistance > 0
                ? TokenSets.fromFuzzyString(pattern, editDistance)
                : TokenSets.fromString(pattern),
            );
      if (patterns.size >= PATTERN_CACHE) patterns.delete(patterns.keys().next().value!);
      patterns.set(key, found);
    }
    return found;
  };

  return { matching, ofPattern };
}
