export { makeAnchor, verifyQuote, findClosest, similarity, diffParts } from './anchor';
export { formatCitation } from './citation';
export { quoteHistory } from './history';
export { quotesAs, quotesToCsv, quotesToJson, runQuotesCommand, csvColumns } from './export';
export {
  pinQuote,
  listQuotes,
  getQuote,
  updateQuote,
  deleteQuote,
  verifyAll,
  quoteEvents,
} from './quotes';
export type { QuoteEvent } from './quotes';
