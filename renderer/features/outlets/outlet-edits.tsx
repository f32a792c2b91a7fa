import { useId, useState } from 'react';
import {
  outletKindLabels,
  outletKinds,
  type Outlet,
  type OutletDetail,
  type OutletKind,
} from '../../../shared/outlets';
import { useAppStore } from '../../state/store-context';

/** "a, b ,, c" → ["a", "b", "c"]. */
const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Aliases, kind, country, domains and notes: saved together as one undoable edit. */
export function OutletDescription({ detail }: { detail: OutletDetail }) {
  const editOutlet = useAppStore((s) => s.editOutlet);
  const [aliases, setAliases] = useState(detail.aliases.join(', '));
  const [kind, setKind] = useState<OutletKind>(detail.kind);
  const [country, setCountry] = useState(detail.country ?? '');
  const [domains, setDomains] = useState(detail.domains.join(', '));
  const [notes, setNotes] = useState(detail.notes);
  const id = useId();
  const aliasesChanged = list(aliases).join('\n') !== detail.aliases.join('\n');
  const detailsChanged =
    kind !== detail.kind ||
    (country.trim() || null) !== detail.country ||
    list(domains).join('\n') !== detail.domains.join('\n') ||
    notes !== detail.notes;

  const save = async () => {
    if (aliasesChanged) {
      const ok = await editOutlet({
        kind: 'set-aliases',
        name: detail.name,
        aliases: list(aliases),
      });
      if (!ok) return;
    }
    if (detailsChanged)
      await editOutlet({
        kind: 'set-details',
        name: detail.name,
        outletKind: kind,
        country: country.trim() || null,
        domains: list(domains),
        notes,
      });
  };

  return (
    <section className="outlet-section" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>Description</h4>
      <form
        className="outlet-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field wide">
          <label htmlFor={`${id}-aliases`}>Aliases</label>
          <input
            id={`${id}-aliases`}
            value={aliases}
            placeholder="FT, ft.com"
            aria-describedby={`${id}-aliases-hint`}
            onChange={(event) => setAliases(event.target.value)}
          />
          <span id={`${id}-aliases-hint`} className="hint">
            Other spellings, comma-separated
          </span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind of outlet</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(event) => setKind(event.target.value as OutletKind)}
          >
            {outletKinds.map((k) => (
              <option key={k} value={k}>
                {outletKindLabels[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-country`}>Country</label>
          <input
            id={`${id}-country`}
            value={country}
            onChange={(event) => setCountry(event.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-domains`}>Domains</label>
          <input
            id={`${id}-domains`}
            value={domains}
            placeholder="ft.com"
            onChange={(event) => setDomains(event.target.value)}
          />
        </div>
        <div className="field wide">
          <label htmlFor={`${id}-notes`}>Notes</label>
          <textarea
            id={`${id}-notes`}
            rows={2}
            value={notes}
            onChange={(event) => setNotes(event.target.value)}
          />
        </div>
        <button type="submit" disabled={!aliasesChanged && !detailsChanged}>
          Save description
        </button>
      </form>
    </section>
  );
}

/** Rename, merge into another outlet, split aliases off, or remove an outlet the analyst added. */
export function OutletRestructure({ detail, others }: { detail: OutletDetail; others: Outlet[] }) {
  const editOutlet = useAppStore((s) => s.editOutlet);
  const announce = useAppStore((s) => s.announce);
  const [to, setTo] = useState(detail.name);
  const [into, setInto] = useState('');
  const [splitAliases, setSplitAliases] = useState<string[]>([]);
  const [newName, setNewName] = useState('');
  const id = useId();
  const run = (edit: Parameters<typeof editOutlet>[0], done: string) =>
    void editOutlet(edit).then((ok) => {
      if (ok) announce(done);
    });
  return (
    <details className="outlet-section outlet-restructure">
      <summary>Rename, merge, split…</summary>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          run({ kind: 'rename', name: detail.name, to: to.trim() }, `Renamed to ${to.trim()}`);
        }}
      >
        <label htmlFor={`${id}-to`}>New name</label>
        <input id={`${id}-to`} value={to} onChange={(event) => setTo(event.target.value)} />
        <button type="submit" disabled={to.trim() === '' || to.trim() === detail.name}>
          Rename
        </button>
      </form>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          run({ kind: 'merge', name: detail.name, into }, `Merged ${detail.name} into ${into}`);
        }}
      >
        <label htmlFor={`${id}-into`}>Merge into</label>
        <select id={`${id}-into`} value={into} onChange={(event) => setInto(event.target.value)}>
          <option value="">choose an outlet…</option>
          {others.map((o) => (
            <option key={o.name} value={o.name}>
              {o.name}
            </option>
          ))}
        </select>
        <button type="submit" disabled={into === ''}>
          Merge
        </button>
      </form>
      {detail.aliases.length > 0 && (
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            run(
              { kind: 'split', name: detail.name, aliases: splitAliases, newName: newName.trim() },
              `Split ${newName.trim()} off ${detail.name}`,
            );
          }}
        >
          <fieldset>
            <legend>Split these aliases off</legend>
            {detail.aliases.map((alias) => (
              <label key={alias}>
                <input
                  type="checkbox"
                  checked={splitAliases.includes(alias)}
                  onChange={(event) =>
                    setSplitAliases(
                      event.target.checked
                        ? [...splitAliases, alias]
                        : splitAliases.filter((a) => a !== alias),
                    )
                  }
                />
                {alias}
              </label>
            ))}
          </fieldset>
          <label htmlFor={`${id}-new`}>as the outlet</label>
          <input
            id={`${id}-new`}
            value={newName}
            onChange={(event) => setNewName(event.target.value)}
          />
          <button type="submit" disabled={splitAliases.length === 0 || newName.trim() === ''}>
            Split
          </button>
        </form>
      )}
      {detail.source === 'analyst' && (
        <button
          type="button"
          className="danger"
          onClick={() => run({ kind: 'remove', name: detail.name }, `Removed ${detail.name}`)}
        >
          Remove this outlet
        </button>
      )}
    </details>
  );
}
