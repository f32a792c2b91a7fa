import type { SharedPassage } from '../../../shared/origins';

/** A passage must run at least this many words to count as shared rather than a common phrase. */
export const minSharedWords = 6;

type Token = { word: string; start: number; end: number; paragraph: number };
type Run = { first: number; last: number };
type Member = { articleId: string; text: string; tokens: Token[]; keys: string[]; runs: Run[] };

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let paragraph = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(wordPattern)) {
    if (/\n\s*\n/.test(text.slice(previousEnd, match.index))) paragraph++;
    previousEnd = match.index + match[0].length;
    tokens.push({
      word: match[0].toLowerCase().replace(/’/g, "'"),
      start: match.index,
      end: previousEnd,
      paragraph,
    });
  }
  return tokens;
}

/** The key of each `n`-word window (index i covers words i … i+n−1); '' where it crosses a paragraph. */
function windowKeys(tokens: readonly Token[], n: number): string[] {
  const keys: string[] = [];
  for (let i = 0; i + n <= tokens.length; i++) {
    const window = tokens.slice(i, i + n);
    const sameParagraph = window[0]?.paragraph === window.at(-1)?.paragraph;
    keys.push(sameParagraph ? window.map((t) => t.word).join(' ') : '');
  }
  return keys;
}

/** Maximal word runs of `member` covered by windows some other member also has. */
function sharedRuns(member: Member, holders: Map<string, Set<number>>, n: number): Run[] {
  // Only consecutive shared windows make one run: windows 0 and 4 alone are two passages.
  const runs: Run[] = [];
  let previous = -2;
  member.keys.forEach((key, i) => {
    if (!key || (holders.get(key)?.size ?? 0) < 2) return;
    const last = runs.at(-1);
    if (last && i === previous + 1) last.last = i + n - 1;
    else runs.push({ first: i, last: i + n - 1 });
    previous = i;
  });
  return runs;
}

/**
 * Passages that two or more of `articles` carry word for word (case, punctuation and spacing
 * aside), longest first: the evidence of text reuse a relay group shows. Linear in the words.
 */
export function sharedPassages(
  articles: readonly { articleId: string; text: string }[],
  { minWords = minSharedWords, limit = 6 }: { minWords?: number; limit?: number } = {},
): SharedPassage[] {
  const members: Member[] = articles.map(({ articleId, text }) => {
    const tokens = tokenize(text);
    return { articleId, text, tokens, keys: windowKeys(tokens, minWords), runs: [] };
  });
  const holders = new Map<string, Set<number>>();
  members.forEach((member, m) => {
    for (const key of member.keys) {
      if (!key) continue;
      const set = holders.get(key) ?? new Set<number>();
      set.add(m);
      holders.set(key, set);
    }
  });
  for (const member of members) member.runs = sharedRuns(member, holders, minWords);

  const candidates = members
    .flatMap((member, m) => member.runs.map((run) => ({ m, run })))
    .sort((a, b) => b.run.last - b.run.first - (a.run.last - a.run.first) || a.m - b.m);

  const used = new Set<string>();
  const passages: SharedPassage[] = [];
  for (const { m, run } of candidates) {
    if (passages.length >= limit) break;
    const member = members[m] as Member;
    const key = member.keys[run.first] as string;
    if (used.has(key)) continue;
    for (let i = run.first; i + minWords - 1 <= run.last; i++) used.add(member.keys[i] as string);
    // Each other holder carries the run from where it has the first window, as far as the words agree.
    const carriers: { owner: Member; first: number; words: number }[] = [
      { owner: member, first: run.first, words: run.last - run.first + 1 },
    ];
    for (const other of holders.get(key) ?? []) {
      if (other === m) continue;
      const owner = members[other] as Member;
      const first = owner.keys.indexOf(key);
      let words = minWords;
      while (
        run.first + words <= run.last &&
        owner.tokens[first + words]?.word === member.tokens[run.first + words]?.word
      )
        words++;
      carriers.push({ owner, first, words });
    }
    const words = Math.min(...carriers.map((c) => c.words));
    const span = ({ owner, first }: { owner: Member; first: number }) => ({
      articleId: owner.articleId,
      start: (owner.tokens[first] as Token).start,
      end: (owner.tokens[first + words - 1] as Token).end,
    });
    const anchor = span(carriers[0] as (typeof carriers)[number]);
    passages.push({
      text: member.text.slice(anchor.start, anchor.end),
      words,
      in: carriers.map(span),
    });
  }
  return passages.sort((a, b) => b.words - a.words);
}
