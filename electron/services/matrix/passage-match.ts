import { wordSpans } from '../search/language';
import { variantKey, type VariantsOf } from '../search/name-variants';

/** A name or term as a sequence of word keys, matched word by word against a sentence. */
export type NamePattern = { label: string; words: string[]; exact: boolean };

/** Words of this length or shorter match only themselves: "US" is not "use", "ЕС" not "есть". */
const SHORT = 3;
/** How many letters of inflection a longer word may add ("Crimea" → "Crimean", "Крым" → "Крыму"). */
const INFLECTION = 3;

/**
 * The patterns for some names (a party and its aliases, or an issue's terms), with every shipped
 * or analyst spelling of each one-word name (Zelensky → Zelenskyy, Зеленский, Зеленський).
 */
export function namePatterns(names: readonly string[], variantsOf: VariantsOf): NamePattern[] {
  const seen = new Set<string>();
  const out: NamePattern[] = [];
  const add = (label: string): void => {
    const words = wordSpans(label).map((w) => variantKey(w.word));
    const key = words.join(' ');
    if (words.length === 0 || seen.has(key)) return;
    seen.add(key);
    // A short all-capitals name (US, EU, НАТО is longer) is an acronym: it must match case too.
    const exact = words.length === 1 && label.length <= SHORT + 1 && label === label.toUpperCase();
    out.push({ label, words, exact });
  };
  for (const name of names) {
    add(name);
    if (wordSpans(name).length === 1) for (const variant of variantsOf(name)) add(variant);
  }
  return out;
}

const wordMatches = (pattern: string, key: string): boolean =>
  pattern.length <= SHORT
    ? key === pattern
    : key.startsWith(pattern) && key.length - pattern.length <= INFLECTION;

/** Where in a sentence's words each pattern matches: word index and the pattern's label. */
export function findNames(
  words: readonly { word: string; key: string }[],
  patterns: readonly NamePattern[],
): { at: number; label: string; word: string }[] {
  const found: { at: number; label: string; word: string }[] = [];
  for (const pattern of patterns) {
    for (let i = 0; i + pattern.words.length <= words.length; i += 1) {
      const ok = pattern.words.every((p, j) => {
        const word = words[i + j];
        if (!word) return false;
        if (pattern.exact) return word.word.replace(/\.$/, '') === pattern.label.replace(/\.$/, '');
        return wordMatches(p, word.key);
      });
      if (ok) found.push({ at: i, label: pattern.label, word: words[i]?.word ?? '' });
    }
  }
  return found;
}

/** Words that say a stance is being taken, in English, Russian and Ukrainian (stems, by prefix). */
export const stanceCues: readonly string[] = [
  'reject',
  'refus',
  'never',
  'insist',
  'demand',
  'ready',
  'willing',
  'open',
  'accept',
  'recogni',
  'concede',
  'concession',
  'compromis',
  'cede',
  'relinquish',
  'oppos',
  'won’t',
  'offer',
  'propos',
  'floated',
  'presented',
  'предлага',
  'предлож',
  'пропону',
  'пропози',
  'отверг',
  'отказ',
  'никогда',
  'настаива',
  'требу',
  'готов',
  'призна',
  'исключ',
  'уступ',
  'компромис',
  'відкида',
  'відмов',
  'ніколи',
  'наполяга',
  'вимага',
  'визна',
  'поступ',
];
const cueKeys = stanceCues.map(variantKey);

/** Words that say someone is speaking: a statement, not a mention (stems, by prefix). */
export const speechCues: readonly string[] = [
  'said',
  'says',
  'say',
  'told',
  'claim',
  'stress',
  'reiterat',
  'declar',
  'warn',
  'announc',
  'stated',
  'added',
  'noted',
  'according',
  'заяв',
  'сказа',
  'подчеркн',
  'подчеркива',
  'отмети',
  'отмеча',
  'сообщи',
  'говори',
  'словам',
  'цитиру',
  'наголоси',
  'наголошу',
  'зазнач',
  'повтори',
  'підкресли',
  'повідоми',
  'відповіл',
];
const speechKeys = speechCues.map(variantKey);

/** Word indexes of the cues among the sentence's words. */
const cuesAt = (words: readonly { word: string; key: string }[], keys: readonly string[]) =>
  words.flatMap((w, at) =>
    keys.some((c) => (c.length <= 3 ? w.key === c : w.key.startsWith(c))) ? [at] : [],
  );
const firstCue = (words: readonly { word: string; key: string }[], keys: readonly string[]) => {
  const [at] = cuesAt(words, keys);
  return at === undefined ? null : (words[at]?.word ?? null);
};

/** How close after a name a cue must come for the name to be the one acting ("Zelensky … rejected"). */
const AGENT_SPAN = 8;

/** How close after a speech cue a name may stand and still be the speaker ("заявил Путин", "said Zelensky"). */
const SPEAKER_AFTER = 3;

/** True when one of the names stands shortly before a stance or speech cue, or just after a speech cue: it is the one speaking. */
export function actsAsAgent(
  words: readonly { word: string; key: string }[],
  names: readonly { at: number }[],
): boolean {
  const cues = [...cuesAt(words, cueKeys), ...cuesAt(words, speechKeys)];
  const speech = cuesAt(words, speechKeys);
  return names.some(
    (n) =>
      cues.some((c) => c > n.at && c - n.at <= AGENT_SPAN) ||
      speech.some((c) => n.at > c && n.at - c <= SPEAKER_AFTER),
  );
}

/**
 * Whose statement a sentence is, between the cell's party and the other parties of the matrix:
 * the first cue that has a name acting on it decides, and the name nearest it acts (the one
 * shortly before, or for a speech cue just after: "заявил Путин"). "Zelensky rejected … Russian
 * sovereignty" is Ukraine's, not Russia's; null when no cue has a name acting on it.
 */
export function speakerSide(
  words: readonly { word: string; key: string }[],
  ours: readonly { at: number }[],
  theirs: readonly { at: number }[],
): 'ours' | 'theirs' | null {
  const mine = new Set(ours.map((n) => n.at));
  const names = [
    ...ours.map((n) => ({ at: n.at, side: 'ours' as const })),
    ...theirs.filter((n) => !mine.has(n.at)).map((n) => ({ at: n.at, side: 'theirs' as const })),
  ];
  const speech = new Set(cuesAt(words, speechKeys));
  const cues = [...new Set([...cuesAt(words, cueKeys), ...speech])].sort((a, b) => a - b);
  for (const c of cues) {
    const before = names
      .filter((n) => n.at < c && c - n.at <= AGENT_SPAN)
      .sort((a, b) => b.at - a.at)[0];
    const after = speech.has(c)
      ? names.filter((n) => n.at > c && n.at - c <= SPEAKER_AFTER).sort((a, b) => a.at - b.at)[0]
      : undefined;
    const speaker = before ?? after;
    if (speaker) return speaker.side;
  }
  return null;
}

/** The first stance cue among the sentence's words (the word as written), or null. */
export function stanceCue(words: readonly { word: string; key: string }[]): string | null {
  return firstCue(words, cueKeys);
}

/** The first word saying someone speaks ("said", "заявил"), or null. */
export function speechCue(words: readonly { word: string; key: string }[]): string | null {
  return firstCue(words, speechKeys);
}

/** "Ukraine’s Crimean peninsula": a possessive names the party as owner, not as the one taking a stance. */
export const isPossessive = (word: string): boolean => /['’]s$/i.test(word);
