import type { OutletCount, OutletDetail } from '../../../shared/outlets';
import { formatDate, formatCount } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { percent } from './outlet-list-view';

const counts = (list: OutletCount[]) =>
  list.length === 0
    ? '—'
    : list
        .slice(0, 5)
        .map((c) => `${c.outlet} (${formatCount(c.articles)})`)
        .join(', ');

/** Statistics derived from the corpus on every read: what the outlet published, relayed and was relayed by. */
export function OutletStatsView({ detail }: { detail: OutletDetail }) {
  const { stats } = detail;
  const rows: [string, string][] = [
    ['Articles', formatCount(stats.articles)],
    ['Published', formatCount(stats.asPublisher)],
    ['As origin', formatCount(stats.asOrigin)],
    ['As relay', formatCount(stats.asRelay)],
    ['First seen', stats.firstSeen ? formatDate(stats.firstSeen) : '—'],
    ['Last seen', stats.lastSeen ? formatDate(stats.lastSeen) : '—'],
    ['Relays most', counts(stats.relays)],
    ['Relayed by', counts(stats.relayedBy)],
    ['Anonymous sources', percent(stats.anonymousShare)],
    [
      'Corrections per 100',
      stats.correctionsPer100 === null ? '—' : stats.correctionsPer100.toFixed(1),
    ],
  ];
  return (
    <section className="outlet-section" aria-label="Statistics">
      <h4>Statistics</h4>
      <dl className="outlet-stats">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

const roleText = { publisher: 'published', origin: 'as origin', both: 'own report' } as const;

/** The articles it published or is the origin of; each opens in the reader. */
export function OutletArticles({ detail }: { detail: OutletDetail }) {
  const openArticle = useAppStore((s) => s.openArticle);
  return (
    <section className="outlet-section" aria-label="Its articles">
      <h4>Its articles ({formatCount(detail.articles.length)})</h4>
      {detail.articles.length === 0 ? (
        <p className="muted">No article in the corpus.</p>
      ) : (
        <ul className="outlet-articles" aria-label={`Articles of ${detail.name}`}>
          {detail.articles.map((article) => (
            <li key={article.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => void openArticle(article.id)}
              >
                {article.title || article.id}
              </button>
              <span className="muted">
                {' '}
                {[formatDate(article.published), roleText[article.role]]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
