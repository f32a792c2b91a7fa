import { useId, useState } from 'react';
import type { MatrixEditRequest, MatrixIssue, MatrixParty } from '../../../shared/matrix';
import { CommitField } from '../quotes/commit-field';
import { parseTags } from '../quotes/quote-filters';

type Target = 'party' | 'issue';
type Edit = (request: MatrixEditRequest) => Promise<boolean>;

function Row({
  target,
  item,
  index,
  count,
  onEdit,
}: {
  target: Target;
  item: MatrixParty | MatrixIssue;
  index: number;
  count: number;
  onEdit: Edit;
}) {
  const names = 'aliases' in item ? item.aliases : item.terms;
  return (
    <li className="structure-row" aria-label={item.name}>
      <CommitField
        label={`Name of ${item.name}`}
        value={item.name}
        onCommit={(name) => {
          if (name.trim()) void onEdit({ kind: 'rename', target, id: item.id, name: name.trim() });
        }}
      />
      <CommitField
        label={target === 'party' ? `Aliases of ${item.name}` : `Search terms of ${item.name}`}
        value={names.join(', ')}
        hint="Comma-separated"
        onCommit={(text) =>
          void onEdit(
            target === 'party'
              ? { kind: 'set-aliases', id: item.id, aliases: parseTags(text) }
              : { kind: 'set-terms', id: item.id, terms: parseTags(text) },
          )
        }
      />
      {'proposition' in item && (
        <CommitField
          label={`Proposition of ${item.name}`}
          value={item.proposition}
          onCommit={(proposition) =>
            void onEdit({ kind: 'set-proposition', id: item.id, proposition: proposition.trim() })
          }
        />
      )}
      <div className="structure-actions">
        <button
          type="button"
          disabled={index === 0}
          aria-label={`Move ${item.name} up`}
          onClick={() => void onEdit({ kind: 'move', target, id: item.id, to: index - 1 })}
        >
          ↑
        </button>
        <button
          type="button"
          disabled={index === count - 1}
          aria-label={`Move ${item.name} down`}
          onClick={() => void onEdit({ kind: 'move', target, id: item.id, to: index + 1 })}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={`Remove ${item.name}`}
          onClick={() => void onEdit({ kind: 'remove', target, id: item.id })}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

function AddForm({ target, onEdit }: { target: Target; onEdit: Edit }) {
  const id = useId();
  const [name, setName] = useState('');
  const noun = target === 'party' ? 'party' : 'issue';
  return (
    <form
      className="structure-add"
      aria-label={`Add a ${noun}`}
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        if (!trimmed) return;
        const request: MatrixEditRequest =
          target === 'party'
            ? { kind: 'add-party', name: trimmed }
            : { kind: 'add-issue', name: trimmed };
        void onEdit(request).then((added) => added && setName(''));
      }}
    >
      <label htmlFor={id}>New {noun}</label>
      <input id={id} value={name} maxLength={200} onChange={(e) => setName(e.target.value)} />
      <button type="submit" disabled={name.trim() === ''}>
        Add {noun}
      </button>
    </form>
  );
}

/** Rows and columns of the matrix: add, rename, reorder, remove; aliases, terms, propositions. */
export function StructureEditor({
  parties,
  issues,
  onEdit,
}: {
  parties: MatrixParty[];
  issues: MatrixIssue[];
  onEdit: Edit;
}) {
  return (
    <details className="matrix-structure">
      <summary>Parties and issues</summary>
      <h4>Parties</h4>
      <ul className="structure-list" aria-label="Parties">
        {parties.map((party, index) => (
          <Row
            key={party.id}
            target="party"
            item={party}
            index={index}
            count={parties.length}
            onEdit={onEdit}
          />
        ))}
      </ul>
      <AddForm target="party" onEdit={onEdit} />
      <h4>Issues</h4>
      <ul className="structure-list" aria-label="Issues">
        {issues.map((issue, index) => (
          <Row
            key={issue.id}
            target="issue"
            item={issue}
            index={index}
            count={issues.length}
            onEdit={onEdit}
          />
        ))}
      </ul>
      <AddForm target="issue" onEdit={onEdit} />
    </details>
  );
}
