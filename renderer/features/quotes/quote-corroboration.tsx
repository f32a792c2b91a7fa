import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  corroborationLine,
  quoteOriginLabel,
  type Corroboration,
} from '../../../shared/corroboration';
import type { Quote } from '../../../shared/quote';
import { isCurrent } from '../../state/corroboration-slice';
import { useAppStore } from '../../state/store-context';

function CarryingArticles({ corroboration }: { corroboration: Corroboration }) {
  if (corroboration.articles.length === 0) return null;
  return (
    <details className="quote-carriers">
      <summary>Which articles</summary>
      <p className="quote-carriers-origins">
        Independent origins: {corroboration.originNames.join(', ') || 'none'}
      </p>
      <ul>
        {corroboration.articles.map((a) => (
          <li key={a.articleId} title={a.path}>
            {a.outlet ?? 'Unknown outlet'} — {a.title || a.path}{' '}
            <span className="quote-carrier-match">
              ({a.match === 'exact' ? 'same words' : `near, ${Math.round(a.similarity * 100)}%`}
              {a.origin ? `, via ${a.origin}` : ', own reporting'})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Beside a quote: its article's origin and how many articles and independent origins carry it. */
export function QuoteCorroboration({ quote }: { quote: Quote }) {
  const { entry, generation, load } = useAppStore(
    useShallow((s) => ({
      entry: s.corroborationById[quote.id],
      generation: s.corroborationGeneration,
      load: s.loadCorroboration,
    })),
  );
  const current = isCurrent(entry, quote, generation);
  useEffect(() => {
    if (!current) void load(quote);
  }, [current, load, quote]);

  const label = `Corroboration of ${quote.id}`;
  if (!entry) {
    return (
      <div className="quote-corroboration pending" aria-label={label}>
        Counting origins…
      </div>
    );
  }
  if (!entry.value) {
    return (
      <div className="quote-corroboration error" aria-label={label}>
        Could not count origins: {entry.error}
      </div>
    );
  }
  return (
    <div className="quote-corroboration" aria-label={label} aria-busy={!current || undefined}>
      <span className="quote-origin">{quoteOriginLabel(entry.value.quoteOrigin)}</span>
      {' · '}
      <span className="quote-carried">{corroborationLine(entry.value)}</span>
      <CarryingArticles corroboration={entry.value} />
    </div>
  );
}
