import { settle, type Handlers } from '../handlers';
import type { Session } from '../session/session';
import { setVariantSet, variantTable } from './variants';

/** variants:list and variants:set — the shipped name variants and the analyst's own, kept in the workspace. */
export function createVariantHandlers(
  session: Session,
): Pick<Handlers, 'variants:list' | 'variants:set'> {
  return {
    'variants:list': () => settle(() => variantTable(session.workspace())),
    'variants:set': (request) =>
      settle(() => {
        const ws = session.current();
        // The push this raises gives the search library the new sets before anyone searches again.
        if (setVariantSet(ws, request)) session.edited('variants');
        return variantTable(ws);
      }),
  };
}
