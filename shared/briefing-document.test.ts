import { describe, expect, it } from 'vitest';
import { briefingSchema, type Briefing } from './briefing';
import { buildBriefingDocument, defaultBriefing, type BriefingData } from './briefing-document';
import { makeQuote } from './testing/quote-fixtures';

const data: BriefingData = {
  quotes: [
    makeQuote({ id: 'Q1', status: 'ok', grade: 2 }),
    makeQuote({ id: 'Q2', status: 'unchecked', grade: null }),
    { ...makeQuote({ id: 'Q3', status: 'moved', grade: 3 }), reliability: { pair: 'B3' } },
  ],
  origins: null,
  outlets: null,
  matrix: null,
};

const briefing = (over: Partial<Briefing>): Briefing => ({
  ...defaultBriefing('Note', '2025-04-23'),
  sections: [],
  ...over,
});

describe('buildBriefingDocument', () => {
  it('numbers each quote once, in reading order, however often it is cited', () => {
    const doc = buildBriefingDocument(
      briefing({
        bottomLine: 'First [Q3], then [Q1] and [Q3] again.',
        judgments: [{ text: 'Likely so [Q1].', likelihood: 'likely', quoteIds: ['Q1', 'Q2'] }],
      }),
      data,
    );
    expect(doc.footnotes.map((f) => `${f.number}:${f.quoteId}`)).toEqual(['1:Q3', '2:Q1', '3:Q2']);
    expect(doc.bottomLine[0]).toEqual([
      { kind: 'text', text: 'First ' },
      { kind: 'cite', quoteId: 'Q3', footnote: 1 },
      { kind: 'text', text: ', then ' },
      { kind: 'cite', quoteId: 'Q1', footnote: 2 },
      { kind: 'text', text: ' and ' },
      { kind: 'cite', quoteId: 'Q3', footnote: 1 },
      { kind: 'text', text: ' again.' },
    ]);
    // The judgment cites Q1 inline already, so only Q2 is appended.
    expect(doc.judgments[0]?.paragraph.filter((r) => r.kind === 'cite')).toHaveLength(2);
    expect(doc.judgments[0]).toMatchObject({ likelihood: 'Likely', band: '55–80%' });
  });

  it.each([
    ['Q1', '?2', 'verified in its file', false],
    ['Q2', '??', 'UNVERIFIED — not yet checked against its file', true],
    ['Q3', 'B3', 'verified; the passage moved in its file and was re-anchored', false],
  ])('cites %s with pair %s and status "%s"', (id, pair, statusText, flagged) => {
    const doc = buildBriefingDocument(briefing({ bottomLine: `[${id}]` }), data);
    expect(doc.footnotes[0]).toMatchObject({ pair, statusText, flagged });
  });

  it('keeps an unknown id visible and reports it once', () => {
    const doc = buildBriefingDocument(
      briefing({
        bottomLine: 'See [Q99] and [Q99].',
        sections: [{ kind: 'key-quotes', quoteIds: ['Q42'] }],
      }),
      data,
    );
    expect(doc.bottomLine[0]?.filter((r) => r.kind === 'unknown-cite')).toHaveLength(2);
    expect(doc.footnotes).toEqual([]);
    expect(doc.problems).toEqual([
      '[Q99] in the bottom line cites no quote of this workspace.',
      '[Q42] in key quotes cites no quote of this workspace.',
    ]);
  });

  it('makes a default briefing of every quote, the matrix, origins and outlets, saying what is missing', () => {
    const doc = buildBriefingDocument(defaultBriefing('Talks', '2025-04-23'), data);
    expect(doc.sections.map((s) => s.kind)).toEqual(['matrix', 'key-quotes', 'origins', 'outlets']);
    expect(doc.footnotes.map((f) => f.quoteId)).toEqual(['Q1', 'Q2', 'Q3']);
    expect(doc.sections.map((s) => ('note' in s ? s.note : null))).toEqual([
      'The position matrix is not available for this export.',
      null,
      'Origins are not available for this export.',
      'Outlet grades are not available for this export.',
    ]);
    expect(doc.sources).toHaveLength(1);
    expect(doc.sources[0]?.quoteIds).toEqual(['Q1', 'Q2', 'Q3']);
  });
});

describe('briefingSchema', () => {
  it('accepts a default briefing and refuses an unknown likelihood word', () => {
    expect(briefingSchema.parse(defaultBriefing('Talks', '2025-04-23')).title).toBe('Talks');
    const bad = {
      ...defaultBriefing('Talks', '2025-04-23'),
      judgments: [{ text: 'x', likelihood: 'probable', quoteIds: [] }],
    };
    expect(briefingSchema.safeParse(bad).success).toBe(false);
  });
});
