/** A well-known news outlet: its display name, other names it goes by, and its web domains. */
export type KnownOutlet = { name: string; aliases: readonly string[]; domains: readonly string[] };

// Deliberately modest: only names common enough that a title suffix like "– Reuters" is unambiguous.
export const knownOutlets: readonly KnownOutlet[] = [
  { name: 'Reuters', aliases: ['Thomson Reuters'], domains: ['reuters.com'] },
  {
    name: 'Associated Press',
    aliases: ['AP', 'AP News', 'The Associated Press'],
    domains: ['apnews.com'],
  },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], domains: ['afp.com'] },
  { name: 'BBC', aliases: ['BBC News', 'BBC World Service'], domains: ['bbc.co.uk', 'bbc.com'] },
  { name: 'CNN', aliases: ['CNN International'], domains: ['cnn.com'] },
  { name: 'The Guardian', aliases: ['Guardian', 'the Guardian'], domains: ['theguardian.com'] },
  { name: 'Financial Times', aliases: ['FT', 'The Financial Times'], domains: ['ft.com'] },
  {
    name: 'The Wall Street Journal',
    aliases: ['WSJ', 'Wall Street Journal'],
    domains: ['wsj.com'],
  },
  {
    name: 'The New York Times',
    aliases: ['NYT', 'New York Times', 'NYTimes'],
    domains: ['nytimes.com'],
  },
  { name: 'The Washington Post', aliases: ['Washington Post'], domains: ['washingtonpost.com'] },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], domains: ['bloomberg.com'] },
  { name: 'The Economist', aliases: ['Economist'], domains: ['economist.com'] },
  {
    name: 'Politico',
    aliases: ['POLITICO', 'Politico Europe'],
    domains: ['politico.com', 'politico.eu'],
  },
  { name: 'Axios', aliases: [], domains: ['axios.com'] },
  { name: 'The Telegraph', aliases: ['Telegraph'], domains: ['telegraph.co.uk'] },
  { name: 'The Times', aliases: [], domains: ['thetimes.co.uk'] },
  { name: 'Deutsche Welle', aliases: ['DW'], domains: ['dw.com'] },
  { name: 'Al Jazeera', aliases: [], domains: ['aljazeera.com'] },
  { name: 'Kyiv Independent', aliases: ['The Kyiv Independent'], domains: ['kyivindependent.com'] },
  { name: 'Kyiv Post', aliases: [], domains: ['kyivpost.com'] },
  {
    name: 'Ukrainska Pravda',
    aliases: ['Українська правда'],
    domains: ['pravda.com.ua'],
  },
  { name: 'Ukrinform', aliases: [], domains: ['ukrinform.net', 'ukrinform.ua'] },
  { name: 'Interfax-Ukraine', aliases: [], domains: ['interfax.com.ua'] },
  { name: 'Meduza', aliases: ['Медуза'], domains: ['meduza.io'] },
  { name: 'TASS', aliases: ['ТАСС'], domains: ['tass.com', 'tass.ru'] },
  { name: 'RIA Novosti', aliases: ['РИА Новости'], domains: ['ria.ru'] },
  { name: 'Interfax', aliases: ['Интерфакс'], domains: ['interfax.ru', 'interfax.com'] },
  { name: 'Kommersant', aliases: ['Коммерсантъ'], domains: ['kommersant.ru'] },
  { name: 'RBC', aliases: ['РБК'], domains: ['rbc.ru'] },
  {
    name: 'Novaya Gazeta',
    aliases: ['Новая газета'],
    domains: ['novayagazeta.ru', 'novayagazeta.eu'],
  },
  {
    name: 'RFE/RL',
    aliases: ['Radio Free Europe/Radio Liberty', 'Radio Liberty'],
    domains: ['rferl.org'],
  },
  { name: 'Le Monde', aliases: [], domains: ['lemonde.fr'] },
  { name: 'Der Spiegel', aliases: ['Spiegel'], domains: ['spiegel.de'] },
  { name: 'Euronews', aliases: [], domains: ['euronews.com'] },
];

const byName = new Map<string, KnownOutlet>();
for (const outlet of knownOutlets) {
  for (const label of [outlet.name, ...outlet.aliases]) byName.set(label.toLowerCase(), outlet);
}

/** The known outlet a name refers to (case-insensitive, aliases included), if any. */
export function findOutletByName(name: string): KnownOutlet | undefined {
  return byName.get(name.trim().replace(/\s+/g, ' ').toLowerCase());
}

/** The known outlet that owns a host name (subdomains included), if any. */
export function findOutletByHost(host: string): KnownOutlet | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  return knownOutlets.find((o) => o.domains.some((d) => h === d || h.endsWith(`.${d}`)));
}
