import { quotesExportFileName } from '../../../shared/quote';
import { DomainError } from '../errors';
import type { AreaHandlers, HostHooks } from '../handlers';
import { settle } from '../handlers';
import { writeFileAtomic } from '../platform/atomic-write';
import type { SearchLibrary } from '../search/library-types';
import type { Session } from '../session/session';
import { formatCitation } from './citation';
import { quotesAs } from './export';
import { quoteHistory } from './history';
import { deleteQuote, getQuote, listQuotes, pinQuote, updateQuote } from './quotes';
import type { Verifier } from './verifier';

/** quote:* — pinning exact passages, editing and checking them, and exporting the table. */
export function createQuoteHandlers(deps: {
  session: Session;
  library: SearchLibrary;
  verifier: Verifier;
  hostHooks: HostHooks;
}): AreaHandlers<'quote:'> {
  const { session, library, verifier, hostHooks } = deps;
  const exportOf = (format: 'csv' | 'json'): string =>
    quotesAs(format, listQuotes(session.current()));
  return {
    'quote:pin': async ({ articleId, start, end, ...fields }) => {
      session.current();
      const article = await library.getArticle(articleId);
      if (!article) throw new DomainError('not-found', `No article with id ${articleId}.`);
      const pinned = pinQuote(session.current(), article, start, end, fields);
      if (!pinned.existing) session.edited('quotes');
      return pinned;
    },
    'quote:list': () => settle(() => listQuotes(session.current())),
    'quote:update': ({ id, ...patch }) =>
      settle(() => {
        const ws = session.current();
        const before = ws.lastEditId();
        const quote = updateQuote(ws, id, patch);
        // An update that changes nothing records no edit and needs no refresh.
        if (ws.lastEditId() !== before) session.edited('quotes');
        return quote;
      }),
    'quote:delete': ({ id }) =>
      settle(() => {
        const quote = deleteQuote(session.current(), id);
        session.edited('quotes');
        return quote;
      }),
    'quote:verify': () => verifier.verify(),
    'quote:history': ({ id }) => settle(() => quoteHistory(session.current(), id)),
    'quote:citation': ({ id }) => settle(() => formatCitation(getQuote(session.current(), id))),
    'quote:export': ({ format }) => settle(() => exportOf(format)),
    'quote:save-export': async ({ format }) => {
      const suggested = quotesExportFileName(session.state().name, format);
      const file = await hostHooks.pickExportFile?.(format, suggested);
      if (!file) return null;
      await writeFileAtomic(file, exportOf(format));
      return file;
    },
  };
}
