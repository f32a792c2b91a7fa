import { useId, useState } from 'react';
import type { BriefingSection, BriefingSectionKind } from '../../../shared/briefing';
import { TextCitationFlags } from './citation-flags';
import { QuoteListField } from './quote-list-field';

export const sectionNames: Record<BriefingSectionKind, string> = {
  matrix: 'Position matrix',
  'key-quotes': 'Key quotes',
  origins: 'Origins',
  outlets: 'Outlets',
  text: 'Free text',
};
const kinds = Object.keys(sectionNames) as BriefingSectionKind[];

const nameOf = (section: BriefingSection, index: number): string =>
  section.kind === 'text' && section.heading.trim()
    ? `Section ${index + 1} (${section.heading.trim()})`
    : `Section ${index + 1} (${sectionNames[section.kind]})`;

function SectionBody({
  section,
  index,
  known,
  onChange,
}: {
  section: BriefingSection;
  index: number;
  known: ReadonlySet<string>;
  onChange: (section: BriefingSection) => void;
}) {
  const headingId = useId();
  const bodyId = useId();
  const n = index + 1;
  if (section.kind === 'text')
    return (
      <>
        <div className="briefing-field">
          <label htmlFor={headingId}>Heading of section {n}</label>
          <input
            id={headingId}
            value={section.heading}
            onChange={(e) => onChange({ ...section, heading: e.target.value })}
          />
        </div>
        <div className="briefing-field">
          <label htmlFor={bodyId}>Text of section {n}</label>
          <textarea
            id={bodyId}
            rows={3}
            value={section.body}
            onChange={(e) => onChange({ ...section, body: e.target.value })}
          />
          <TextCitationFlags text={section.body} known={known} />
        </div>
      </>
    );
  if (section.kind === 'key-quotes')
    return (
      <QuoteListField
        label={`Quotes in section ${n}`}
        ids={section.quoteIds ?? []}
        known={known}
        placeholder="Every quote"
        onChange={(ids) => onChange({ ...section, quoteIds: ids.length > 0 ? ids : null })}
      />
    );
  return null;
}

/** The sections the analyst picks, in order: add, remove, move up and down. */
export function SectionsEditor({
  sections,
  known,
  onChange,
  onAdd,
}: {
  sections: readonly BriefingSection[];
  known: ReadonlySet<string>;
  onChange: (sections: BriefingSection[]) => void;
  onAdd: (kind: BriefingSectionKind) => void;
}) {
  const addId = useId();
  const [kind, setKind] = useState<BriefingSectionKind>('text');
  const move = (from: number, to: number) => {
    const next = [...sections];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    onChange(next);
  };
  return (
    <fieldset className="briefing-group">
      <legend>Sections</legend>
      <ol className="briefing-sections">
        {sections.map((section, i) => {
          const name = nameOf(section, i);
          return (
            <li key={i} className="briefing-section" aria-label={name}>
              <div className="briefing-section-head">
                <span>{sectionNames[section.kind]}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${name} up`}
                  disabled={i === 0}
                  onClick={() => move(i, i - 1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${name} down`}
                  disabled={i === sections.length - 1}
                  onClick={() => move(i, i + 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${name}`}
                  onClick={() => onChange(sections.filter((_, k) => k !== i))}
                >
                  ×
                </button>
              </div>
              <SectionBody
                section={section}
                index={i}
                known={known}
                onChange={(s) => onChange(sections.map((old, k) => (k === i ? s : old)))}
              />
            </li>
          );
        })}
      </ol>
      <div className="briefing-row">
        <label htmlFor={addId} className="visually-hidden">
          Kind of section to add
        </label>
        <select
          id={addId}
          value={kind}
          onChange={(e) => {
            const chosen = kinds.find((k) => k === e.target.value);
            if (chosen) setKind(chosen);
          }}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {sectionNames[k]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => onAdd(kind)}>
          Add section
        </button>
      </div>
    </fieldset>
  );
}
