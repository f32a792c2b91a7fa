import type { Attribution } from '../../../shared/origins';

// The lead: the opening paragraphs (at least leadChars), where a relay names its origin.
const leadParagraphs = 3;
const leadChars = 800;
const leadWeight = 3;
// A headline credit ("… – Reuters") says whose report the whole article is: it outweighs one
// credit in the lead, and alone it names the origin.
const headlineWeight = leadWeight + 1;

/** Where an article's lead ends: after its first few paragraphs, and not before `leadChars`. */
export function leadEnd(text: string): number {
  return Math.max(Math.min(leadChars, text.length), paragraphsEnd(text));
}

function paragraphsEnd(text: string): number {
  let at = 0;
  for (let i = 0; i < leadParagraphs; i++) {
    const next = text.indexOf('\n', at);
    if (next < 0) return text.length;
    at = next + 1;
  }
  return at;
}

/**
 * The outlet an article mainly relays — credited in its lead, or more than once — and the others it
 * credits, most credited first. An outlet crediting itself is its own reporting; photo credits never
 * count. `headline` is the outlet the headline credits, if any.
 */
export function primaryOrigin(
  text: string,
  attributions: readonly Attribution[],
  publisher: string | null,
  headline: string | null = null,
): { origin: string | null; also: string[] } {
  const lead = leadEnd(text);
  const scores = new Map<string, { score: number; count: number; first: number }>();
  if (headline !== null && headline !== publisher)
    scores.set(headline, { score: headlineWeight, count: 1, first: -1 });
  for (const a of attributions) {
    if (a.kind !== 'relays' || a.outlet === null || a.outlet === publisher) continue;
    const entry = scores.get(a.outlet) ?? { score: 0, count: 0, first: a.start };
    // A dateline credit ("MOSCOW (AP) —") says who wrote the text, wherever captions pushed it.
    entry.score += a.start < lead || a.cue.startsWith('(') ? leadWeight : 1;
    entry.count += 1;
    scores.set(a.outlet, entry);
  }
  const ranked = [...scores.entries()].sort(
    ([, a], [, b]) => b.score - a.score || a.first - b.first,
  );
  const top = ranked[0];
  const origin = top && (top[1].score >= leadWeight || top[1].count >= 2) ? top[0] : null;
  return { origin, also: ranked.map(([name]) => name).filter((name) => name !== origin) };
}
