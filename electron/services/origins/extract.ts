import type { Attribution } from '../../../shared/origins';
import type { AliasTable } from './aliases';
import {
  anonymousPatterns,
  datelineAfter,
  datelineBefore,
  headlinePrefixAfter,
  headlinePrefixBefore,
  headlineSuffixAfter,
  headlineSuffixBefore,
  notSpeakers,
  photoAfter,
  photoBefore,
  relayAfter,
  relayBefore,
  sourceLineBefore,
  statementPatterns,
} from './cues';

// How far around an outlet's name a cue may stand; cues are short phrases next to the name.
const before = 60;
const after = 60;

/** Every attribution span in `text`, in text order; an outlet named without a cue is a mention, not one. */
export function extractAttributions(text: string, aliases: AliasTable): Attribution[] {
  const found: Attribution[] = [];
  for (const m of text.matchAll(aliases.pattern)) {
    const form = m[1] as string;
    const outlet = aliases.resolve(form);
    if (!outlet) continue;
    const start = m.index;
    const end = start + form.length;
    const head = text.slice(Math.max(0, start - before), start);
    const tail = text.slice(end, end + after);
    const cue = cueAround(head, tail);
    if (!cue) continue;
    found.push({
      outlet,
      kind: cue.kind,
      cue: text.slice(start - cue.back, end + cue.forward),
      start: start - cue.back,
      end: end + cue.forward,
    });
  }
  found.push(...anonymousSpans(text), ...statementSpans(text, aliases));
  return dropOverlaps(found);
}

type Cue = { kind: 'relays' | 'credit'; back: number; forward: number };

function cueAround(head: string, tail: string): Cue | null {
  const photo = photoBefore.exec(head);
  if (photo) return { kind: 'credit', back: photo[0].length, forward: 0 };
  if (photoAfter.test(tail)) return { kind: 'credit', back: 0, forward: 0 };
  const source = sourceLineBefore.exec(head);
  if (source) return { kind: 'relays', back: source[0].replace(/^\n/, '').length, forward: 0 };
  if (datelineBefore.test(head) && datelineAfter.test(tail))
    return { kind: 'relays', back: 1, forward: 1 };
  for (const pattern of relayBefore) {
    const hit = pattern.exec(head);
    if (hit) return { kind: 'relays', back: trimmedLength(hit[0]), forward: 0 };
  }
  for (const pattern of relayAfter) {
    const hit = pattern.exec(tail);
    if (hit) return { kind: 'relays', back: 0, forward: hit[0].length };
  }
  if (headlineSuffixBefore.test(head) && headlineSuffixAfter.test(tail))
    return { kind: 'relays', back: 0, forward: 0 };
  if (headlinePrefixBefore.test(head) && headlinePrefixAfter.test(tail))
    return { kind: 'relays', back: 0, forward: 0 };
  return null;
}

// A before-cue may start with the non-letter that bounded it; the span starts at the cue word.
function trimmedLength(cue: string): number {
  return cue.replace(/^[^\p{L}]+/u, '').length;
}

function anonymousSpans(text: string): Attribution[] {
  const spans: Attribution[] = [];
  for (const pattern of anonymousPatterns) {
    for (const m of text.matchAll(pattern)) {
      const lead = /^[^\p{L}]*/u.exec(m[0])?.[0].length ?? 0;
      const start = m.index + lead;
      const end = m.index + m[0].length;
      // "Source: Reuters" is a credit line, not an anonymous source.
      if (/^\s*:/.test(text.slice(end, end + 2))) continue;
      spans.push({ outlet: null, kind: 'anonymous', cue: text.slice(start, end), start, end });
    }
  }
  return spans;
}

function statementSpans(text: string, aliases: AliasTable): Attribution[] {
  const spans: Attribution[] = [];
  for (const pattern of statementPatterns) {
    for (const m of text.matchAll(pattern)) {
      const name = m[1] as string;
      const first = name.split(/\s+/)[0] as string;
      if (notSpeakers.has(first) || aliases.resolve(name)) continue;
      spans.push({
        outlet: null,
        kind: 'statement',
        cue: m[0],
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return spans;
}

// Outlet spans win over speaker or anonymous spans that overlap them; otherwise the earlier, longer one.
const rank = { relays: 0, credit: 0, anonymous: 1, statement: 2 } as const;

function dropOverlaps(spans: Attribution[]): Attribution[] {
  const ordered = [...spans].sort(
    (a, b) => rank[a.kind] - rank[b.kind] || a.start - b.start || b.end - a.end,
  );
  const kept: Attribution[] = [];
  for (const span of ordered) {
    const clash = kept.some(
      (k) =>
        k.start < span.end &&
        span.start < k.end &&
        !(k.kind === 'relays' && span.kind === 'anonymous' && span.start >= k.end - 1),
    );
    if (!clash) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
