import { useId } from 'react';
import type { DiffPart } from '../../../shared/quote';
import type { QuoteDrift, QuoteVariant } from '../../../shared/quote-drift';
import './quote-drift.css';

/**
 * Quotations the articles of one relay group carry in different wordings: each statement as a
 * row of its wordings side by side, each a word diff from the reference wording (the first).
 * Presentational: `onOpen`, when given, opens a wording's article at its offsets.
 */
export function QuoteDriftList({
  drift,
  onOpen,
}: {
  drift: QuoteDrift[];
  onOpen?: (variant: QuoteVariant) => void;
}) {
  const legend = useId();
  if (drift.length === 0)
    return (
      <p className="quote-drift-none">No quotation is worded differently across these articles.</p>
    );
  return (
    <section className="quote-drift" aria-label="Quote drift">
      <p className="diff-legend" id={legend}>
        Each wording is compared with the reference wording (first):{' '}
        <del>only in the reference</del> <ins>only in this wording</ins>
      </p>
      {drift.map((cluster, k) => (
        <DriftCluster key={k} cluster={cluster} number={k + 1} legend={legend} onOpen={onOpen} />
      ))}
    </section>
  );
}

function DriftCluster({
  cluster,
  number,
  legend,
  onOpen,
}: {
  cluster: QuoteDrift;
  number: number;
  legend: string;
  onOpen: ((variant: QuoteVariant) => void) | undefined;
}) {
  const articles = new Set(cluster.variants.map((v) => v.articleId)).size;
  return (
    <figure className="drift-cluster" aria-label={`Quotation ${number}`}>
      <figcaption>
        Quoted in {articles} articles, in {cluster.wordings} wordings
      </figcaption>
      <ol className="drift-variants" aria-describedby={legend}>
        {cluster.variants.map((v, i) => (
          <li key={`${v.articleId}:${v.start}`} className="drift-variant">
            <div className="drift-source">
              {i === 0 ? <span className="drift-reference">Reference wording</span> : null}
              <cite>{v.title || v.path}</cite>
              <span className="drift-path">
                {v.outlet ? `${v.outlet} · ` : ''}
                {v.path}
              </span>
            </div>
            <blockquote className="diff-text">
              <DiffText parts={v.diff} />
            </blockquote>
            {onOpen ? (
              <button type="button" onClick={() => onOpen(v)}>
                Open in reader
              </button>
            ) : null}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function DiffText({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, i) =>
    part.kind === 'same' ? (
      <span key={i}>{part.text}</span>
    ) : part.kind === 'added' ? (
      <ins key={i}>
        <span className="visually-hidden">[added: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </ins>
    ) : (
      <del key={i}>
        <span className="visually-hidden">[only in the reference: </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </del>
    ),
  );
}
