import { useId, useState } from 'react';
import { CitationFlags } from './citation-flags';
import { parseQuoteList } from './citations';

/** A field of quote ids ("Q1, Q3"): what it holds is kept as typed, the ids go to the briefing. */
export function QuoteListField({
  label,
  ids,
  known,
  placeholder,
  onChange,
}: {
  label: string;
  ids: readonly string[];
  known: ReadonlySet<string>;
  placeholder?: string;
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const [raw, setRaw] = useState(ids.join(', '));
  const parsed = parseQuoteList(raw);
  // Changed elsewhere (an undo): show the stored ids.
  if (parsed.ids.join(',') !== ids.join(',') && parsed.bad.length === 0) setRaw(ids.join(', '));
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={raw}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(event) => {
          setRaw(event.target.value);
          onChange(parseQuoteList(event.target.value).ids);
        }}
      />
      {parsed.bad.length > 0 && (
        <p className="briefing-flag" role="status">
          Not a quote id: {parsed.bad.join(', ')}
        </p>
      )}
      <CitationFlags ids={parsed.ids} known={known} />
    </div>
  );
}
