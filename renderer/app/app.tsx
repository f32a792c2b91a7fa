import { useEffect } from 'react';
import { CorpusPanel } from '../features/corpus/corpus-panel';
import { Reader } from '../features/reader/reader';
import { ResultsList } from '../features/results/results-list';
import { SearchBar } from '../features/search/search-bar';
import { useAppStoreApi } from '../state/store-context';
import './app.css';

/** The workbench: corpus on the left, search and results in the middle, the reader on the right. */
export function App() {
  const store = useAppStoreApi();

  useEffect(() => {
    store.getState().start();
    return () => store.getState().stop();
  }, [store]);

  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <svg className="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 5h11a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3H9l-4 3v-3H4a2 2 0 0 1-2-2V7a2 2 0 0 1 2-2z" />
            <path d="M7 10h7M7 13h5" />
          </svg>
          <h1>Parley</h1>
        </div>
        <p className="tagline">Search and read the story across outlets</p>
      </header>
      <main className="workbench">
        <CorpusPanel />
        <section className="search-pane" aria-label="Find articles">
          <SearchBar />
          <ResultsList />
        </section>
        <Reader />
      </main>
    </div>
  );
}
