import { normaliseWord } from './language';
import type { ParsedQuery } from './query/types';

/**
 * Spellings of the names this story turns on — places, people, bodies — in English
 * transliterations old and new, Russian and Ukrainian. A query word that is one of them also
 * finds the others; quoting a name ("Kyiv") searches that spelling only.
 */
export const nameVariants: readonly (readonly string[])[] = [
  ['Kyiv', 'Kiev', 'Київ', 'Киев', 'Києва', 'Киева'],
  ['Kharkiv', 'Kharkov', 'Харків', 'Харьков'],
  ['Donetsk', 'Донецьк', 'Донецк'],
  ['Luhansk', 'Lugansk', 'Луганськ', 'Луганск'],
  [
    'Zaporizhzhia',
    'Zaporizhia',
    'Zaporizhzhya',
    'Zaporozhye',
    'Zaporozhie',
    'Запоріжжя',
    'Запорожье',
  ],
  ['Kherson', 'Херсон'],
  ['Crimea', 'Крим', 'Крым'],
  ['Odesa', 'Odessa', 'Одеса', 'Одесса'],
  ['Mariupol', 'Маріуполь', 'Мариуполь'],
  ['Bakhmut', 'Artemovsk', 'Artemivsk', 'Бахмут', 'Артемовск'],
  ['Donbas', 'Donbass', 'Донбас', 'Донбасс'],
  ['Zelensky', 'Zelenskyy', 'Zelenskiy', 'Zelenski', 'Зеленський', 'Зеленский'],
  ['Putin', 'Путін', 'Путин'],
  ['Peskov', 'Пєсков', 'Песков'],
  ['Lavrov', 'Лавров'],
  ['Yermak', 'Ermak', 'Єрмак', 'Ермак'],
  ['Sybiha', 'Sybiga', 'Сибіга', 'Сибига'],
  ['Witkoff', 'Віткофф', 'Уиткофф', 'Уиткоф'],
  ['Trump', 'Трамп'],
  ['Rubio', 'Рубіо', 'Рубио'],
  ['NATO', 'НАТО'],
  ['Kremlin', 'Кремль'],
  ['Rada', 'Рада'],
];

const key = (word: string): string => normaliseWord(word).toLowerCase();

/** Finds the other spellings of a word; built once over a table. */
export function createVariantIndex(groups: readonly (readonly string[])[] = nameVariants) {
  const byKey = new Map<string, readonly string[]>();
  for (const group of groups) for (const spelling of group) byKey.set(key(spelling), group);
  return (word: string): string[] => {
    const group = byKey.get(key(word));
    return group ? group.filter((s) => key(s) !== key(word)) : [];
  };
}

const defaultIndex = createVariantIndex();

/**
 * The query with each plain word (not quoted, no wildcard or fuzziness) that names a variant group
 * also matching the group's other spellings, and the notice that says so.
 */
export function expandNameVariants(
  query: ParsedQuery,
  variantsOf: (word: string) => string[] = defaultIndex,
): { query: ParsedQuery; also: string[] } {
  const also: string[] = [];
  const terms = query.terms.map((term) => {
    const plain = term.wildcard === 'none' && term.editDistance === 0 && term.exact !== true;
    if (!plain || term.presence === 'prohibited') return term;
    const variants = variantsOf(term.text);
    if (variants.length === 0) return term;
    also.push(...variants);
    return { ...term, variants };
  });
  return { query: also.length === 0 ? query : { ...query, terms }, also };
}

/** "Also searched: Kiev, Київ, Киев." for a result notice; null when nothing was expanded. */
export function variantsNotice(also: readonly string[]): string | null {
  if (also.length === 0) return null;
  return `Also searched: ${[...new Set(also)].join(', ')} (quote a name to search that spelling only).`;
}
