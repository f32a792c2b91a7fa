import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/article';
import type { OriginsSummary } from '../../../shared/origins';
import { makeArticleMeta } from '../../../shared/testing/article-fixtures';
import type { IndexedDocuments } from '../search/indexed-docs';
import { createCorroboration } from './corroboration';
import { createPassageIndex } from './passage-index';
import { preparePassage } from './passage-match';

const quote = 'Moscow could relinquish its claims to four partly occupied regions';

/** Documents the test edits in place; `reads` counts the texts the index asked for. */
function docsOf(texts: Record<string, string>) {
  const metas = new Map<string, ArticleMeta>();
  const set = (id: string, text: string) => {
    texts[id] = text;
    metas.set(
      id,
      makeArticleMeta({
        id,
        path: `${id}.txt`,
        title: id,
        outlet: `Outlet ${id}`,
        hash: `${id}:${text.length}`,
      }),
    );
  };
  for (const [id, text] of Object.entries(texts)) set(id, text);
  const reads: string[] = [];
  const docs: IndexedDocuments = {
    documents: () => metas.values(),
    meta: (id) => metas.get(id) ?? null,
    text: (id) => {
      reads.push(id);
      return texts[id] ?? null;
    },
  };
  return { docs, reads, set, remove: (id: string) => metas.delete(id) };
}

const summary = (groups: [string | null, string[]][]): OriginsSummary => ({
  articles: groups.flatMap(([, ids]) => ids).length,
  independentOrigins: groups.length,
  groups: groups.map(([origin, articleIds]) => ({ origin, articleIds })),
  origins: Object.fromEntries(groups.flatMap(([origin, ids]) => ids.map((id) => [id, origin]))),
});

describe('the passage index', () => {
  it('offers as candidates only articles sharing enough of the quote’s words', () => {
    const { docs } = docsOf({
      a: `Officials said ${quote}, three people said.`,
      b: 'The weather in Moscow was cold, and markets were closed for the holiday.',
    });
    const index = createPassageIndex(docs);
    index.sync();
    expect(index.candidates(preparePassage(quote))).toEqual(['a']);
  });

  it('does not offer an article that shares only the words every article has', () => {
    const common = 'company said shares profit quarter year';
    const texts: Record<string, string> = {
      carrier: `The company said Zorblatt Kwenta merger talks ended, shares fell.`,
      common: `The ${common} rose.`,
    };
    for (let i = 0; i < 20; i++) texts[`filler${i}`] = `Filler ${i}: the ${common} moved.`;
    const index = createPassageIndex(docsOf(texts).docs);
    index.sync();
    // 3 of the quote's 6 content stems are in "common" too, but not its rare ones.
    expect(
      index.candidates(preparePassage('The company said Zorblatt Kwenta talks shares')),
    ).toEqual(['carrier']);
  });

  it('reads only the articles whose text changed, and forgets removed ones', () => {
    const d = docsOf({ a: `${quote}.`, b: 'Nothing to see here.' });
    const index = createPassageIndex(d.docs);
    index.sync();
    expect(d.reads.sort()).toEqual(['a', 'b']);

    d.reads.length = 0;
    d.set('b', `Later: ${quote}.`);
    d.remove('a');
    index.sync();
    expect(d.reads).toEqual(['b']);
    expect(index.candidates(preparePassage(quote))).toEqual(['b']);
  });
});

describe('createCorroboration', () => {
  const corpus = {
    own: `A relay: ${quote}, the FT reported.`,
    relay: `Another relay. Moscow could give up its claims to four partly occupied regions, the FT said.`,
    wire: `Reuters: ${quote.toUpperCase()}!`,
    decoy: 'Moscow claims four regions; Kyiv says it will never give them up.',
  };

  it('counts the articles of one relay group once, and each group once', async () => {
    const { docs } = docsOf({ ...corpus });
    const c = createCorroboration({
      docs,
      origins: () =>
        Promise.resolve(
          summary([
            ['Financial Times', ['own', 'relay']],
            ['Reuters', ['wire']],
            [null, ['decoy']],
          ]),
        ),
    });
    const result = await c.ofPassage(quote, 'own');
    expect(result.articles.map((a) => [a.articleId, a.match, a.origin])).toEqual([
      ['own', 'exact', 'Financial Times'],
      ['wire', 'exact', 'Reuters'],
      ['relay', 'near', 'Financial Times'],
    ]);
    expect(result.independentOrigins).toBe(2);
    expect(result.origins).toEqual(['Financial Times', 'Reuters']);
    expect(result.quoteOrigin).toEqual({ kind: 'relay', outlet: 'Financial Times' });
  });

  it('names an own-reporting origin by its outlet, and counts an article no group holds as its own', async () => {
    const { docs } = docsOf({ ...corpus });
    const c = createCorroboration({
      docs,
      origins: () => Promise.resolve(summary([[null, ['wire']]])),
    });
    const result = await c.ofPassage(quote, 'wire');
    expect(result.quoteOrigin).toEqual({ kind: 'own' });
    expect(result.independentOrigins).toBe(3);
    expect(result.originNames[0]).toBe('Outlet wire (own reporting)');
  });
});
