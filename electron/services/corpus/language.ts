const ukrainianOnly = /[іїєґІЇЄҐ]/g;
const russianOnly = /[ыэъёЫЭЪЁ]/g;
const englishStopWords = new Set(
  'the of and to in a is that for it was on with as by at from has have he she they said are be this which an not but were will its their been would who'.split(
    ' ',
  ),
);

/** Cheap script-based guess of a text's language: 'uk', 'ru', 'en' with stop-word evidence, otherwise null. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  let cyrillic = 0;
  let latin = 0;
  let letters = 0;
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  if (letters < 20) return null;
  if (cyrillic / letters >= 0.6) {
    const uk = sample.match(ukrainianOnly)?.length ?? 0;
    const ru = sample.match(russianOnly)?.length ?? 0;
    return uk > ru ? 'uk' : 'ru';
  }
  if (latin / letters >= 0.6) {
    const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (words.length < 8) return null;
    const stop = words.filter((w) => englishStopWords.has(w)).length;
    return stop / words.length >= 0.12 ? 'en' : null;
  }
  return null;
}

/** Reduces a BCP 47 tag (`en-US`, `pt_BR`) to its lower-case primary language, or null if it is not one. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  if (typeof tag !== 'string') return null;
  const primary = tag.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
