import { describe, expect, it } from 'vitest';
import type { Quote } from '../../../shared/quote';
import { DomainError } from '../errors';
import { findClosest, makeAnchor, verifyQuote } from './anchor';
import { ftText, makeArticle } from './test-articles';

const passage = 'Putin is ready to give up some of his territorial claims';

function pinned(text: string, exact = passage): Quote {
  const start = text.indexOf(exact);
  const anchor = makeAnchor(text, start, start + exact.length);
  const article = makeArticle(text);
  return {
    ...anchor,
    id: 'Q1',
    articleId: article.id,
    folder: article.folder,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    url: article.url,
    hash: article.hash,
    speaker: null,
    tags: [],
    note: '',
    grade: null,
    status: 'ok',
    statusReason: null,
    closest: null,
    checkedAt: null,
    movedAt: null,
    createdAt: '',
    updatedAt: '',
  };
}

function code(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? `${error.code}: ${error.message}` : 'other';
  }
  return 'no error';
}

describe('anchoring a selection', () => {
  it('keeps the exact text, 32 characters of context each side, and the offsets', () => {
    const start = ftText.indexOf(passage);
    const anchor = makeAnchor(ftText, start, start + passage.length);
    expect(anchor.exact).toBe(passage);
    expect(anchor.prefix).toBe(ftText.slice(start - 32, start));
    expect(anchor.prefix).toHaveLength(32);
    expect(anchor.suffix).toBe(' – in particular, parts of four ');
    expect([anchor.start, anchor.end]).toEqual([start, start + passage.length]);
  });

  it('trims whitespace the selection caught at either end', () => {
    const text = 'Kyiv said:   no concessions.  Then it left.';
    const anchor = makeAnchor(text, 10, 30);
    expect(anchor).toMatchObject({
      exact: 'no concessions.',
      start: 13,
      end: 28,
      prefix: 'Kyiv said:   ',
      suffix: '  Then it left.',
    });
  });

  it.each([
    [-1, 5, /invalid-input: A quote cannot start before the text/],
    [5, 5, /invalid-input: The selection 5–5 is empty/],
    [9, 4, /invalid-input: The selection 9–4 is empty/],
    [0, 999, /invalid-input: The selection ends at 999, beyond the article's 19 characters/],
    [5, 9, /invalid-input: The selection holds only whitespace/],
    [0.5, 3, /invalid-input: Quote offsets must be whole numbers/],
  ])('rejects the selection %d–%d with a clear message', (start, end, message) => {
    expect(code(() => makeAnchor('Kyiv.    \n  Moscow.', start, end))).toMatch(message);
  });
});

describe('verifying a quote', () => {
  it('is ok while the article is unchanged', () => {
    const quote = pinned(ftText);
    expect(verifyQuote(quote, makeArticle(ftText))).toEqual({
      id: 'Q1',
      status: 'ok',
      reason: null,
    });
  });

  it('follows the passage when text is added before it', () => {
    const quote = pinned(ftText);
    const edited = `Updated at 18:00 with comment from the Kremlin.\n\n${ftText}`;
    const result = verifyQuote(quote, makeArticle(edited));
    expect(result.status).toBe('moved');
    expect(result.moved?.start).toBe(edited.indexOf(passage));
    expect(result.moved?.hash).toBe(makeArticle(edited).hash);
    expect(edited.slice(result.moved?.start, result.moved?.end)).toBe(passage);
  });

  it('marks a quote lost when its passage was reworded, showing the closest passage and a diff', () => {
    const quote = pinned(ftText);
    const reworded = ftText.replace(
      passage,
      'Putin may be willing to give up some of his territorial claims',
    );
    const result = verifyQuote(quote, makeArticle(reworded));
    expect(result.status).toBe('lost');
    expect(result.reason).toBe('the exact text is no longer in the article');
    expect(result.closest?.text).toContain('willing to give up some of his territorial claims');
    expect(result.closest?.similarity).toBeGreaterThan(0.7);
    expect(result.closest?.diff).toEqual(
      expect.arrayContaining([
        { kind: 'removed', text: expect.stringContaining('is ready') as string },
        { kind: 'added', text: expect.stringContaining('may be willing') as string },
      ]),
    );
  });

  it('never re-anchors to a look-alike sentence elsewhere in the same article', () => {
    // A relay rewords the original sentence and quotes the FT's wording further down, in another context.
    const quote = pinned(ftText);
    const relay = ftText
      .replace(passage, 'Putin could drop some of his territorial claims')
      .replace(
        'Kyiv is strongly against it',
        `Other outlets repeated that ${passage}, without naming sources.\n\nKyiv is strongly against it`,
      );
    expect(relay.split(passage)).toHaveLength(2);
    const result = verifyQuote(quote, makeArticle(relay));
    expect(result.status).toBe('lost');
    expect(result.reason).toMatch(/different context/);
    expect(result.moved).toBeUndefined();
  });

  it('marks a quote lost when its exact text now appears twice', () => {
    const quote = pinned(ftText);
    const doubled = `${ftText}\n\nRecap: according to the FT, ${passage} – in particular, parts of four regions.`;
    const result = verifyQuote(quote, makeArticle(doubled));
    expect(result.status).toBe('lost');
    expect(result.reason).toBe(
      'the exact text now appears 2 times, so it cannot be re-anchored safely',
    );
    expect(result.closest?.start).toBe(ftText.indexOf(passage));
  });

  it('marks a quote lost when its source file is missing', () => {
    expect(verifyQuote(pinned(ftText), null)).toEqual({
      id: 'Q1',
      status: 'lost',
      reason: 'source file missing',
      closest: null,
    });
  });

  it('treats a passage at the very start as moved only while it is still at the start', () => {
    const text = 'No concessions to the aggressor, Kyiv said on Tuesday.';
    const quote = pinned(text, 'No concessions to the aggressor');
    expect(verifyQuote(quote, makeArticle(`${text} More follows.`)).status).toBe('moved');
    expect(
      verifyQuote(quote, makeArticle(`Headline. No concessions to the aggressor!`)).status,
    ).toBe('lost');
  });
});

describe('finding the closest passage', () => {
  it('finds a reworded sentence in a long article', () => {
    const filler = ftText.replace(passage, 'Moscow restated its demands');
    const long = `${filler.repeat(8)}\n\nPutin might give up a few of his territorial claims, sources said.\n\n${filler.repeat(8)}`;
    const closest = findClosest(passage, long);
    expect(closest?.text).toMatch(/^Putin might give up a few of his territorial claims/);
  });
});
