import type { OriginsSummary } from '../../../shared/origins';
import type { Handlers } from '../handlers';
import type { Session } from '../session/session';
import { applyDecisions } from './decisions';
import { listDecisions, planDecision, saveDecision } from './decision-store';

type SummaryHandler = Handlers['origins:summary'];

/** The analyst's decisions on origins: decision:make, and the summary with them laid over it. */
export type OriginDecisions = {
  handlers: Pick<Handlers, 'decision:make'>;
  /** origins:summary as decided, over `computed` (the summary the origins area computes). */
  over: (computed: SummaryHandler) => SummaryHandler;
};

/** Decisions stored in the session's open workspace, applied to every summary it answers. */
export function createOriginDecisions(session: Session): OriginDecisions {
  let computed: SummaryHandler | null = null;
  const decided = async (): Promise<OriginsSummary> => {
    if (!computed) throw new Error('The origins summary is not wired to the decisions.');
    return applyDecisions(await computed({}), listDecisions(session.workspace()));
  };
  return {
    handlers: {
      'decision:make': async (request) => {
        const ws = session.current();
        const plan = planDecision(await decided(), request);
        saveDecision(ws, plan, new Date().toISOString());
        session.edited('origins');
        return decided();
      },
    },
    over(next) {
      computed = next;
      return decided;
    },
  };
}
