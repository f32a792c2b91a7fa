import { useId, useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { outletKindLabels, type Outlet } from '../../../shared/outlets';
import { FoldedPane, FoldPaneButton } from '../../app/panes/folded-pane';
import { formatCount, plural } from '../../lib/format';
import { useAppStore } from '../../state/store-context';
import { NotebookTransfer } from './notebook-transfer';
import { OutletDetailView } from './outlet-detail';
import { gradeWording, listOutlets, outletSorts, type OutletSort } from './outlet-list-view';
import './outlets.css';

/** Rows listed at first; more on request, so a corpus with thousands of outlets stays quick. */
const PAGE = 200;

function OutletRow({ outlet, onOpen }: { outlet: Outlet; onOpen: () => void }) {
  const grade = outlet.grade?.grade ?? null;
  const { stats } = outlet;
  return (
    <button type="button" className="outlet-row" onClick={onOpen}>
      <span className={`grade-letter${grade ? '' : ' ungraded'}`} aria-hidden="true">
        {grade ?? '–'}
      </span>
      <span className="outlet-name">{outlet.name}</span>
      <span className="visually-hidden">, grade {gradeWording(grade)}</span>
      <span className="outlet-row-meta">
        {outletKindLabels[outlet.kind]} · {plural(stats.articles, 'article')} · origin of{' '}
        {formatCount(stats.asOrigin)} · published {formatCount(stats.asPublisher)}
      </span>
    </button>
  );
}

function AddOutlet() {
  const editOutlet = useAppStore((s) => s.editOutlet);
  const announce = useAppStore((s) => s.announce);
  const [name, setName] = useState('');
  const id = useId();
  return (
    <form
      className="inline-form add-outlet"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        void editOutlet({ kind: 'add', name: trimmed }).then((ok) => {
          if (!ok) return;
          announce(`Added ${trimmed}`);
          setName('');
        });
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        New outlet name
      </label>
      <input
        id={id}
        value={name}
        placeholder="New outlet"
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" disabled={name.trim() === ''}>
        Add outlet
      </button>
    </form>
  );
}

function OutletList({ outlets, onOpen }: { outlets: Outlet[]; onOpen: (name: string) => void }) {
  const [text, setText] = useState('');
  const [sort, setSort] = useState<OutletSort>('articles');
  const [limit, setLimit] = useState(PAGE);
  const sortId = useId();
  const shown = useMemo(() => listOutlets(outlets, text, sort), [outlets, text, sort]);
  return (
    <>
      <div className="outlet-list-controls">
        <input
          type="search"
          aria-label="Filter outlets"
          placeholder="Filter outlets"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setLimit(PAGE);
          }}
        />
        <label htmlFor={sortId}>Sort</label>
        <select
          id={sortId}
          aria-label="Sort outlets by"
          value={sort}
          onChange={(event) => setSort(event.target.value as OutletSort)}
        >
          {outletSorts.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <p className="outlets-count" aria-live="polite">
        {shown.length === outlets.length
          ? plural(outlets.length, 'outlet')
          : `${formatCount(shown.length)} of ${plural(outlets.length, 'outlet')}`}
      </p>
      <ul className="outlet-list" aria-label="Outlets">
        {shown.slice(0, limit).map((outlet) => (
          <li key={outlet.name}>
            <OutletRow outlet={outlet} onOpen={() => onOpen(outlet.name)} />
          </li>
        ))}
      </ul>
      {shown.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, shown.length - limit)} more of {formatCount(shown.length)} outlets
        </button>
      )}
      <AddOutlet />
    </>
  );
}

/** The outlet-reliability notebook: every outlet with grade, kind and counts; one in detail. */
export function OutletsPane() {
  const { outlets, status, error, openName, detail, paneOpen } = useAppStore(
    useShallow((s) => ({
      outlets: s.outletsList,
      status: s.outletsStatus,
      error: s.outletsError,
      openName: s.outletsOpenName,
      detail: s.outletsDetail,
      paneOpen: s.uiQuotesOpen,
    })),
  );
  const openOutlet = useAppStore((s) => s.openOutlet);
  const dismissError = useAppStore((s) => s.dismissOutletsError);
  const showSidePane = useAppStore((s) => s.showSidePane);
  const setPaneOpen = useAppStore((s) => s.setQuotesOpen);
  const graded = outlets.filter((o) => o.grade?.grade).length;

  if (!paneOpen) {
    return (
      <FoldedPane
        label="Outlets"
        strip={`Outlets · ${outlets.length}`}
        unfoldLabel={`Show outlets (${outlets.length})`}
        onUnfold={() => showSidePane('outlets')}
      />
    );
  }

  return (
    <aside className="side-pane-body outlets-pane" aria-labelledby="outlets-heading">
      <div className="panel-heading">
        <h2 id="outlets-heading">Outlets</h2>
        <span className="outlets-graded">{formatCount(graded)} graded</span>
        <FoldPaneButton label="Hide outlets" onFold={() => setPaneOpen(false)} />
      </div>
      {error && (
        <div role="alert" className="error-banner">
          {error}{' '}
          <button type="button" className="link-button" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      <NotebookTransfer />
      {openName !== null ? (
        detail ? (
          <OutletDetailView
            detail={detail}
            outlets={outlets}
            onBack={() => void openOutlet(null)}
          />
        ) : (
          <p className="muted">Reading {openName}…</p>
        )
      ) : status === 'loading' && outlets.length === 0 ? (
        <p className="muted">Reading the notebook…</p>
      ) : (
        <OutletList outlets={outlets} onOpen={(name) => void openOutlet(name)} />
      )}
    </aside>
  );
}
