import type { AliasTable } from './aliases';
import { photoBefore } from './cues';

/** An outlet a headline credits, with the part of the headline that says so. */
export type HeadlineCredit = { outlet: string; cue: string };

// Where a headline names the report it relays: "… – Reuters", "… (AP)", "FT: …". ("… | Reuters" is
// site chrome: the publisher, which the parser takes.)
const suffixDash = /\s[-–—]\s*([^-–—]{1,40}?)\s*$/u;
const suffixParens = /\s\(([^()]{1,30})\)\s*$/u;
const prefixColon = /^([^:]{1,30}):(?=\s+\S)/u;

/**
 * The outlet a headline credits, or null. `credit` is what the parser already split off the title
 * ("… – Reuters" in a plain-text file). A photo credit in a headline ("… Photo: Reuters") is never
 * one, nor an outlet named as the subject ("Reuters journalists turned away").
 */
export function headlineCredit(
  title: string | null | undefined,
  credit: string | null | undefined,
  aliases: AliasTable,
): HeadlineCredit | null {
  if (credit) {
    const outlet = aliases.resolve(credit) ?? credit;
    return { outlet, cue: `– ${credit}` };
  }
  if (!title) return null;
  for (const pattern of [suffixDash, suffixParens, prefixColon]) {
    const hit = pattern.exec(title);
    const form = hit?.[1];
    if (!hit || !form) continue;
    const outlet = aliases.resolve(form);
    if (!outlet) continue;
    const before = title.slice(0, hit.index + hit[0].indexOf(form));
    if (photoBefore.test(before)) return null;
    return { outlet, cue: hit[0].trim() };
  }
  return null;
}
