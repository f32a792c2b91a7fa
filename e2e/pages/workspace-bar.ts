import type { Locator, Page } from '@playwright/test';

/** The header's workspace menu and edit history. */
export class WorkspaceBar {
  readonly menuButton: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;

  constructor(page: Page) {
    const history = page.getByRole('group', { name: 'Edit history' });
    this.undoButton = history.getByRole('button', { name: /^Undo/ });
    this.redoButton = history.getByRole('button', { name: /^Redo/ });
    this.menuButton = page.getByRole('button', { name: /^Workspace/ });
  }
}
