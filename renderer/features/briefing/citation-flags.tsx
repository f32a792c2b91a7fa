import { citedIds } from './citations';

/**
 * Under a text field: the quotes it cites, and any id no quote of this workspace has, flagged
 * as the analyst types (the preview marks them too).
 */
export function CitationFlags({
  ids,
  known,
}: {
  ids: readonly string[];
  known: ReadonlySet<string>;
}) {
  if (ids.length === 0) return null;
  const unknown = ids.filter((id) => !known.has(id));
  const fine = ids.filter((id) => known.has(id));
  return (
    <p className="briefing-cites">
      {fine.length > 0 && <span>Cites {fine.join(', ')}</span>}
      {unknown.length > 0 && (
        <span className="briefing-flag" role="status">
          {' '}
          Unknown: {unknown.join(', ')}
        </span>
      )}
    </p>
  );
}

/** The flags for the citations written into `text`. */
export function TextCitationFlags({ text, known }: { text: string; known: ReadonlySet<string> }) {
  return <CitationFlags ids={citedIds(text)} known={known} />;
}
