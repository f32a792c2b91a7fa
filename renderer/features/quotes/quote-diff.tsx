import type { ClosestPassage } from '../../../shared/quote';

/**
 * Where a lost quote's text most resembles the article now: the passage as a diff against the
 * pinned text (<del> only in the pinned text, <ins> only in the article now).
 */
export function QuoteDiff({ id, closest }: { id: string; closest: ClosestPassage }) {
  return (
    <figure className="quote-diff" aria-label={`Closest passage to ${id}`}>
      <figcaption>
        Closest passage now, {Math.round(closest.similarity * 100)}% similar
        <span className="diff-legend">
          <del>pinned</del> <ins>now</ins>
        </span>
      </figcaption>
      <p className="diff-text">
        {closest.diff.map((part, i) =>
          part.kind === 'same' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : (
            <del key={i}>{part.text}</del>
          ),
        )}
      </p>
    </figure>
  );
}
