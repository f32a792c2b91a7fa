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

/** The key two spellings of one name share: normalised and lowercased. */
export const variantKey = (word: string): string => normaliseWord(word).toLowerCase();

/**
 * Groups that share a spelling joined into one, in order of first appearance: an analyst's set
 * ['Kyiv', 'Kyjiw'] adds Kyjiw to the shipped Kyiv group rather than starting a rival one.
 */
export function mergeVariantGroups(groups: readonly (readonly string[])[]): string[][] {
  const merged: string[][] = [];
  const groupOf = new Map<string, string[]>();
  for (const group of groups) {
    const touched = [...new Set(group.map((s) => groupOf.get(variantKey(s))))].filter(
      (g): g is string[] => g !== undefined,
    );
    const target = touched[0] ?? [];
    if (touched.length === 0) merged.push(target);
    for (const other of touched.slice(1)) {
      target.push(...other);
      merged.splice(merged.indexOf(other), 1);
    }
    for (const spelling of group) {
      if (!target.some((s) => variantKey(s) === variantKey(spelling))) target.push(spelling);
    }
    for (const spelling of target) groupOf.set(variantKey(spelling), target);
  }
  return merged;
}

/** Finds the other spellings of a word; built once over a table (groups sharing a spelling are one). */
export function createVariantIndex(groups: readonly (readonly string[])[] = nameVariants) {
  const byKey = new Map<string, readonly string[]>();
  for (const group of mergeVariantGroups(groups))
    for (const spelling of group) byKey.set(variantKey(spelling), group);
  return (word: string): string[] => {
    const group = byKey.get(variantKey(word));
    return group ? group.filter((s) => variantKey(s) !== variantKey(word)) : [];
  };
}

/** What a variant index answers: the other spellings of a word. */
export type VariantsOf = ReturnType<typeof createVariantIndex>;

/** The shipped table's index, used until the open workspace adds its own sets. */
export const defaultVariantIndex = createVariantIndex();

/**
 * The query with each plain word (not quoted, no wildcard or fuzziness) that names a variant group
 * also matching the group's other spellings, and the notice that says so.
 */
export function expandNameVariants(
  query: ParsedQuery,
  variantsOf: VariantsOf = defaultVariantIndex,
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
