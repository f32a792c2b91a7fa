import type { Quote } from '../quote';

/** A pinned quote for tests; pass fields to change. */
export function makeQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    id: 'Q1',
    articleId: 'seeds:004.txt',
    folder: '/app/seeds',
    path: '004.txt',
    title: 'Putin won’t give up territories',
    outlet: 'Reuters',
    published: '2024-11-20',
    url: null,
    exact: 'Crimea is not up for discussion.',
    prefix: '',
    suffix: ' The land bridge',
    start: 0,
    end: 32,
    hash: 'abc',
    speaker: null,
    tags: [],
    note: '',
    grade: null,
    status: 'ok',
    statusReason: null,
    closest: null,
    checkedAt: '2025-05-01T10:00:00.000Z',
    movedAt: null,
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-01T10:00:00.000Z',
    ...overrides,
  };
}
