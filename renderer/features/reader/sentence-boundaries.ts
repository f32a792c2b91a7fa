/**
 * A small labelled set of sentence boundaries in news style (English, Russian, Ukrainian),
 * written for this project to measure sentence splitters on the cases the reader meets:
 * abbreviations, initials, decimals, quotations, ellipses, numbered lists and headlines.
 * Each passage is its sentences in order; one ending in '\n' ends its paragraph, the others are
 * joined by a space. The gold boundaries are the start offsets of every sentence but the first.
 */
export type BoundaryLang = 'en' | 'ru' | 'uk';

export type BoundaryPassage = { lang: BoundaryLang; sentences: readonly string[] };

export const BOUNDARY_PASSAGES: readonly BoundaryPassage[] = [
  // English
  {
    lang: 'en',
    sentences: [
      'U.S. officials said the talks would resume in Geneva.',
      'Mr. Blinken declined to comment.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'Gen. Mark Milley told reporters the offensive had stalled.',
      'He gave no timetable.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The meeting is set for Jan. 5 in Brussels.',
      'Ministers from 31 countries are expected.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'Inflation rose to 1.5 percent in March, the statistics office said.',
      'Economists had expected 1.3 percent.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'V. Putin signed the decree on Friday, according to the Kremlin.',
      'It takes effect at once.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      '"We will not give up an inch of our land."',
      'Zelensky said this in a video address on Sunday.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The spokesman said: "The shipment left port on time."',
      'Satellite images suggest otherwise.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'Was the strike ordered from Moscow?',
      'Officials in Kyiv believe so!',
      'The Kremlin denies it.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'Ukraine Seeks More Air Defence Ahead of Winter\n',
      'Kyiv has asked its allies for more Patriot batteries.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The plan has three parts:\n',
      '1. A ceasefire along the current line.\n',
      '2. An exchange of prisoners.\n',
      '3. Talks on the status of the occupied regions.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The talks dragged on... and then collapsed.',
      'Nobody knows what comes next...',
      'Diplomats are pessimistic.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'Shares of Acme Corp. fell 4.2 percent after the report.',
      'The company, based in St. Louis, did not respond.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'KYIV, Jan. 12 (Reuters) - Ukraine said on Thursday it had shot down 20 drones.',
      'There were no casualties, the air force said.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The aid package is worth $61 bn, Dr. Jane Smith of the Kiel Institute estimated.',
      'That is more than all of last year.',
    ],
  },
  {
    lang: 'en',
    sentences: [
      'The sanctions target firms in the U.K. and the U.S.',
      'They were announced on Tuesday.',
    ],
  },
  // Russian
  {
    lang: 'ru',
    sentences: [
      'Переговоры возобновятся в Женеве, т.е. на нейтральной территории.',
      'Об этом сообщил МИД.',
    ],
  },
  {
    lang: 'ru',
    sentences: ['Соглашение было подписано в 2014 г. в Минске.', 'С тех пор оно не выполняется.'],
  },
  {
    lang: 'ru',
    sentences: ['В. Путин провел совещание с членами Совбеза.', 'Подробности не раскрываются.'],
  },
  {
    lang: 'ru',
    sentences: ['Инфляция в марте составила 1.5 процента.', 'Это выше прогноза ЦБ.'],
  },
  {
    lang: 'ru',
    sentences: ['«Мы не допустим эскалации», — заявил Песков.', 'Он не уточнил, о чем идет речь.'],
  },
  {
    lang: 'ru',
    sentences: ['Министр сказал: «Решение уже принято.»', 'Журналистам не дали задать вопросы.'],
  },
  {
    lang: 'ru',
    sentences: [
      'Переговоры затянулись... и в итоге сорвались.',
      'Что будет дальше, неизвестно...',
      'Эксперты настроены скептически.',
    ],
  },
  {
    lang: 'ru',
    sentences: [
      'Согласно ст. 15 закона, выборы должны пройти весной.',
      'ЦИК пока не назначил дату.',
    ],
  },
  {
    lang: 'ru',
    sentences: [
      'Москва предупредила Запад о последствиях\n',
      'МИД России вызвал посла Великобритании.',
    ],
  },
  {
    lang: 'ru',
    sentences: ['Требования сторон:\n', '1. Прекращение огня.\n', '2. Обмен пленными.'],
  },
  {
    lang: 'ru',
    sentences: [
      'Кто отдал приказ?',
      'В Кремле отвечать отказались!',
      'Расследование продолжается.',
    ],
  },
  {
    lang: 'ru',
    sentences: [
      'Губернатор Белгородской обл. В. Гладков сообщил о новых обстрелах.',
      'Пострадавших нет.',
    ],
  },
  {
    lang: 'ru',
    sentences: ['На митинг пришли около 5 тыс. человек.', 'Полиция задержала 12 участников.'],
  },
  // Ukrainian
  {
    lang: 'uk',
    sentences: ['В. Зеленський провів нараду зі Ставкою.', 'Йшлося про постачання зброї.'],
  },
  {
    lang: 'uk',
    sentences: [
      'Евакуйовано понад 12 тис. мешканців прифронтових сіл.',
      'Роботу продовжують волонтери.',
    ],
  },
  {
    lang: 'uk',
    sentences: [
      'Відповідно до ст. 7 закону, засідання має бути відкритим.',
      'Проте журналістів не пустили.',
    ],
  },
  {
    lang: 'uk',
    sentences: ['Угоду підписали у 2022 р. в Стамбулі.', 'Відтоді вона діяла з перервами.'],
  },
  {
    lang: 'uk',
    sentences: ['Ціни зросли на 2.5 відсотка за місяць.', 'Найбільше подорожчали овочі.'],
  },
  {
    lang: 'uk',
    sentences: [
      '«Ми не віддамо жодного метра нашої землі», — сказав президент.',
      'Його звернення переглянули мільйони.',
    ],
  },
  {
    lang: 'uk',
    sentences: ['Речник заявив: «Рішення вже ухвалене.»', 'Деталей він не навів.'],
  },
  {
    lang: 'uk',
    sentences: [
      'Переговори тривали... і врешті зірвалися.',
      'Що буде далі, невідомо...',
      'Дипломати налаштовані песимістично.',
    ],
  },
  {
    lang: 'uk',
    sentences: ['Хто віддав наказ?', 'У Генштабі відповісти відмовилися!', 'Слідство триває.'],
  },
  {
    lang: 'uk',
    sentences: ['Україна отримала нову партію зенітних ракет\n', 'Про це повідомили в Міноборони.'],
  },
  {
    lang: 'uk',
    sentences: [
      'План складається з двох пунктів:\n',
      '1. Припинення вогню.\n',
      '2. Обмін полоненими.',
    ],
  },
  {
    lang: 'uk',
    sentences: ['Голова ОВА О. Прокудін повідомив про обстріл Херсона.', 'Загинули двоє людей.'],
  },
  {
    lang: 'uk',
    sentences: [
      'Засідання перенесли, тобто рішення ухвалять пізніше, т.зв. «другим читанням».',
      'Опозиція протестує.',
    ],
  },
];

/** The passage as one text, with its gold boundaries (every sentence start but the first). */
export function passageOf(passage: BoundaryPassage): { text: string; boundaries: number[] } {
  let text = '';
  const boundaries: number[] = [];
  passage.sentences.forEach((sentence, i) => {
    if (i > 0) {
      if (!text.endsWith('\n')) text += ' ';
      boundaries.push(text.length);
    }
    text += sentence;
  });
  return { text, boundaries };
}

export type BoundaryScore = {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
};

/**
 * Scores a splitter (a function from text and language to the start offsets of its sentences)
 * on the set, per language. A start at offset 0 is not a boundary and is ignored.
 */
export function scoreSplitter(
  startsOf: (text: string, lang: BoundaryLang) => readonly number[],
  passages: readonly BoundaryPassage[] = BOUNDARY_PASSAGES,
): Record<BoundaryLang, BoundaryScore> {
  const blank = () => ({ tp: 0, fp: 0, fn: 0 });
  const counts: Record<BoundaryLang, { tp: number; fp: number; fn: number }> = {
    en: blank(),
    ru: blank(),
    uk: blank(),
  };
  for (const passage of passages) {
    const { text, boundaries } = passageOf(passage);
    const gold = new Set(boundaries);
    const predicted = new Set(startsOf(text, passage.lang).filter((s) => s > 0));
    const tally = counts[passage.lang];
    for (const start of predicted) {
      if (gold.has(start)) tally.tp += 1;
      else tally.fp += 1;
    }
    for (const start of gold) if (!predicted.has(start)) tally.fn += 1;
  }
  const score = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): BoundaryScore => ({
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
  });
  return { en: score(counts.en), ru: score(counts.ru), uk: score(counts.uk) };
}
