import { outletKindLabels, type Outlet, type OutletDetail } from '../../../shared/outlets';
import { OutletDescription, OutletRestructure } from './outlet-edits';
import { OutletGrade } from './outlet-grade';
import { OutletRecord } from './outlet-record';
import { OutletArticles, OutletStatsView } from './outlet-stats';

/** One outlet: grade, description, track record, statistics, its articles, and restructuring. */
export function OutletDetailView({
  detail,
  outlets,
  onBack,
}: {
  detail: OutletDetail;
  outlets: Outlet[];
  onBack: () => void;
}) {
  // Keyed by what the service last answered: the forms start again from a fresh detail.
  const gradeKey = `${detail.name}:${detail.grade?.at ?? ''}:${detail.grade?.grade ?? ''}`;
  const describeKey = [
    detail.name,
    ...detail.aliases,
    detail.kind,
    detail.country,
    ...detail.domains,
    detail.notes,
  ].join('\u0000');
  return (
    <article className="outlet-detail" aria-labelledby="outlet-detail-heading">
      <button type="button" className="link-button outlet-back" onClick={onBack}>
        ‹ All outlets
      </button>
      <h3 id="outlet-detail-heading">{detail.name}</h3>
      <p className="muted outlet-kind-line">
        {outletKindLabels[detail.kind]}
        {detail.country ? ` · ${detail.country}` : ''}
        {detail.source === 'analyst' ? ' · added by you' : ''}
        {detail.aliases.length > 0 ? ` · also ${detail.aliases.join(', ')}` : ''}
      </p>
      <OutletGrade key={gradeKey} detail={detail} />
      <OutletStatsView detail={detail} />
      <OutletRecord detail={detail} />
      <OutletArticles detail={detail} />
      <OutletDescription key={describeKey} detail={detail} />
      <OutletRestructure
        key={detail.name}
        detail={detail}
        others={outlets.filter((o) => o.name !== detail.name)}
      />
    </article>
  );
}
