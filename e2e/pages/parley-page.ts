import { expect, type Locator, type Page } from '@playwright/test';
import type { ParleyApp } from '../fixtures';

/** The workbench as an analyst sees it: corpus panel, search, results and reader. */
export class ParleyPage {
  readonly page: Page;
  readonly corpus: Locator;
  readonly progress: Locator;
  readonly searchBox: Locator;
  readonly notice: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly resultItems: Locator;
  readonly reader: Locator;
  readonly hitCounter: Locator;
  readonly nextHit: Locator;
  readonly previousHit: Locator;
  readonly currentHit: Locator;

  constructor(readonly app: ParleyApp) {
    const page = app.page;
    this.page = page;
    this.corpus = page.getByRole('complementary', { name: 'Corpus' });
    this.progress = this.corpus.getByRole('progressbar', { name: 'Indexing progress' });
    this.searchBox = page.getByRole('searchbox', { name: 'Search', exact: true });
    this.notice = page.getByRole('status', { name: 'Query notice' });
    this.resultCount = page
      .getByRole('region', { name: 'Find articles', exact: true })
      .getByText(/^(No results|[\d,]+ results?)$/);
    this.results = page.getByRole('list', { name: 'Search results' });
    this.resultItems = this.results.getByRole('listitem');
    this.reader = page.getByRole('region', { name: 'Article', exact: true });
    this.hitCounter = this.reader.getByText(/^(Hit \d+ of \d+|No hits)$/);
    this.nextHit = this.reader.getByRole('button', { name: 'Next hit' });
    this.previousHit = this.reader.getByRole('button', { name: 'Previous hit' });
    this.currentHit = this.reader.locator('mark[aria-current="true"]');
  }

  /** The registered folder whose name is `name`. */
  folder(name: string): Locator {
    return this.corpus
      .getByRole('list', { name: 'Folders' })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(name, { exact: true }) });
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async expectResultCount(count: number): Promise<void> {
    const label =
      count === 0
        ? 'No results'
        : `${count.toLocaleString('en-US')} result${count === 1 ? '' : 's'}`;
    await expect(this.resultCount).toHaveText(label);
  }

  /** Opens the n-th result and waits for the reader to show it. */
  async openResult(index: number): Promise<string> {
    const title = this.resultItems.nth(index).getByRole('button');
    const text = (await title.textContent()) ?? '';
    await title.click();
    await expect(this.reader.getByRole('heading', { level: 2 })).toHaveText(text);
    return text;
  }

  /** Adds a folder through whatever the host offers: a native dialog (stubbed) or a typed path. */
  async addFolder(path: string): Promise<void> {
    await this.app.stubFolderPicker(path);
    await this.corpus.getByRole('button', { name: 'Add folder…' }).click();
    if (this.app.kind === 'browser') {
      await this.corpus.getByLabel('Folder path').fill(path);
      await this.corpus.getByRole('button', { name: 'Add', exact: true }).click();
    }
  }
}
