import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type { FakeApi } from '../api/fake-api';
import { createAppStore, type AppStore } from '../state/app-store';
import { AppStoreProvider } from '../state/store-context';

/** Renders a component with a fresh store over the given fake API. */
export function renderWithStore(
  ui: ReactElement,
  api: FakeApi,
): { store: AppStore } & ReturnType<typeof render> {
  const store = createAppStore({ api, debounceMs: 0 });
  return { store, ...render(<AppStoreProvider store={store}>{ui}</AppStoreProvider>) };
}
