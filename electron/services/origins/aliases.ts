/** One outlet as the origins area names it: its canonical name and every form a text may use. */
export type OutletAlias = { name: string; aliases: readonly string[] };

/**
 * The shipped alias table: canonical names as the outlets style themselves, then the forms
 * (abbreviations, Russian and Ukrainian spellings, inflected forms) a text credits them by.
 * It is data: `createAliasTable` takes an edited copy.
 */
export const defaultAliases: readonly OutletAlias[] = [
  { name: 'Financial Times', aliases: ['FT', 'the FT', 'The Financial Times', 'Файненшл таймс'] },
  {
    name: 'The Wall Street Journal',
    aliases: ['WSJ', 'Wall Street Journal', 'the Wall Street Journal'],
  },
  {
    name: 'Associated Press',
    aliases: ['AP', 'The Associated Press', 'the Associated Press', 'Ассошиэйтед Пресс'],
  },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Блумберг', 'Bloomberg News agency'] },
  { name: 'TASS', aliases: ['ТАСС', 'ТАРС'] },
  { name: 'RIA Novosti', aliases: ['РИА Новости', 'РИА "Новости"', 'РІА Новини', 'RIA'] },
  {
    name: 'Reuters',
    aliases: ['Рейтер', 'Рейтерс', 'Рейтеру', 'Рейтерсу', 'Рейтером', 'Reuter', 'Thomson Reuters'],
  },
  {
    name: 'AFP',
    aliases: [
      'Agence France-Presse',
      'Agence France Presse',
      'France-Presse',
      'Франс Пресс',
      'Франс-Пресс',
    ],
  },
  { name: 'Interfax', aliases: ['Интерфакс', 'Інтерфакс'] },
  { name: 'Interfax-Ukraine', aliases: ['Інтерфакс-Україна', 'Интерфакс-Украина'] },
  { name: 'The New York Times', aliases: ['New York Times', 'NYT', 'the New York Times'] },
  { name: 'The Washington Post', aliases: ['Washington Post', 'the Washington Post'] },
  { name: 'The Guardian', aliases: ['Guardian', 'the Guardian'] },
  { name: 'BBC', aliases: ['BBC News', 'Би-би-си', 'Бі-Бі-Сі', 'BBC Україна'] },
  { name: 'CNN', aliases: [] },
  { name: 'Politico', aliases: ['POLITICO'] },
  { name: 'Axios', aliases: [] },
  { name: 'The Economist', aliases: ['Economist', 'the Economist'] },
  { name: 'Kommersant', aliases: ['Коммерсантъ', 'Коммерсант'] },
  { name: 'RBC', aliases: ['РБК'] },
  { name: 'Meduza', aliases: ['Медуза', 'Медузе'] },
  { name: 'Ukrainska Pravda', aliases: ['Українська правда', 'Украинская правда', 'УП'] },
  { name: 'Ukrinform', aliases: ['Укрінформ', 'Укринформ'] },
  { name: 'UNIAN', aliases: ['УНІАН', 'УНИАН'] },
  { name: 'Kyiv Independent', aliases: ['The Kyiv Independent', 'the Kyiv Independent'] },
  { name: 'Izvestia', aliases: ['Известия'] },
  { name: 'Vedomosti', aliases: ['Ведомости'] },
  { name: 'Rosbalt', aliases: ['Росбалт'] },
  { name: 'Lenta.ru', aliases: ['Лента.ру', 'Лента.Ру'] },
  { name: 'Gazeta.ru', aliases: ['Газета.ру', 'Газета.Ru'] },
  { name: 'Fontanka', aliases: ['Фонтанка', 'Фонтанка.ру'] },
  { name: 'Novaya Gazeta', aliases: ['Новая газета'] },
  { name: 'Deutsche Welle', aliases: ['DW'] },
  { name: 'Al Jazeera', aliases: [] },
];

/** Resolves outlet names, and gives one pattern that finds any of them in a text. */
export type AliasTable = {
  /** The canonical name a form refers to (case-insensitive for forms longer than 3 letters). */
  resolve(form: string): string | null;
  /** Matches any known form as a whole word; group 1 is the form. */
  pattern: RegExp;
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds the lookup for an alias table (the shipped one unless an edited copy is given). */
export function createAliasTable(entries: readonly OutletAlias[] = defaultAliases): AliasTable {
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const { name, aliases } of entries) {
    for (const form of [name, ...aliases]) {
      exact.set(form, name);
      // Short forms (AP, FT, УП) only in their own capitals: "ap" or "ft" in running text are not them.
      if (form.replace(/^the /i, '').length > 3) folded.set(form.toLowerCase(), name);
    }
  }
  const forms = [...exact.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return {
    resolve(form) {
      const clean = form.trim().replace(/\s+/g, ' ');
      const bare = clean.replace(/^the /i, '');
      return (
        exact.get(clean) ??
        folded.get(clean.toLowerCase()) ??
        exact.get(bare) ??
        exact.get(`the ${bare}`) ??
        null
      );
    },
    pattern,
  };
}
