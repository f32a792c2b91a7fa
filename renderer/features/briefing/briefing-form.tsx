import { useId } from 'react';
import {
  likelihoodLabels,
  likelihoods,
  type Briefing,
  type BriefingSection,
  type BriefingSectionKind,
  type KeyJudgment,
} from '../../../shared/briefing';
import { TextCitationFlags } from './citation-flags';
import { QuoteListField } from './quote-list-field';
import { SectionsEditor } from './sections-editor';

type Edit = (change: (draft: Briefing) => Briefing) => void;

function TextField({
  label,
  value,
  onChange,
  known,
  multiline,
  type,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Given: `[Q3]` citations in the text are checked against these ids. */
  known?: ReadonlySet<string>;
  multiline?: boolean;
  type?: 'date';
  placeholder?: string;
}) {
  const id = useId();
  const common = {
    id,
    value,
    placeholder,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
  };
  return (
    <div className="briefing-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={3} {...common} /> : <input type={type ?? 'text'} {...common} />}
      {known && <TextCitationFlags text={value} known={known} />}
    </div>
  );
}

function JudgmentEditor({
  index,
  judgment,
  known,
  onChange,
  onRemove,
}: {
  index: number;
  judgment: KeyJudgment;
  known: ReadonlySet<string>;
  onChange: (judgment: KeyJudgment) => void;
  onRemove: () => void;
}) {
  const selectId = useId();
  const n = index + 1;
  return (
    <li className="briefing-judgment">
      <TextField
        label={`Judgment ${n}`}
        value={judgment.text}
        known={known}
        multiline
        onChange={(text) => onChange({ ...judgment, text })}
      />
      <div className="briefing-field">
        <label htmlFor={selectId}>Likelihood of judgment {n}</label>
        <select
          id={selectId}
          value={judgment.likelihood}
          onChange={(event) => {
            const likelihood = likelihoods.find((l) => l === event.target.value);
            if (likelihood) onChange({ ...judgment, likelihood });
          }}
        >
          {likelihoods.map((l) => (
            <option key={l} value={l}>
              {likelihoodLabels[l].label} ({likelihoodLabels[l].band})
            </option>
          ))}
        </select>
      </div>
      <QuoteListField
        label={`Quotes for judgment ${n}`}
        ids={judgment.quoteIds}
        known={known}
        placeholder="Q1, Q2"
        onChange={(quoteIds) => onChange({ ...judgment, quoteIds })}
      />
      <button type="button" className="link-button" onClick={onRemove}>
        Remove judgment {n}
      </button>
    </li>
  );
}

const replaceAt = <T,>(list: readonly T[], index: number, value: T): T[] =>
  list.map((item, i) => (i === index ? value : item));

/** The compose form: every part of the briefing, each change stored by autosave. */
export function BriefingForm({
  draft,
  edit,
  known,
}: {
  draft: Briefing;
  edit: Edit;
  known: ReadonlySet<string>;
}) {
  const setJudgments = (judgments: KeyJudgment[]) => edit((d) => ({ ...d, judgments }));
  const setSections = (sections: BriefingSection[]) => edit((d) => ({ ...d, sections }));
  const addSection = (kind: BriefingSectionKind) => {
    const section: BriefingSection =
      kind === 'text'
        ? { kind, heading: '', body: '' }
        : kind === 'key-quotes'
          ? { kind, quoteIds: null }
          : { kind };
    setSections([...draft.sections, section]);
  };
  return (
    <form
      className="briefing-form"
      aria-label="Compose briefing"
      onSubmit={(e) => e.preventDefault()}
    >
      <TextField
        label="Title"
        value={draft.title}
        onChange={(title) => edit((d) => ({ ...d, title }))}
      />
      <div className="briefing-row">
        <TextField
          label="As of"
          type="date"
          value={draft.asOf}
          onChange={(asOf) => edit((d) => ({ ...d, asOf }))}
        />
        <TextField
          label="Handling"
          value={draft.handling ?? ''}
          placeholder="For internal use only"
          onChange={(handling) =>
            edit((d) => ({ ...d, handling: handling === '' ? null : handling }))
          }
        />
      </div>
      <TextField
        label="Bottom line"
        value={draft.bottomLine}
        known={known}
        multiline
        placeholder="The answer first; cite a quote as [Q1]"
        onChange={(bottomLine) => edit((d) => ({ ...d, bottomLine }))}
      />
      <fieldset className="briefing-group">
        <legend>Key judgments</legend>
        <ol className="briefing-judgments">
          {draft.judgments.map((j, i) => (
            <JudgmentEditor
              key={i}
              index={i}
              judgment={j}
              known={known}
              onChange={(judgment) => setJudgments(replaceAt(draft.judgments, i, judgment))}
              onRemove={() => setJudgments(draft.judgments.filter((_, k) => k !== i))}
            />
          ))}
        </ol>
        <button
          type="button"
          onClick={() =>
            setJudgments([...draft.judgments, { text: '', likelihood: 'likely', quoteIds: [] }])
          }
        >
          Add key judgment
        </button>
      </fieldset>
      <SectionsEditor
        sections={draft.sections}
        known={known}
        onChange={setSections}
        onAdd={addSection}
      />
    </form>
  );
}
