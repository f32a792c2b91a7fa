import type { AttributionKind } from '../../../../shared/origins';

/**
 * Long because it is data: one entry per passage, kept in one file so the set reads as a whole.
 * The labelled test set, written by hand for issue #10: short passages in English, Russian and
 * Ukrainian with every attribution span (kind, outlet, the cue as written) and the primary origin
 * (null: own reporting). Decoys name outlets as subjects, photo credits, or nothing at all.
 */
export type LabelledPassage = {
  lang: 'en' | 'ru' | 'uk';
  /** The headline, where the case is about what a headline credits. */
  title?: string;
  /** The outlet the headline credits (null: none), labelled with `title`. */
  headline?: string | null;
  text: string;
  origin: string | null;
  spans: [AttributionKind, string | null, string][];
};

const FT = 'Financial Times';
const R = 'Reuters';

export const passages: LabelledPassage[] = [
  // English relays
  {
    lang: 'en',
    text: 'Putin has offered to freeze the war, the Financial Times reported on Tuesday.\nThe offer came in April.',
    origin: FT,
    spans: [['relays', FT, 'Financial Times reported']],
  },
  {
    lang: 'en',
    text: 'According to the FT, the US would recognise Crimea.\nKyiv said no.',
    origin: FT,
    spans: [
      ['relays', FT, 'According to the FT'],
      ['statement', null, 'Kyiv said'],
    ],
  },
  {
    lang: 'en',
    text: 'The Kremlin could accept a ceasefire, five sources told Reuters.\nThe sources asked not to be named.',
    origin: R,
    spans: [
      ['anonymous', null, 'five sources'],
      ['relays', R, 'told Reuters'],
      ['anonymous', null, 'asked not to be named'],
    ],
  },
  {
    lang: 'en',
    text: 'KYIV (AP) — Russian drones struck the capital overnight, officials said.',
    origin: 'Associated Press',
    spans: [['relays', 'Associated Press', '(AP)']],
  },
  {
    lang: 'en',
    text: 'As first reported by Bloomberg News, the talks will move to Riyadh.\nNo date was set.',
    origin: 'Bloomberg',
    spans: [['relays', 'Bloomberg', 'As first reported by Bloomberg News']],
  },
  {
    lang: 'en',
    text: 'Witkoff will return to Moscow, according to the WSJ, citing people familiar with the plans.',
    origin: 'The Wall Street Journal',
    spans: [
      ['relays', 'The Wall Street Journal', 'according to the WSJ'],
      ['anonymous', null, 'people familiar with'],
    ],
  },
  {
    lang: 'en',
    text: 'Source: Reuters, citing three officials\nMoscow rejects any NATO presence.',
    origin: R,
    spans: [
      ['relays', R, 'Source: Reuters'],
      ['anonymous', null, 'three officials'],
    ],
  },
  {
    lang: 'en',
    text: 'Peskov, speaking to TASS, called the reports fakes.\nHe gave no details.',
    origin: 'TASS',
    spans: [['relays', 'TASS', 'speaking to TASS']],
  },
  {
    lang: 'en',
    text: 'A draft of the deal was seen by Axios, which reported that sanctions would be eased.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: 'The Washington Post reports that the envoy met Putin for five hours.\nThe meeting was not announced.',
    origin: 'The Washington Post',
    spans: [['relays', 'The Washington Post', 'The Washington Post reports']],
  },
  {
    lang: 'en',
    text: 'Ukraine is open to some ideas, senior officials told the FT.\nThe FT report continues with details of a buffer zone.',
    origin: FT,
    spans: [
      ['relays', FT, 'told the FT'],
      ['relays', FT, 'FT report continues'],
    ],
  },
  {
    lang: 'en',
    text: 'In an interview with the BBC, the minister said the front would hold.',
    origin: 'BBC',
    spans: [['relays', 'BBC', 'In an interview with the BBC']],
  },
  // English statements and own reporting
  {
    lang: 'en',
    text: 'Zelensky said Ukraine would never recognise the occupation.\n"This is our land," he added.',
    origin: null,
    spans: [['statement', null, 'Zelensky said']],
  },
  {
    lang: 'en',
    text: 'The talks in London ended without a deal on Wednesday. Rubio did not attend.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: 'Our correspondent in Kharkiv saw three destroyed buildings. Local officials counted nine dead.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: '"There is no deal yet," said Peskov on Monday.',
    origin: null,
    spans: [['statement', null, 'said Peskov']],
  },
  // English anonymous sourcing
  {
    lang: 'en',
    text: 'One European official warned that Putin was playing for time.',
    origin: null,
    spans: [['anonymous', null, 'One European official']],
  },
  {
    lang: 'en',
    text: 'Two people briefed on the talks said the US had dropped the demand, speaking on condition of anonymity.',
    origin: null,
    spans: [
      ['anonymous', null, 'Two people'],
      ['anonymous', null, 'people briefed on'],
      ['anonymous', null, 'on condition of anonymity'],
    ],
  },
  {
    lang: 'en',
    text: 'Sources familiar with the matter say the envoy carried a letter.',
    origin: null,
    spans: [['anonymous', null, 'Sources familiar with']],
  },
  // English credits and decoys
  {
    lang: 'en',
    text: 'Vladimir Putin in the Kremlin. Photo: Reuters\nThe president spoke for an hour.',
    origin: null,
    spans: [['credit', R, 'Photo: Reuters']],
  },
  {
    lang: 'en',
    text: 'Donald Trump at the White House. Photo: Jim Watson / AFP\nTrump said a deal was close.',
    origin: null,
    spans: [
      ['credit', 'AFP', 'Photo: Jim Watson / AFP'],
      ['statement', null, 'Trump said'],
    ],
  },
  {
    lang: 'en',
    text: 'Reuters journalists were turned away at the border crossing.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: 'Peskov questioned the authenticity of the FT article and urged people to rely on primary sources.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: 'The Guardian has won an award for its coverage of the war.',
    origin: null,
    spans: [],
  },
  {
    lang: 'en',
    text: 'The ministry blocked the websites of the BBC and Meduza on Friday.',
    origin: null,
    spans: [],
  },
  // Russian relays
  {
    lang: 'ru',
    text: 'Путин готов заморозить конфликт по линии фронта, сообщает Reuters.\nВ Кремле это не комментируют.',
    origin: R,
    spans: [['relays', R, 'сообщает Reuters']],
  },
  {
    lang: 'ru',
    text: 'По данным РИА Новости, переговоры пройдут в Стамбуле.',
    origin: 'RIA Novosti',
    spans: [['relays', 'RIA Novosti', 'По данным РИА Новости']],
  },
  {
    lang: 'ru',
    text: 'Об этом пишет Financial Times со ссылкой на источники, знакомые с ходом переговоров.',
    origin: FT,
    spans: [
      ['relays', FT, 'пишет Financial Times'],
      ['anonymous', null, 'источники, знакомые'],
    ],
  },
  {
    lang: 'ru',
    text: 'Как сообщает ТАСС, делегации встретятся в четверг.',
    origin: 'TASS',
    spans: [['relays', 'TASS', 'сообщает ТАСС']],
  },
  {
    lang: 'ru',
    text: 'Песков заявил ТАСС, что Москва открыта к диалогу.',
    origin: 'TASS',
    spans: [['relays', 'TASS', 'заявил ТАСС']],
  },
  {
    lang: 'ru',
    text: 'Издание передает со ссылкой на Рейтер, что санкции могут смягчить.',
    origin: R,
    spans: [['relays', R, 'со ссылкой на Рейтер']],
  },
  {
    lang: 'ru',
    text: 'По информации Bloomberg, США предложили признать Крым российским.',
    origin: 'Bloomberg',
    spans: [['relays', 'Bloomberg', 'По информации Bloomberg']],
  },
  {
    lang: 'ru',
    text: 'Как пишет «Коммерсантъ», встреча продлилась три часа.',
    origin: 'Kommersant',
    spans: [['relays', 'Kommersant', 'пишет «Коммерсантъ']],
  },
  {
    lang: 'ru',
    text: 'Ушаков рассказал РИА Новости, что визит Уиткоффа ожидается на неделе.',
    origin: 'RIA Novosti',
    spans: [['relays', 'RIA Novosti', 'рассказал РИА Новости']],
  },
  {
    lang: 'ru',
    text: 'Интерфакс сообщает, что заседание перенесли на пятницу.',
    origin: 'Interfax',
    spans: [['relays', 'Interfax', 'Интерфакс сообщает']],
  },
  // Russian statements, anonymous, decoys
  {
    lang: 'ru',
    text: 'Песков заявил, что Кремль не видит предмета для обсуждения.',
    origin: null,
    spans: [['statement', null, 'Песков заявил']],
  },
  {
    lang: 'ru',
    text: 'Источник в администрации президента сообщил, что решение еще не принято.',
    origin: null,
    spans: [['anonymous', null, 'Источник в']],
  },
  {
    lang: 'ru',
    text: 'Собеседник, пожелавший остаться неназванным, подтвердил эти данные.',
    origin: null,
    spans: [['anonymous', null, 'пожелавший остаться неназванным']],
  },
  {
    lang: 'ru',
    text: 'Журналистов Reuters не пустили на пресс-конференцию.',
    origin: null,
    spans: [],
  },
  {
    lang: 'ru',
    text: 'Роскомнадзор заблокировал сайт Би-би-си в пятницу.',
    origin: null,
    spans: [],
  },
  {
    lang: 'ru',
    text: 'Переговоры в Лондоне завершились без результата. Делегации разъехались.',
    origin: null,
    spans: [],
  },
  {
    lang: 'ru',
    text: 'Владимир Путин. Фото: Reuters\nПрезидент выступил с обращением.',
    origin: null,
    spans: [['credit', R, 'Фото: Reuters']],
  },
  {
    lang: 'ru',
    text: 'Главный редактор ТАСС провел совещание с коллективом.',
    origin: null,
    spans: [],
  },
  // Ukrainian relays
  {
    lang: 'uk',
    text: 'Путін готовий зупинити війну по лінії фронту, пише Financial Times.\nУ Кремлі це спростовують.',
    origin: FT,
    spans: [['relays', FT, 'пише Financial Times']],
  },
  {
    lang: 'uk',
    text: 'Про це повідомляє Укрінформ з посиланням на Генштаб.',
    origin: 'Ukrinform',
    spans: [['relays', 'Ukrinform', 'повідомляє Укрінформ']],
  },
  {
    lang: 'uk',
    text: 'За даними Reuters, Кремль може погодитися на перемир’я.',
    origin: R,
    spans: [['relays', R, 'За даними Reuters']],
  },
  {
    lang: 'uk',
    text: 'Джерело: Reuters\nРосія не відмовиться від Криму.',
    origin: R,
    spans: [['relays', R, 'Джерело: Reuters']],
  },
  {
    lang: 'uk',
    text: 'Як повідомляє УНІАН, вибухи пролунали в Одесі.',
    origin: 'UNIAN',
    spans: [['relays', 'UNIAN', 'повідомляє УНІАН']],
  },
  {
    lang: 'uk',
    text: 'Зеленський розповів Bloomberg, що Україна не визнає окупацію.',
    origin: 'Bloomberg',
    spans: [['relays', 'Bloomberg', 'розповів Bloomberg']],
  },
  {
    lang: 'uk',
    text: 'З посиланням на Reuters видання пише, що санкції залишаться.',
    origin: R,
    spans: [['relays', R, 'З посиланням на Reuters']],
  },
  {
    lang: 'uk',
    text: 'Інтерфакс-Україна повідомляє, що засідання Ради перенесли.',
    origin: 'Interfax-Ukraine',
    spans: [['relays', 'Interfax-Ukraine', 'Інтерфакс-Україна повідомляє']],
  },
  {
    lang: 'uk',
    text: 'За інформацією ТАСС, делегація прибуде в четвер.',
    origin: 'TASS',
    spans: [['relays', 'TASS', 'За інформацією ТАСС']],
  },
  {
    lang: 'uk',
    text: 'Як пише Українська правда, прем’єр подасть у відставку.',
    origin: 'Ukrainska Pravda',
    spans: [['relays', 'Ukrainska Pravda', 'пише Українська правда']],
  },
  // Ukrainian statements, anonymous, decoys
  {
    lang: 'uk',
    text: 'Зеленський заявив, що Україна не поступиться територіями.',
    origin: null,
    spans: [['statement', null, 'Зеленський заявив']],
  },
  {
    lang: 'uk',
    text: 'Джерела в Офісі президента підтвердили цю інформацію.',
    origin: null,
    spans: [['anonymous', null, 'Джерела в']],
  },
  {
    lang: 'uk',
    text: 'Співрозмовник на умовах анонімності розповів про підготовку зустрічі.',
    origin: null,
    spans: [['anonymous', null, 'на умовах анонімності']],
  },
  {
    lang: 'uk',
    text: 'Журналістів Reuters не пустили на кордон.',
    origin: null,
    spans: [],
  },
  {
    lang: 'uk',
    text: 'Володимир Зеленський. Фото: Reuters\nПрезидент звернувся до нації.',
    origin: null,
    spans: [['credit', R, 'Фото: Reuters']],
  },
  {
    lang: 'uk',
    text: 'Переговори в Лондоні завершилися без домовленостей.',
    origin: null,
    spans: [],
  },
  {
    lang: 'uk',
    text: 'Кореспондент ТАСС поставив питання на брифінгу.',
    origin: null,
    spans: [],
  },
  {
    lang: 'uk',
    text: 'Редакція УНІАН переїхала до нового офісу.',
    origin: null,
    spans: [],
  },
  // Headline credits (a cue outside the text): the headline names whose report it is; photo
  // credits and outlets as subjects in a headline are decoys.
  ...headlineCases([
    ['en', 'Kremlin says Crimea not negotiable – Reuters', R],
    ['en', 'Russian drones hit Odesa port (AP)', 'Associated Press'],
    ['en', 'Reuters: Putin ready to freeze war on current line', R],
    ['en', 'Ukraine war – latest: talks stall in Riyadh – AP', 'Associated Press'],
    ['en', 'FT: US could recognise Crimea as Russian', FT],
    ['en', 'Zelensky visits the front line. Photo: Reuters', null],
    ['en', 'Reuters journalists turned away at the border', null],
    ['en', 'Kyiv at night (Photo: AFP)', null],
    ['en', 'Biden meets Zelensky in Washington (AP Photo)', null],
    ['en', 'Talks in Riyadh – Jim Watson / AFP', null],
    ['ru', 'Песков: вопрос Крыма закрыт – ТАСС', 'TASS'],
    ['ru', 'Кремль исключил уступки по территориям (Рейтер)', R],
    ['ru', 'Журналисты Reuters покинули Москву', null],
    ['ru', 'Переговоры в Эр-Рияде. Фото: РИА Новости', null],
    ['uk', 'Путін готовий заморозити війну – Reuters', R],
    ['uk', 'FT: США можуть визнати Крим російським', FT],
    ['uk', 'Зеленський у Харкові – фото: Reuters', null],
    ['uk', 'Кореспондента Reuters не пустили до Криму', null],
  ]),
];

/** A headline case: the headline, and a body that credits no one, so only the headline can. */
function headlineCases(
  cases: [LabelledPassage['lang'], string, string | null][],
): LabelledPassage[] {
  const bodies = {
    en: 'The talks ended without a deal on Tuesday.\nNo new date was set.',
    ru: 'Переговоры завершились без соглашения во вторник.\nНовая дата не назначена.',
    uk: 'Переговори завершилися без угоди у вівторок.\nНової дати не призначено.',
  };
  return cases.map(([lang, title, headline]) => ({
    lang,
    title,
    headline,
    text: bodies[lang],
    origin: headline,
    spans: [],
  }));
}
