import type { QuoteStatus } from '../../shared/quote';

export type QuoteSort = 'pinned' | 'published' | 'outlet';

/** What the Quotes panel narrows and orders by; '' means "any". */
export type QuoteFilters = {
  text: string;
  tag: string;
  outlet: string;
  speaker: string;
  status: QuoteStatus | '';
  sort: QuoteSort;
};

export const noQuoteFilters: QuoteFilters = {
  text: '',
  tag: '',
  outlet: '',
  speaker: '',
  status: '',
  sort: 'pinned',
};
