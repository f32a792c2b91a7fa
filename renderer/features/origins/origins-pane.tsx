import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatCount, plural } from '../../lib/format';
import { FoldedPane, FoldPaneButton } from '../../app/panes/folded-pane';
import { useAppStore } from '../../state/store-context';
import { GroupDetail } from './group-detail';
import { allGroups, groupsAmong, originName, type ListedGroup } from './origin-groups';
import './origins.css';

/** Groups listed at first; more on request, so a corpus of 20k own reports stays quick. */
const PAGE = 100;

type Scope = 'results' | 'all';

function GroupRow({
  listed,
  open,
  titles,
  onToggle,
}: {
  listed: ListedGroup;
  open: boolean;
  titles: Map<string, string>;
  onToggle: () => void;
}) {
  const { group, members } = listed;
  const total = group.articleIds.length;
  const shown = members
    .map((id) => titles.get(id))
    .filter(Boolean)
    .slice(0, 3);
  return (
    <button type="button" className="group-row" aria-expanded={open} onClick={onToggle}>
      <span className="group-origin">{originName(group.origin)}</span>
      <span className="group-count">
        {members.length === total
          ? plural(total, 'article')
          : `${members.length} of ${plural(total, 'article')}`}
      </span>
      {group.analyst && (
        <span className="group-decided" title={group.analyst.reason}>
          {group.analyst.confirmed ? 'confirmed' : 'your decision'}
        </span>
      )}
      {shown.length > 0 && (
        <span className="group-titles">
          {shown.join(' · ')}
          {members.length > shown.length ? ' …' : ''}
        </span>
      )}
    </button>
  );
}

/** The Origins pane: relay groups with counts and evidence, where the analyst confirms, splits and merges. */
export function OriginsPane() {
  const { summary, status, error, progress, groupOf, openId, evidence } = useAppStore(
    useShallow((s) => ({
      summary: s.originsSummary,
      status: s.originsStatus,
      error: s.originsError,
      progress: s.originsProgress,
      groupOf: s.originsGroupOf,
      openId: s.originsOpenGroup,
      evidence: s.originsEvidence,
    })),
  );
  const { hits, query, paneOpen } = useAppStore(
    useShallow((s) => ({ hits: s.searchHits, query: s.searchQuery, paneOpen: s.uiQuotesOpen })),
  );
  const openGroup = useAppStore((s) => s.openOriginGroup);
  const dismissError = useAppStore((s) => s.dismissOriginsError);
  const showSidePane = useAppStore((s) => s.showSidePane);
  const setPaneOpen = useAppStore((s) => s.setQuotesOpen);
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const [limit, setLimit] = useState(PAGE);

  const scope: Scope = chosenScope ?? (hits.length > 0 ? 'results' : 'all');
  const titles = useMemo(() => new Map(hits.map((h) => [h.id, h.title || h.path])), [hits]);
  const listed = useMemo(() => {
    if (!summary) return [];
    return scope === 'results' ? groupsAmong(summary, groupOf, hits) : allGroups(summary);
  }, [summary, groupOf, hits, scope]);
  const everyGroup = useMemo(() => (summary ? allGroups(summary) : []), [summary]);

  if (!paneOpen) {
    return (
      <FoldedPane
        label="Origins"
        strip={`Origins · ${summary ? summary.independentOrigins : '…'}`}
        unfoldLabel="Show origins"
        onUnfold={() => showSidePane('origins')}
      />
    );
  }

  const openIndex = openId === null ? undefined : groupOf[openId];
  const inScope = scope === 'results' ? listed.reduce((n, g) => n + g.members.length, 0) : 0;
  return (
    <aside className="origins-pane" aria-labelledby="origins-heading">
      <div className="panel-heading">
        <h2 id="origins-heading">Origins</h2>
        <FoldPaneButton label="Hide origins" onFold={() => setPaneOpen(false)} />
      </div>
      {progress && (
        <div className="origins-progress" role="status" aria-label="Origins progress">
          Analysing who relays whom… {formatCount(progress.done)} of {formatCount(progress.total)}
          <progress max={progress.total} value={progress.done} />
        </div>
      )}
      {error && (
        <div role="alert" className="error-banner">
          {error}{' '}
          <button type="button" className="link-button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {summary && (
        <>
          <p className="origins-total" aria-label="Origins count">
            {scope === 'results'
              ? `${plural(inScope, 'result')} · ${plural(listed.length, 'independent origin')}`
              : `${plural(summary.articles, 'article')} · ${plural(summary.independentOrigins, 'independent origin')}`}
          </p>
          <div className="origins-scope" role="radiogroup" aria-label="Which articles">
            {(['results', 'all'] as const).map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="origins-scope"
                  checked={scope === value}
                  disabled={value === 'results' && hits.length === 0}
                  onChange={() => {
                    setScope(value);
                    setLimit(PAGE);
                  }}
                />
                {value === 'results'
                  ? query
                    ? `Results for “${query}”`
                    : 'Results'
                  : 'Whole corpus'}
              </label>
            ))}
          </div>
          {summary.analyst && Object.keys(summary.analyst.articles).length > 0 && (
            <p className="origins-decided-note">
              Your decisions shape {plural(Object.keys(summary.analyst.articles).length, 'article')}
              ; computed:{' '}
              {plural(summary.analyst.computed.independentOrigins, 'independent origin')}.
            </p>
          )}
          <ul className="origin-groups" aria-label="Relay groups">
            {listed.slice(0, limit).map((item) => {
              const open = openIndex === item.index;
              return (
                <li key={item.index} className={open ? 'origin-group open' : 'origin-group'}>
                  <GroupRow
                    listed={item}
                    open={open}
                    titles={titles}
                    onToggle={() =>
                      void openGroup(open ? null : (item.group.articleIds[0] ?? null))
                    }
                  />
                  {open && (
                    <GroupDetail
                      listed={item}
                      evidence={evidence}
                      summary={summary}
                      others={everyGroup.filter((g) => g.index !== item.index)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
          {listed.length > limit && (
            <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
              Show {Math.min(PAGE, listed.length - limit)} more of {formatCount(listed.length)}{' '}
              groups
            </button>
          )}
        </>
      )}
      {!summary && status === 'loading' && !progress && <p className="group-loading">Analysing…</p>}
    </aside>
  );
}
