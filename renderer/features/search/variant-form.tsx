import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../state/store-context';

/** The first plain word of a query (no operator, field, quote or wildcard), the name it is about. */
export function nameInQuery(query: string): string {
  for (const word of query.split(/\s+/)) {
    if (/^(AND|OR|NOT|&&|\|\|)$/.test(word)) continue;
    const bare = word.replace(/^[+-]/, '').replace(/^(title|body|outlet):/i, '');
    if (/^[\p{L}\p{N}][\p{L}\p{N}'’-]*$/u.test(bare)) return bare;
  }
  return '';
}

/**
 * Beside the query notice: the analyst adds a spelling of a name ("Kyjiw" for Kyiv) to the
 * workspace's variant sets, and the search runs again through it.
 */
export function VariantForm() {
  const { query, error, add, dismiss } = useAppStore(
    useShallow((s) => ({
      query: s.searchQuery,
      error: s.variantsError,
      add: s.addVariantSpelling,
      dismiss: s.dismissVariantsError,
    })),
  );
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [spelling, setSpelling] = useState('');

  if (!query) return null;

  const toggle = (): void => {
    if (!open) {
      setName(nameInQuery(query));
      setSpelling('');
      dismiss();
    }
    setOpen(!open);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (await add(name.trim(), spelling)) setOpen(false);
  };

  return (
    <div className="variant-form">
      <button type="button" className="link-button" aria-expanded={open} onClick={toggle}>
        Add a spelling…
      </button>
      {open && (
        <form aria-label="Add a spelling" onSubmit={(event) => void submit(event)}>
          <label>
            Spelling of
            <input value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            New spelling
            <input
              value={spelling}
              // The analyst opened the form to type this.
              autoFocus
              onChange={(event) => setSpelling(event.target.value)}
            />
          </label>
          <button type="submit">Add</button>
          <button type="button" onClick={() => setOpen(false)}>
            Cancel
          </button>
          {error && (
            <p role="alert" className="variant-error">
              {error}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
