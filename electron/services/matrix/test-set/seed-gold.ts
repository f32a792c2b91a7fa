/**
 * The gold set for suggestions on the seeds: every sentence of seeds/ that states a party's
 * position on an issue, by hand, for all 4 default parties × 6 issues. A passage is named by its
 * seed's file prefix and a distinctive, exact piece of the sentence (the seeds are ours to quote).
 *
 * Judged narrowly: the party's own stance (stated, reported or shown by what it proposes or
 * demands) on the issue's proposition. Not gold: another party's stance that merely names this
 * one ("Zelensky rejected … recognition of Russian sovereignty" is Ukraine's, not Russia's),
 * commentary by the writer, and facts about control of territory. Some gold sentences name the
 * issue only as "the four regions" and cannot be found by name; they count against recall.
 * Cells with no gold (Ukraine × the regions, Europe × everything) are listed with none.
 */
export type GoldPassage = { seed: string; text: string };

/** The four regions' issues share the sentences about "the four regions". */
const regions = ['donetsk', 'luhansk', 'zaporizhzhia', 'kherson'] as const;

const russiaOnRegions: readonly GoldPassage[] = [
  { seed: '000', text: 'Putin is ready to give up some of his territorial claims' },
  {
    seed: '001',
    text: 'Moscow could give up its claims to territories in four partially occupied',
  },
  { seed: '001', text: 'Putin might be willing to drop his previous demand for full control' },
  {
    seed: '001',
    text: 'Russia was given full control over all four areas, including the city of Zaporozhye',
  },
  { seed: '002', text: 'Moscow could relinquish its claims to areas of four partly occupied' },
  { seed: '002', text: 'Russia will never relinquish the four territories' },
  { seed: '003', text: 'Russia could relinquish its claims over parts of four Ukrainian regions' },
  { seed: '003', text: 'withdraw his previous insistence on complete control over all four' },
  { seed: '004', text: 'room for negotiations on the exact division of four eastern oblasts' },
  { seed: '004', text: 'Moscow claims that these four oblasts are part of Russia.' },
  { seed: '004', text: 'which would leave Russia holding most of Donetsk, Luhansk' },
];

const usOnRegions: readonly GoldPassage[] = [
  {
    seed: '001',
    text: "tacit acceptance of the Kremlin's de facto control over parts of the four",
  },
  { seed: '002', text: 'at least acknowledging the Kremlin’s de facto control over the parts' },
  { seed: '003', text: 'accepting its effective control over territories in eastern and southern' },
];

/** Gold passages by cell, "party/issue" in the default matrix's ids. */
export const seedGold: Record<string, readonly GoldPassage[]> = {
  'russia/crimea': [
    { seed: '001', text: 'such as recognizing control over Crimea and guarantees' },
    { seed: '003', text: 'This could involve formal recognition of Russia’s control over Crimea' },
    { seed: '004', text: 'the future of Crimea itself is not up for discussion' },
  ],
  'russia/nato': [
    { seed: '001', text: 'guarantees that Ukraine would not join NATO' },
    { seed: '001', text: 'abandon aspirations for NATO membership' },
    { seed: '001', text: 'Russia has already rejected some American proposals' },
    { seed: '003', text: 'assurances against Ukraine joining NATO' },
    { seed: '004', text: 'insists that Ukraine abandon its NATO aspirations' },
    { seed: '004', text: 'Ukraine would have to pledge permanent neutrality' },
  ],
  ...Object.fromEntries(regions.map((issue) => [`russia/${issue}`, russiaOnRegions])),
  'ukraine/crimea': [
    { seed: '000', text: 'categorically rejected any idea of recognising Crimea' },
    { seed: '000', text: 'These are our lands, the territory of the Ukrainian people' },
    { seed: '001', text: 'Ukraine will not recognize the occupation of Crimea.' },
    { seed: '001', text: 'there is nothing to discuss there' },
    { seed: '002', text: 'Zelensky said he has rejected the possibility of ceding over Crimea' },
    { seed: '002', text: 'Ukraine will not legally recognize Russia’s occupation of Crimea' },
    { seed: '002', text: 'This violates our Constitution.' },
    { seed: '002', text: 'As soon as talks about Crimea and our sovereign territories begin' },
  ],
  'ukraine/nato': [],
  ...Object.fromEntries(regions.map((issue) => [`ukraine/${issue}`, []])),
  'united-states/crimea': [
    { seed: '000', text: 'Washington allegedly offered its own version of a possible deal' },
    { seed: '001', text: 'The United States, meanwhile, has presented ideas for a possible deal' },
    { seed: '002', text: 'The US has since floated ideas for a possible settlement' },
    { seed: '002', text: 'offered the ‘gift’ to Putin of US recognition of Russian sovereignty' },
    { seed: '003', text: 'acknowledging Russia’s 2014 annexation of Crimea' },
  ],
  'united-states/nato': [
    { seed: '000', text: 'Washington allegedly offered its own version of a possible deal' },
  ],
  ...Object.fromEntries(regions.map((issue) => [`united-states/${issue}`, usOnRegions])),
  ...Object.fromEntries(['crimea', 'nato', ...regions].map((issue) => [`europe/${issue}`, []])),
};
