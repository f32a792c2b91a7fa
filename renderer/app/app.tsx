import { useEffect } from 'react';
import { CorpusPanel } from '../features/corpus/corpus-panel';
import { Reader } from '../features/reader/reader';
import { ResultsList } from '../features/results/results-list';
import { SearchBar } from '../features/search/search-bar';
import { Announcer } from '../features/workspace/announcer';
import { undoCommandFor } from '../features/workspace/undo-keys';
import { WorkspaceBar } from '../features/workspace/workspace-bar';
import { WorkspaceProblem } from '../features/workspace/workspace-problem';
import { useAppStore, useAppStoreApi } from '../state/store-context';
import { CorpusToggle, useCorpusLayout } from './corpus-toggle';
import { sidePanes } from './panes/registry';
import { SidePane } from './panes/side-pane';
import './app.css';

/**
 * The workbench: corpus on the left (folded in narrow windows), search and results, the reader,
 * then the side pane (Quotes and the panes to come); the header holds the workspace and its undo
 * history. Only the panes scroll, never the page.
 */
export function App() {
  const store = useAppStoreApi();
  const quotesOpen = useAppStore((s) => s.uiQuotesOpen);
  const widePane = useAppStore((s) => sidePanes.find((pane) => pane.id === s.uiSidePane)?.wide);
  const setCorpusOpen = useAppStore((s) => s.setCorpusOpen);
  const corpus = useCorpusLayout();

  useEffect(() => {
    store.getState().start();
    return () => store.getState().stop();
  }, [store]);

  // Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo workspace edits, except in a text field, which keeps its own.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = undoCommandFor(event);
      if (!command) return;
      event.preventDefault();
      if (command === 'undo') void store.getState().undoWorkspace();
      else void store.getState().redoWorkspace();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);

  return (
    <div className="app">
      <header className="app-header">
        <CorpusToggle />
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 5h11a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H9l-4 3v-3H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z" />
            <path d="M7 10h7M7 13h5" />
          </svg>
          <h1>Parley</h1>
        </div>
        <p className="tagline">Search and read the story across outlets</p>
        <WorkspaceBar />
      </header>
      <WorkspaceProblem />
      <main
        className={[
          'workbench',
          quotesOpen ? 'with-quotes' : '',
          quotesOpen && widePane ? 'with-wide-pane' : '',
          corpus.open && !corpus.overlay ? 'with-corpus' : '',
        ]
          .filter(Boolean)
          .join(' ')}
      >
        {corpus.open && (
          <div
            id="corpus-sidebar"
            className={corpus.overlay ? 'corpus-sidebar overlay' : 'corpus-sidebar'}
            onKeyDown={(event) => {
              if (corpus.overlay && event.key === 'Escape') setCorpusOpen(false);
            }}
          >
            <CorpusPanel />
          </div>
        )}
        <section className="search-pane" aria-label="Find articles">
          <SearchBar />
          <ResultsList />
        </section>
        <Reader />
        <SidePane />
      </main>
      <Announcer />
    </div>
  );
}
