import type { Locator, Page } from '@playwright/test';
import type { ParleyApp } from '../fixtures';

/** The Corpus panel: registered folders, indexing progress, adding a folder. */
export class CorpusPane {
  readonly root: Locator;
  readonly progress: Locator;
  private readonly page: Page;

  constructor(private readonly app: ParleyApp) {
    this.page = app.page;
    this.root = this.page.getByRole('complementary', { name: 'Corpus' });
    this.progress = this.root.getByRole('progressbar', { name: 'Indexing progress' });
  }

  /** The registered folder whose name is `name`. */
  folder(name: string): Locator {
    return this.root
      .getByRole('list', { name: 'Folders' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  /** Adds a folder through whatever the host offers: a native dialog (stubbed) or a typed path. */
  async addFolder(path: string): Promise<void> {
    await this.app.stubFolderPicker(path);
    await this.root.getByRole('button', { name: 'Add folder…' }).click();
    if (this.app.kind === 'browser') {
      await this.root.getByLabel('Folder path').fill(path);
      await this.root.getByRole('button', { name: 'Add', exact: true }).click();
    }
  }
}
