import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickApi } from './api/pick-api';
import { App } from './app/app';
import { undoInFocusedField } from './features/workspace/undo-keys';
import { createAppStore } from './state/app-store';
import { AppStoreProvider } from './state/store-context';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const store = createAppStore({ api: pickApi(), undoInFocusedField });

createRoot(container).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
