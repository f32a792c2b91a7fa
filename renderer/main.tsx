import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { pickApi } from './api/pick-api';
import { App } from './app/app';
import { createAppStore } from './state/app-store';
import { AppStoreProvider } from './state/store-context';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

const store = createAppStore({ api: pickApi() });

createRoot(container).render(
  <StrictMode>
    <AppStoreProvider store={store}>
      <App />
    </AppStoreProvider>
  </StrictMode>,
);
