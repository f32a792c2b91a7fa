import { useMemo } from 'react';
import type { ArticleView } from '../../../shared/article';
import type { ArticleOriginView } from '../../../shared/origins';
import type { AttributionRange } from '../../lib/article-segments';
import { plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';

const noSpans: AttributionRange[] = [];

/**
 * The open article's attribution spans that still match its text: the origins analysis may have
 * read an older version of the file, and a span that no longer says its cue marks nothing.
 */
export function useAttributionMarks(article: ArticleView | null): {
  view: ArticleOriginView | null;
  spans: AttributionRange[];
} {
  const stored = useAppStore((s) => s.originsArticle);
  const view = article && stored?.id === article.id ? stored : null;
  const spans = useMemo(() => {
    if (!view || !article) return noSpans;
    const matching = view.attributions.filter((a) => article.text.slice(a.start, a.end) === a.cue);
    return matching.length === 0 ? noSpans : matching;
  }, [view, article]);
  return { view, spans };
}

/** "Relays Financial Times · also cites … · group of 4": who the open article relays, and a way to its group. */
export function ArticleOrigin({
  view,
  marked,
  onToggleMarks,
}: {
  view: ArticleOriginView;
  marked: boolean;
  onToggleMarks: (on: boolean) => void;
}) {
  const showSidePane = useAppStore((s) => s.showSidePane);
  const openOriginGroup = useAppStore((s) => s.openOriginGroup);
  const showGroup = () => {
    showSidePane('origins');
    void openOriginGroup(view.id);
  };
  const credits = view.attributions.filter((a) => a.kind === 'credit').length;
  return (
    <div className="reader-origin" role="group" aria-label="Origin">
      <span className="origin-main">
        {view.origin ? (
          <>
            Relays <strong>{view.origin}</strong>
          </>
        ) : (
          <strong>Own reporting</strong>
        )}
        {view.computedOrigin !== undefined && (
          <span className="origin-decided" title="Your decision; the computation said otherwise">
            {' '}
            (your decision; computed: {view.computedOrigin ?? 'own reporting'})
          </span>
        )}
      </span>
      {view.also.length > 0 && <span>also cites {view.also.join(', ')}</span>}
      {view.anonymous > 0 && <span>{plural(view.anonymous, 'anonymous source')}</span>}
      {credits > 0 && <span>{plural(credits, 'photo/wire credit')} (not origins)</span>}
      <button type="button" className="link-button" onClick={showGroup}>
        {view.group.length > 1 ? `Relay group of ${view.group.length}` : 'Origin details'}
      </button>
      <label className="origin-marks-toggle">
        <input
          type="checkbox"
          checked={marked}
          onChange={(event) => onToggleMarks(event.target.checked)}
        />
        Mark attributions
      </label>
    </div>
  );
}
