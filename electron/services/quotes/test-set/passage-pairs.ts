/**
 * Long because it is data. The labelled set for "does this article carry the quote's passage":
 * the passages the seed relays of the FT report word differently (000–003, the same claims in
 * other words), typographic variants of one passage, and decoys on the same story that share
 * many words but make another claim (004's Reuters report, other speakers, other dates).
 * `carries` is the label; `kind` says what the case tests.
 */
export type PassagePair = {
  quote: string;
  passage: string;
  carries: boolean;
  kind: 'typography' | 'reworded' | 'paraphrase' | 'decoy';
};

const kyivPressure =
  'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory';
const witkoff =
  'The Russian president told Steve Witkoff, Trump’s special envoy, during a meeting in St Petersburg earlier this month that Moscow could relinquish its claims to areas of four partly occupied Ukrainian regions that remain under Kyiv’s control';
const crimeaOffer =
  'The US has since floated ideas for a possible settlement that includes Washington recognizing Russian ownership of Ukraine’s Crimean peninsula, the people added, as well as at least acknowledging the Kremlin’s de facto control over the parts of the four regions it currently holds.';
const bait =
  'But European officials briefed on US efforts to end the war cautioned that Putin would probably use the apparent concession as bait to lure Trump into accepting Russia’s other demands and forcing them on Ukraine as a fait accompli.';
const firstIndication =
  'The proposal is the first formal indication Putin has given since the war’s early months three years ago that Russia could step back from its maximalist demands to end the invasion.';
const territory =
  'This is our territory, the territory of the Ukrainian people, there is nothing to discuss there.';
const fakes = 'there are many fakes published, even in respected media';
const halfPercent =
  'When they free up the remaining half percent, then the troops can stop wherever they are when the news reaches them';
const ceasefireTerms =
  'As part of a possible deal, Ukraine would commit not to forcibly reclaim territories occupied by Russia, while Russia would agree to halt its slow advance.';
const dropDemand =
  'Putin might be willing to drop his previous demand for full control over four Ukrainian frontline regions, Donetsk, Luhansk, Kherson and Zaporizhia, if the US made broader geopolitical concessions to Moscow';
const halt = 'Putin has offered to halt his invasion of Ukraine across the current front line';
const crimeaFuture =
  'All those Russian officials claimed that the future of Crimea itself is not up for discussion.';
const kremlinCeasefire =
  'five current and former Russian officials said the Kremlin could broadly agree to a ceasefire along the line of contact.';

export const passagePairs: PassagePair[] = [
  // The same words, typed differently.
  {
    kind: 'typography',
    carries: true,
    quote: kyivPressure,
    passage:
      '“THERE is a lot of pressure on Kiev right now – to give up on things, so Trump can claim victory,” one of them said.',
  },
  {
    kind: 'typography',
    carries: true,
    quote: witkoff,
    passage:
      "The Russian president told Steve Witkoff -- Trump's special envoy -- during a meeting in St. Petersburg earlier this month that Moscow could relinquish its claims to areas of four partly occupied Ukrainian regions that remain under Kiev's control, three of the people said.",
  },
  {
    kind: 'typography',
    carries: true,
    quote: territory,
    passage:
      'Zelensky: "This is our territory — the territory of the Ukrainian people; there is nothing to discuss there!"',
  },
  {
    kind: 'typography',
    carries: true,
    quote: fakes,
    passage:
      'Peskov said «There are MANY fakes published, even in respected media» and urged readers to rely on primary sources.',
  },
  {
    kind: 'typography',
    carries: true,
    quote: crimeaFuture,
    passage:
      'ALL THOSE RUSSIAN OFFICIALS claimed that the future of Crimea itself\nis not up for\ndiscussion.',
  },
  {
    kind: 'typography',
    carries: true,
    quote: halt,
    passage:
      'In a huge development, President Vladimir Putin has offered to halt his invasion of Ukraine across the current front-line as part of ongoing efforts.',
  },
  {
    kind: 'typography',
    carries: true,
    quote: ceasefireTerms,
    passage:
      'As part of a possible deal Ukraine would commit not to forcibly re-claim territories occupied by Russia while Russia would agree to halt its slow advance',
  },
  {
    kind: 'typography',
    carries: true,
    quote: bait,
    passage:
      'But European officials briefed on U.S. efforts to end the war cautioned that Putin would probably use the apparent concession as bait to lure Trump into accepting Russia’s other demands and forcing them on Ukraine as a fait accompli.',
  },

  // The relays' own rewordings of one FT passage (seeds 000–003).
  {
    kind: 'reworded',
    carries: true,
    quote: kyivPressure,
    passage:
      '"There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory," said one European official.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: witkoff,
    passage:
      "Putin said during a meeting with Steve Witkoff, Trump's special envoy, earlier this month in St. Petersburg that Moscow could give up its claims to territories in four partially occupied Ukrainian regions that remain under Kiev's control, three people confirmed.",
  },
  {
    kind: 'reworded',
    carries: true,
    quote: witkoff,
    passage:
      'At a meeting in St. Petersburg earlier this month, Putin allegedly informed Steve Witkoff, the special envoy from U.S. President Donald Trump, that Russia could relinquish its claims over parts of four Ukrainian regions still under Kyiv’s control.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: crimeaOffer,
    passage:
      "The United States, meanwhile, has presented ideas for a possible deal that would include recognition of Russian rule over the Ukrainian peninsula of Crimea, as well as tacit acceptance of the Kremlin's de facto control over parts of the four Ukrainian regions it currently holds.",
  },
  {
    kind: 'reworded',
    carries: true,
    quote: bait,
    passage:
      'However, European officials familiar with the US initiatives warn that Putin could use this apparent concession as bait to get Trump to accept other Russian demands and impose them on Ukraine as a fait accompli.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: firstIndication,
    passage:
      'This is the first time since the start of the war that Putin has formally signaled the possibility of backing down from maximalist demands as a condition for ending the invasion.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: territory,
    passage:
      '“There is nothing to talk about. This violates our Constitution. This is our territory, the territory of the people of Ukraine,” Zelensky told reporters.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: territory,
    passage: '“These are our lands, the territory of the Ukrainian people,” he said.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: halt,
    passage:
      'Russian President Vladimir Putin has offered to halt the invasion of Ukraine along the current front line as part of efforts to reach a peace deal.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: dropDemand,
    passage:
      'Sources mentioned by the FT indicated that Putin might be ready to withdraw his previous insistence on complete control over all four disputed areas, contingent upon Washington making more substantial concessions.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: ceasefireTerms,
    passage:
      'Reports suggest that in return for a ceasefire, Ukraine would agree to halt military efforts to reclaim territories, while Russia would suspend its ongoing offensive actions.',
  },
  {
    kind: 'reworded',
    carries: true,
    quote: witkoff,
    passage:
      'The proposal was allegedly made during a meeting with Donald Trump’s emissary Steve Witkoff in early April in St Petersburg. According to the FT, Putin is ready to give up some of his territorial claims – in particular, parts of four Ukrainian regions that remain under Kyiv’s control.',
  },

  // The same claim in quite other words: the hardest positives.
  {
    kind: 'paraphrase',
    carries: true,
    quote: kyivPressure,
    passage:
      '“There is significant pressure on Kyiv to make concessions so that Trump can declare success,” a European official was quoted as saying by the FT.',
  },
  {
    kind: 'paraphrase',
    carries: true,
    quote: crimeaOffer,
    passage:
      'The U.S. has proposed its own ideas for resolving the conflict, which include acknowledging Russia’s 2014 annexation of Crimea and accepting its effective control over territories in eastern and southern Ukraine, according to the FT.',
  },
  {
    kind: 'paraphrase',
    carries: true,
    quote: firstIndication,
    passage:
      'This proposal from the Kremlin is the first indication in three years that Moscow might be willing to scale back its ambitious war objectives.',
  },
  {
    kind: 'paraphrase',
    carries: true,
    quote: fakes,
    passage:
      '“Many false claims are being made, even by reputable publications, so it’s best to refer to original sources,” as he told RIA Novosti.',
  },
  {
    kind: 'paraphrase',
    carries: true,
    quote: halfPercent,
    passage:
      '“Once the last 0.5% is liberated, then the troops can halt where they find themselves at that moment,” stated Remchukov.',
  },

  // The same story, many shared words, another claim.
  {
    kind: 'decoy',
    carries: false,
    quote: kyivPressure,
    passage:
      'There is no pressure on Trump to claim anything right now, a spokesman in Washington said of the polls.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: kyivPressure,
    passage:
      "Two sources said that US President Joe Biden's decision to allow Ukraine to launch US ATACMS missiles deep into Russia could complicate and delay any settlement – and increase Moscow's demands.",
  },
  {
    kind: 'decoy',
    carries: false,
    quote: witkoff,
    passage:
      'According to three of the sources, who wished to remain anonymous, there may be room for negotiations on the exact division of four eastern oblasts – Donetsk, Luhansk, Zaporizhzhia and Kherson. Moscow claims that these four oblasts are part of Russia.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: witkoff,
    passage:
      'Putin declared the annexation of four southeastern Ukrainian regions at a Kremlin ceremony in September 2022, although Russia did not fully control any of them at the time.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: witkoff,
    passage:
      'Yuri Ushakov, an aide to Putin, informed Russian media on Tuesday that Witkoff is expected in Russia later this week, though specifics regarding his arrival or a potential meeting with Putin were not disclosed.',
  },
  { kind: 'decoy', carries: false, quote: crimeaOffer, passage: crimeaFuture },
  {
    kind: 'decoy',
    carries: false,
    quote: crimeaOffer,
    passage:
      'Ukraine will not legally recognize Russia’s occupation of Crimea under any circumstances, President Volodymyr Zelensky said during a briefing in Kyiv on April 22.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: bait,
    passage:
      'European officials are also concerned about the possible exclusion of the EU from the negotiation process, even though it is European countries that have imposed the most extensive sanctions on Russia.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: firstIndication,
    passage:
      'Previous Russian demands for a peace agreement included: Ukraine’s obligation to remain neutral and abandon aspirations for NATO membership, recognition of Russian authority over annexed territories, lifting of Western sanctions.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: territory,
    passage:
      'Russia says Crimea is Russian territory, part of the Russian people’s history, and that there is nothing left to discuss with Kyiv.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: fakes,
    passage:
      '"Intensive work is underway. We are talking with the Americans. The work is difficult and requires a lot of time," Kremlin spokesman Dmitry Peskov told the Financial Times.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: halfPercent,
    passage:
      'Russia’s Chief of the General Staff Valery Gerasimov informed Putin on Saturday that 99.5% of the Kursk region had been “liberated”.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: ceasefireTerms,
    passage:
      'Both sources stated that if a ceasefire is not agreed, Russia will continue to fight.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: ceasefireTerms,
    passage:
      'Although Russia withdrew from some of the occupied territories in the fall of 2022, Putin said last year that he would not accept any peace deal unless Ukrainian troops withdrew from the front line.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: dropDemand,
    passage:
      'Putin said last year that he would not accept any peace deal unless Russia was given full control over all four areas, including the city of Zaporozhye, an industrial center of 700.000 that Russia has never held.',
  },
  { kind: 'decoy', carries: false, quote: halt, passage: kremlinCeasefire },
  {
    kind: 'decoy',
    carries: false,
    quote: kremlinCeasefire,
    passage:
      'Putin has offered to stop the war in Ukraine along the current frontline as part of a potential peace deal with the United States.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: crimeaFuture,
    passage:
      'It is unclear whether Trump has asked Ukraine to formally recognize Russia’s annexation of Crimea.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: halt,
    passage:
      'Last week, Putin announced a 30-hour “Easter truce”, but the fighting resumed. Strikes on civilian infrastructure resumed on Monday.',
  },
  // Short sentences made of the quote's key words, saying something else.
  {
    kind: 'decoy',
    carries: false,
    quote: 'Moscow could relinquish its claims to four partly occupied regions',
    passage: 'Moscow claims four regions; Kyiv says it will never give them up.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: kyivPressure,
    passage: 'Trump claims victory as pressure on Kyiv grows.',
  },
  {
    kind: 'decoy',
    carries: false,
    quote: ceasefireTerms,
    passage: 'Russia occupied territories and Ukraine would not agree to a deal.',
  },
];
