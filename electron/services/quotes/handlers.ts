import { gradeOneRefusal } from '../../../shared/corroboration';
import { quotesExportFileName, type Quote } from '../../../shared/quote';
import { DomainError } from '../errors';
import type { AreaHandlers, HostHooks } from '../handlers';
import { settle } from '../handlers';
import { writeFileAtomic } from '../platform/atomic-write';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { formatCitation } from './citation';
import type { CorroborationService } from './corroboration';
import { quotesAs } from './export';
import { quoteHistory } from './history';
import { deleteQuote, getQuote, listQuotes, pinQuote, updateQuote } from './quotes';
import type { Verifier } from './verifier';

/** quote:* — pinning exact passages, editing and checking them, and exporting the table. */
export function createQuoteHandlers(deps: {
  session: Session;
  library: SearchLibrary;
  verifier: Verifier;
  corroboration: CorroborationService;
  hostHooks: HostHooks;
  /** Fills each quote's Admiralty pair from the outlets notebook; quotes go out as stored without it. */
  withReliability?: (quotes: Quote[]) => Promise<Quote[]>;
}): AreaHandlers<'quote:'> {
  const { session, library, verifier, corroboration, hostHooks } = deps;
  const withReliability = deps.withReliability ?? ((quotes: Quote[]) => Promise.resolve(quotes));
  /** Refuses grade 1 for a passage fewer than two independent origins carry, saying why. */
  const checkGradeOne = async (passage: string, articleId: string): Promise<void> => {
    const refusal = gradeOneRefusal(await corroboration.ofPassage(passage, articleId));
    if (refusal) throw new DomainError('conflict', refusal);
  };
  const listed = async (): Promise<Quote[]> => withReliability(listQuotes(session.current()));
  const exportOf = async (format: 'csv' | 'json'): Promise<string> =>
    quotesAs(format, await listed());
  return {
    'quote:pin': async ({ articleId, start, end, ...fields }) => {
      session.current();
      const article = await library.getArticle(articleId);
      if (!article) throw new DomainError('not-found', `No article with id ${articleId}.`);
      if (fields.grade === 1) await checkGradeOne(article.text.slice(start, end), article.id);
      const pinned = pinQuote(session.current(), article, start, end, fields);
      if (!pinned.existing) session.edited('quotes');
      return pinned;
    },
    'quote:list': listed,
    'quote:update': async ({ id, ...patch }) => {
      if (patch.grade === 1) {
        const quote = getQuote(session.current(), id);
        if (quote.grade !== 1) await checkGradeOne(quote.exact, quote.articleId);
      }
      return settle(() => {
        const ws = session.current();
        const before = ws.lastEditId();
        const quote = updateQuote(ws, id, patch);
        // An update that changes nothing records no edit and needs no refresh.
        if (ws.lastEditId() !== before) session.edited('quotes');
        return quote;
      });
    },
    'quote:delete': ({ id }) =>
      settle(() => {
        const quote = deleteQuote(session.current(), id);
        // Deleting a quote also removes it from the matrix cells it was evidence for.
        session.edited('quotes', 'matrix');
        return quote;
      }),
    'quote:verify': () => verifier.verify(),
    'quote:history': ({ id }) => settle(() => quoteHistory(session.current(), id)),
    'quote:corroboration': async ({ id }) => {
      const quote = getQuote(session.current(), id);
      return corroboration.ofPassage(quote.exact, quote.articleId);
    },
    'quote:citation': ({ id }) => settle(() => formatCitation(getQuote(session.current(), id))),
    'quote:export': ({ format }) => exportOf(format),
    'quote:save-export': async ({ format }) => {
      const suggested = quotesExportFileName(session.state().name, format);
      const file = await hostHooks.pickExportFile?.(format, suggested, 'Export quotes');
      if (!file) return null;
      await writeFileAtomic(file, await exportOf(format));
      return file;
    },
  };
}
