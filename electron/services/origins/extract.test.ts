import { describe, expect, it } from 'vitest';
import { createAliasTable } from './aliases';
import { extractAttributions } from './extract';

const aliases = createAliasTable();
const spans = (text: string) =>
  extractAttributions(text, aliases).map((a) => [a.kind, a.outlet, a.cue] as const);

describe('attribution extraction', () => {
  it.each([
    ['According to the FT, talks stalled.', ['relays', 'Financial Times', 'According to the FT']],
    [
      'The Financial Times reports this.',
      ['relays', 'Financial Times', 'The Financial Times reports'],
    ],
    ['Peskov told Reuters on Monday.', ['relays', 'Reuters', 'told Reuters']],
    ['Source: Reuters\nText.', ['relays', 'Reuters', 'Source: Reuters']],
    [
      'as first reported by Bloomberg News.',
      ['relays', 'Bloomberg', 'as first reported by Bloomberg News'],
    ],
    [
      'Peskov, in a commentary to RIA Novosti, said no.',
      ['relays', 'RIA Novosti', 'in a commentary to RIA Novosti'],
    ],
    ['KYIV (AP) — Strikes resumed.', ['relays', 'Associated Press', '(AP)']],
    ['Об этом сообщает ТАСС.', ['relays', 'TASS', 'сообщает ТАСС']],
    ['По данным РИА Новости, встреча прошла.', ['relays', 'RIA Novosti', 'По данным РИА Новости']],
    ['Об этом пишет Reuters.', ['relays', 'Reuters', 'пишет Reuters']],
    ['Про це повідомляє Укрінформ.', ['relays', 'Ukrinform', 'повідомляє Укрінформ']],
    ['За даними Reuters, зустріч відбулася.', ['relays', 'Reuters', 'За даними Reuters']],
    ['Агентство заявило со ссылкой на Рейтер.', ['relays', 'Reuters', 'со ссылкой на Рейтер']],
  ])('finds the relay in %j', (text, want) => {
    expect(spans(text)).toContainEqual(want);
  });

  it('keeps photo and wire-picture credits as credits, never relays', () => {
    expect(spans('Vladimir Putin. Photo: Jim Watson / AFP')).toEqual([
      ['credit', 'AFP', 'Photo: Jim Watson / AFP'],
    ]);
    expect(spans('Vladimir Putin, Photo: Reuters')).toEqual([
      ['credit', 'Reuters', 'Photo: Reuters'],
    ]);
    expect(spans('Фото: Reuters')).toEqual([['credit', 'Reuters', 'Фото: Reuters']]);
  });

  it('does not take an outlet mentioned as a subject for an attribution', () => {
    expect(spans('Reuters journalists were turned away at the border.')).toEqual([]);
    expect(spans('He questioned the authenticity of the FT article.')).toEqual([]);
    expect(spans('Журналистов Reuters не пустили на границу.')).toEqual([]);
  });

  it('counts anonymous sourcing and named speakers, with offsets into the text', () => {
    const text = 'Source: Reuters, citing five sources familiar with the talks. Zelensky said no.';
    const found = extractAttributions(text, aliases);
    expect(found.map((a) => a.kind)).toEqual(['relays', 'anonymous', 'statement']);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.cue);
  });

  it('resolves the outlet through an edited alias table', () => {
    const edited = createAliasTable([{ name: 'Example Wire', aliases: ['EW'] }]);
    expect(extractAttributions('according to EW, it rained', edited)[0]?.outlet).toBe(
      'Example Wire',
    );
  });
});
