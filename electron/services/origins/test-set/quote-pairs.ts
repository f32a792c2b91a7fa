/**
 * Long because it is data: the labelled set for quote drift, written by hand for issue #10. Each
 * case is one relay group; each quotation stands for one article's wording, labelled with the
 * statement it renders. Quotations sharing a label render one statement (translations, retellings,
 * a shortened or longer cut); every other label is a decoy: another statement in the same story,
 * often by the same speaker and full of the same names, which must not join.
 */
export type DriftCase = {
  lang: 'en' | 'ru' | 'uk';
  about: string;
  quotes: [statement: string, text: string][];
};

export const driftCases: DriftCase[] = [
  {
    lang: 'en',
    about: 'the seeds: a European official on pressure on Kyiv',
    quotes: [
      [
        'pressure',
        'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory',
      ],
      [
        'pressure',
        'There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory',
      ],
      [
        'pressure',
        'There is significant pressure on Kyiv to make concessions so that Trump can declare success',
      ],
      ['peskov-fakes', 'there are many fakes published, even in respected media'],
      [
        'peskov-fakes',
        'Many false claims are being made, even by reputable publications, so it’s best to refer to original sources',
      ],
      [
        'peskov-work',
        'Intensive work is underway. We are talking with the Americans. The work is difficult and requires a lot of time, so it is difficult to expect quick results, and the negotiations cannot be conducted publicly',
      ],
      ['trump-deal', 'reach a deal this week'],
      [
        'remchukov-trump',
        'Trump is believed to understand this, thanks to Witkoff. And he hopes to have it all happen by April 30, so he can proudly declare that he has fulfilled his peacekeeping mission in the first 100 days of his presidency.',
      ],
      [
        'remchukov',
        'When they free up the remaining half percent, then the troops can stop wherever they are when the news reaches them',
      ],
      [
        'remchukov',
        'Once the last 0.5% is liberated, then the troops can halt where they find themselves at that moment',
      ],
      [
        'proposal-first',
        'The proposal is the first formal indication Putin has given since the war’s early months three years ago that Russia could step back from its maximalist demands to end the invasion.',
      ],
      ['zelensky-territory', 'These are our lands, the territory of the Ukrainian people'],
      [
        'zelensky-territory',
        'There is nothing to talk about. This violates our Constitution. This is our territory, the territory of the people of Ukraine',
      ],
      [
        'zelensky-territory',
        'Ukraine will not recognize the occupation of Crimea. This is our territory, the territory of the Ukrainian people, there is nothing to discuss there.',
      ],
      [
        'zelensky-format',
        'As soon as talks about Crimea and our sovereign territories begin, the talks enter the format that Russia wants — prolonging the war – because it will not be possible to agree on everything quickly.',
      ],
      [
        'putin-open',
        'President Putin and the Russian side remain open to seeking a peaceful resolution.',
      ],
    ],
  },
  {
    lang: 'en',
    about: 'a NATO official on Crimea, and decoys about Crimea',
    quotes: [
      [
        'nato-crimea',
        'Crimea is Ukraine and it will never be recognised by the alliance as Russian territory',
      ],
      [
        'nato-crimea',
        'Crimea is Ukraine, and the alliance will never recognise it as Russian territory',
      ],
      ['nato-crimea', 'The alliance will never recognize Crimea as Russian; Crimea is Ukraine'],
      [
        'rubio-crimea',
        'Recognising Crimea as Russian is one of the ideas on the table, but nothing has been agreed',
      ],
      [
        'kremlin-crimea',
        'The question of Crimea is closed once and for all, it is Russian territory',
      ],
      ['kremlin-crimea', 'The Crimea question is closed for good. It is Russian land'],
    ],
  },
  {
    lang: 'en',
    about: 'Witkoff after Moscow; a longer and a shorter cut of one statement',
    quotes: [
      [
        'witkoff-good',
        'We had a very good meeting with President Putin, and I think we are closer than we have ever been',
      ],
      ['witkoff-good', 'I think we are closer than we have ever been to a deal'],
      [
        'witkoff-good',
        'We had a very productive meeting with President Putin. We are closer than ever',
      ],
      ['witkoff-trip', 'I will travel to Moscow again next week to meet President Putin'],
      ['trump-call', 'I had a very good call with President Putin, and we agreed to keep talking'],
    ],
  },
  {
    lang: 'en',
    about: 'Zelensky on a ceasefire; decoys by the same speaker',
    quotes: [
      [
        'zel-ceasefire',
        'Once a ceasefire is in place, I am ready to sit down with Putin in any format',
      ],
      ['zel-ceasefire', 'After a ceasefire, I am ready for direct talks with Putin in any format'],
      ['zel-ceasefire', 'I am ready for talks with Putin in any format once there is a ceasefire'],
      [
        'zel-signals',
        'There are signals, ideas, discussions, but this is not an official proposal',
      ],
      [
        'zel-signals',
        'There are signals, there are ideas, there are discussions — but there is no official proposal',
      ],
      ['zel-respond', 'If such a proposal arrives, we will respond to it'],
      ['zel-army', 'Our army is holding the line and we will not give up a single metre'],
    ],
  },
  {
    lang: 'en',
    about: 'Peskov on missiles; decoys of generic diplomatic wording',
    quotes: [
      [
        'peskov-missiles',
        'The missile authorisation is a very dangerous escalation on the part of the United States',
      ],
      [
        'peskov-missiles',
        'Allowing the missiles is a very dangerous escalation by the United States',
      ],
      [
        'peskov-freeze',
        'Putin has already said that freezing the conflict will not work in any way',
      ],
      [
        'peskov-freeze',
        'President Putin has said before that a freeze of the conflict will not work',
      ],
      ['peskov-time', 'There is no timeline, and we do not want to talk about one'],
      [
        'peskov-united',
        'The United States must understand that the conflict cannot be solved without Russia',
      ],
    ],
  },
  {
    lang: 'en',
    about: 'a European diplomat on sanctions; paraphrase far from the wording',
    quotes: [
      ['sanctions', 'Sanctions will stay until Russia pulls its troops out of Ukraine'],
      ['sanctions', 'The sanctions stay in place until Russian troops leave Ukraine'],
      ['sanctions', 'Sanctions remain until Russia withdraws its troops from Ukraine'],
      ['eu-table', 'Europe must be at the table when the future of Ukraine is decided'],
      ['eu-table', 'Europe has to be at the table when Ukraine’s future is decided'],
      ['eu-aid', 'We will keep supporting Ukraine for as long as it takes'],
    ],
  },
  {
    lang: 'ru',
    about: 'Песков о фейках и о работе',
    quotes: [
      ['ru-fakes', 'Публикуется много фейков, даже в уважаемых изданиях'],
      ['ru-fakes', 'Сейчас публикуется очень много фейков, в том числе в уважаемых СМИ'],
      [
        'ru-fakes',
        'Очень много фейков публикуется даже в респектабельных изданиях, поэтому надо ориентироваться на первоисточники',
      ],
      ['ru-work', 'Работа идёт интенсивно, мы общаемся с американцами, но это трудная работа'],
      ['ru-work', 'Идет интенсивная работа, мы общаемся с американцами. Работа сложная'],
      ['ru-public', 'Переговоры не могут вестись публично'],
    ],
  },
  {
    lang: 'ru',
    about: 'Кремль о Крыме и НАТО',
    quotes: [
      ['ru-crimea', 'Вопрос Крыма закрыт раз и навсегда'],
      ['ru-crimea', 'Вопрос о Крыме закрыт окончательно и навсегда'],
      ['ru-nato', 'Украина не должна вступать в НАТО, это наше принципиальное требование'],
      ['ru-nato', 'Принципиальное требование России — Украина не вступает в НАТО'],
      ['ru-nato', 'Это наше принципиальное требование: Украина не должна стать членом НАТО'],
      [
        'ru-regions',
        'Четыре региона являются частью Российской Федерации, это закреплено в Конституции',
      ],
    ],
  },
  {
    lang: 'ru',
    about: 'Ушаков о визите Уиткоффа',
    quotes: [
      ['ru-visit', 'Уиткофф приедет в Москву на этой неделе'],
      ['ru-visit', 'Уиткофф прибудет в Москву уже на этой неделе'],
      ['ru-visit', 'На этой неделе Уиткофф посетит Москву'],
      ['ru-meeting', 'Встреча Уиткоффа с Путиным пока не запланирована'],
      ['ru-contacts', 'Контакты с американцами продолжаются на разных уровнях'],
    ],
  },
  {
    lang: 'ru',
    about: 'Ремчуков о Курской области',
    quotes: [
      [
        'ru-kursk',
        'Когда освободят оставшиеся полпроцента, войска могут остановиться там, где их застанет эта новость',
      ],
      [
        'ru-kursk',
        'Как только освободят последние полпроцента, войска остановятся там, где их застанет новость',
      ],
      ['ru-trump', 'Трамп, как считается, это понимает благодаря Уиткоффу'],
      ['ru-trump', 'Считается, что Трамп понимает это благодаря Уиткоффу'],
      [
        'ru-100',
        'Он надеется гордо объявить, что выполнил миротворческую миссию за первые сто дней',
      ],
    ],
  },
  {
    lang: 'ru',
    about: 'Лавров о переговорах; обманки с общими словами',
    quotes: [
      [
        'ru-lavrov',
        'Мы готовы к переговорам, но без учёта реалий на земле договориться невозможно',
      ],
      [
        'ru-lavrov',
        'Россия готова к переговорам, однако договориться без учета реалий на земле не получится',
      ],
      ['ru-lavrov-west', 'Запад должен понять, что на земле сложились новые реалии'],
      ['ru-lavrov-sanctions', 'Санкции не заставят Россию изменить свою позицию'],
    ],
  },
  {
    lang: 'uk',
    about: 'Зеленський про Крим',
    quotes: [
      [
        'uk-crimea',
        'Україна не визнаватиме окупацію Криму. Це наша територія, територія українського народу',
      ],
      ['uk-crimea', 'Тут немає про що говорити. Це наша територія, територія народу України'],
      ['uk-crimea', 'Україна юридично не визнаватиме окупацію Криму. Немає про що говорити'],
      [
        'uk-format',
        'Щойно починаються розмови про Крим, переговори переходять у формат, який хоче Росія',
      ],
      ['uk-army', 'Наша армія тримає фронт, і ми не віддамо жодного метра нашої землі'],
    ],
  },
  {
    lang: 'uk',
    about: 'Сибіга про тиск на Київ',
    quotes: [
      [
        'uk-pressure',
        'Зараз на Київ чиниться великий тиск, щоб ми поступилися заради перемоги Трампа',
      ],
      [
        'uk-pressure',
        'На Київ зараз тиснуть, аби ми йшли на поступки, щоб Трамп міг оголосити перемогу',
      ],
      [
        'uk-pressure',
        'Зараз на Київ великий тиск, аби ми поступилися, щоб Трамп оголосив перемогу',
      ],
      [
        'uk-partners',
        'Ми вдячні партнерам за підтримку, але рішення про нашу землю ухвалює тільки Україна',
      ],
      [
        'uk-partners',
        'Ми вдячні партнерам, проте рішення щодо нашої землі ухвалюватиме лише Україна',
      ],
      ['uk-victory', 'Перемога України — це справедливий мир, а не поступки агресору'],
    ],
  },
  {
    lang: 'uk',
    about: 'Умєров про переговори в Лондоні',
    quotes: [
      ['uk-london', 'У Лондоні ми обговоримо з партнерами всі пропозиції щодо миру'],
      ['uk-london', 'Усі мирні пропозиції ми обговоримо з партнерами в Лондоні'],
      ['uk-ceasefire', 'Ми готові до повного припинення вогню на суші, у повітрі та на морі'],
      ['uk-ceasefire', 'Україна готова до повного припинення вогню в повітрі, на морі та на суші'],
      ['uk-guarantees', 'Без гарантій безпеки жодне припинення вогню не буде тривалим'],
    ],
  },
  {
    lang: 'uk',
    about: 'Буданов про Курщину; обманки з тими самими назвами',
    quotes: [
      ['uk-kursk', 'Ситуація на Курщині складна, але не критична'],
      ['uk-kursk', 'На Курщині ситуація складна, проте не критична'],
      ['uk-kursk-troops', 'Наші війська на Курщині виконують поставлені завдання'],
      [
        'uk-kursk-russia',
        'Росія перекинула на Курщину додаткові сили, зокрема північнокорейських військових',
      ],
    ],
  },
];
