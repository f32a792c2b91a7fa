import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { configureBuilder } from '../language';
import { parseQuery, requireAllWords } from './parse-query';
import { containsPhrase } from './phrase';
import { runQuery } from './run-query';
import type { Field } from './types';

const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../seeds');

type Doc = { id: string; title: string; body: string; outlet: string };

// Outlet names are made up for the test; the seeds carry none in a structured form.
const seeds: Doc[] = readdirSync(seedsDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name, i) => {
    const [title = '', ...rest] = readFileSync(join(seedsDir, name), 'utf8').split('\n');
    return {
      id: name.slice(0, 3),
      title,
      body: rest.join('\n'),
      outlet: `Outlet ${'ABCDE'[i] ?? i}`,
    };
  });

function build(docs: Doc[]): lunr.Index {
  return lunr(function () {
    configureBuilder(this);
    this.ref('id');
    this.field('title', { boost: 10 });
    this.field('body');
    this.field('outlet');
    for (const doc of docs) this.add(doc);
  });
}

const lookup =
  (docs: Doc[]) =>
  (ref: string, field: Field | null): string | undefined => {
    const doc = docs.find((d) => d.id === ref);
    if (doc === undefined) return undefined;
    return field === null ? `${doc.title}\n${doc.body}\n${doc.outlet}` : doc[field];
  };

const index = build(seeds);
const getText = lookup(seeds);
const refs = (query: string, withText = true): string[] =>
  runQuery(index, parseQuery(query), withText ? { getText } : {})
    .map((r) => r.ref)
    .sort();

describe('runQuery over the seed articles', () => {
  it('has the five seed articles to search', () => {
    expect(seeds.map((d) => d.id)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('finds Crimea in every seed article', () => {
    expect(refs('Crimea')).toEqual(['000', '001', '002', '003', '004']);
  });

  it('finds the "land bridge" only in the Reuters relay', () => {
    expect(refs('"land bridge"')).toEqual(['004']);
  });

  it('tells "Easter truce" from "Eastern truce"', () => {
    expect(refs('"Easter truce"')).toEqual(['000']);
    expect(refs('"Eastern truce"')).toEqual(['002']);
  });

  it('keeps only articles where the phrase words are adjacent, given the texts', () => {
    expect(refs('"peace deal"')).toEqual(['000', '001', '002', '003']);
    // Without texts lunr can only require both words; 004 has "peace" and "deal" apart.
    expect(refs('"peace deal"', false)).toEqual(['000', '001', '002', '003', '004']);
  });

  it('checks phrases as exact words, stop words included', () => {
    expect(containsPhrase(seeds[0]?.body ?? '', ['Easter', 'truce'])).toBe(true);
    expect(refs('"the land bridge"')).toEqual(['004']);
    expect(refs('"a land bridge"')).toEqual([]);
  });

  it('excludes articles with -word and requires +word', () => {
    expect(refs('Crimea -Reuters')).toEqual(['002', '003']);
    expect(refs('Crimea +Zaporizhzhia')).toEqual(['000', '004']);
    expect(refs('+Trump +Zaporizhzhia -Reuters')).toEqual([]);
  });

  it('excludes articles containing an excluded phrase, not just its words', () => {
    expect(refs('Putin -"land bridge"')).toEqual(['000', '001', '002', '003']);
    expect(refs('Putin -"bridge land"')).toEqual(['000', '001', '002', '003', '004']);
  });

  it('scopes a word to a field', () => {
    expect(refs('ceasefire')).toEqual(['001', '003', '004']);
    expect(refs('title:ceasefire')).toEqual(['004']);
    expect(refs('title:Putin')).toEqual(['000', '001', '002', '003', '004']);
    expect(refs('outlet:"Outlet C"')).toEqual(['002']);
    expect(refs('title:"land bridge"')).toEqual([]);
  });

  it('ranks an article with the word in its title above one with it only in the body', () => {
    const results = runQuery(index, parseQuery('ceasefire'), { getText });
    expect(results[0]?.ref).toBe('004');
  });

  it('finds stemmed variants of a plain word', () => {
    expect(refs('negotiate')).toEqual(['000', '001', '002', '003', '004']);
    expect(refs('freeze')).toEqual(['002', '004']);
  });

  it('matches prefixes against stemmed terms', () => {
    expect(refs('negotiat*')).toEqual(['000', '001', '002', '003', '004']);
    expect(refs('negotiation*')).toEqual(['000', '001', '002', '003', '004']);
    expect(refs('freez*')).toEqual(['002', '004']);
    // 001 spells it "Zaporizhia"; a prefix catches both spellings.
    expect(refs('Zaporiz*')).toEqual(['000', '001', '004']);
  });

  it('matches fuzzy spellings', () => {
    expect(refs('Zelenskyy')).toEqual(['000', '004']);
    expect(refs('Zelensky')).toEqual(['001', '002', '003']);
    expect(refs('Zelensky~1')).toEqual(['000', '001', '002', '003', '004']);
    expect(refs('Zelenskyy~1')).toEqual(['000', '001', '002', '003', '004']);
  });

  it('returns nothing, without throwing, for unusable queries', () => {
    for (const query of ['', 'the of', '-Reuters', '***', 'title:', '"', 'Crimea +zzzqqq']) {
      expect(refs(query)).toEqual([]);
    }
  });

  it('returns nothing for a field the index does not have', () => {
    const bare = lunr(function () {
      configureBuilder(this);
      this.ref('id');
      this.field('body');
      this.add({ id: 'x', body: 'Crimea' });
    });
    expect(runQuery(bare, parseQuery('title:Crimea'))).toEqual([]);
    expect(runQuery(bare, parseQuery('+title:Crimea body:Crimea'))).toEqual([]);
    expect(runQuery(bare, parseQuery('Crimea')).map((r) => r.ref)).toEqual(['x']);
  });
});

describe('the all-words-first policy', () => {
  it('finds only articles with every word when some have them all', () => {
    const typed = parseQuery('Zaporizhzhia Witkoff');
    expect(refs(typed.text)).toEqual(['000', '001', '002', '003', '004']);
    const strict = requireAllWords(typed);
    expect(strict).not.toBeNull();
    if (strict) expect(runQuery(index, strict, { getText }).map((r) => r.ref)).toEqual(['000']);
  });

  it('finds nothing strictly when no article has every word, so the engine can relax', () => {
    const strict = requireAllWords(parseQuery('"land bridge" Witkoff'));
    expect(strict && runQuery(index, strict, { getText })).toEqual([]);
    expect(refs('"land bridge" Witkoff')).toEqual(['000', '001', '002', '003', '004']);
  });
});

describe('runQuery over Cyrillic text', () => {
  const docs: Doc[] = [
    {
      id: 'ru',
      title: 'Переговоры о мире',
      body: 'Кремль отверг предложение о заморозке конфликта.',
      outlet: 'ТАСС',
    },
    {
      id: 'uk',
      title: 'Війна триває',
      body: 'Пам’ять про загиблих живе. Зеленський відкинув пропозицію.',
      outlet: 'УП',
    },
    { id: 'en', title: 'Talks', body: 'The Kremlin rejected the freeze.', outlet: 'BBC' },
  ];
  const cyr = build(docs);
  const find = (query: string): string[] =>
    runQuery(cyr, parseQuery(query), { getText: lookup(docs) })
      .map((r) => r.ref)
      .sort();

  it('finds a Russian text by another form of the word', () => {
    expect(find('переговорами')).toEqual(['ru']);
    expect(find('заморозка')).toEqual(['ru']);
    expect(find('кремля')).toEqual(['ru']);
  });

  it('finds a Ukrainian text by the exact word, whatever apostrophe is typed', () => {
    expect(find('війна')).toEqual(['uk']);
    expect(find("пам'ять")).toEqual(['uk']);
    expect(find('памʼять')).toEqual(['uk']);
    expect(find('Зеленський')).toEqual(['uk']);
  });

  it('supports phrases and prefixes in Cyrillic', () => {
    expect(find('"Війна триває"')).toEqual(['uk']);
    expect(find('"триває війна"')).toEqual([]);
    expect(find('зелен*')).toEqual(['uk']);
    expect(find('переговор*')).toEqual(['ru']);
  });
});

describe('robustness', () => {
  it('never throws on random input (fixed seed)', () => {
    let seed = 20250417;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = [
      'a',
      'e',
      'Z',
      'я',
      'ї',
      '’',
      "'",
      '"',
      '«',
      '*',
      '~',
      '^',
      '+',
      '-',
      ':',
      ' ',
      ' ',
      '\\',
      '(',
      ')',
      '🙂',
      '1',
      '2',
      '9',
      'title:',
      'body:',
      'x:',
      'Crimea',
      'land',
      'bridge',
      '.',
      '\u0000',
      '\u200b',
    ];
    for (let n = 0; n < 500; n++) {
      let input = '';
      const length = Math.floor(random() * 30);
      for (let k = 0; k < length; k++)
        input += alphabet[Math.floor(random() * alphabet.length)] ?? '';
      const parsed = parseQuery(input);
      expect(typeof parsed.text).toBe('string');
      const strict = requireAllWords(parsed);
      expect(() => runQuery(index, parsed, { getText })).not.toThrow();
      if (strict) expect(() => runQuery(index, strict, { getText })).not.toThrow();
      // Whatever the parser produced must parse back to the same thing.
      const again = parseQuery(parsed.text);
      expect({ terms: again.terms, phrases: again.phrases, text: again.text }).toEqual({
        terms: parsed.terms,
        phrases: parsed.phrases,
        text: parsed.text,
      });
    }
  });
});
