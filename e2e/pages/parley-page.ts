import { BriefingPane } from './briefing-pane';
import { expect, type Locator, type Page } from '@playwright/test';
import type { ParleyApp } from '../fixtures';
import { CorpusPane } from './corpus-pane';
import { MatrixPane } from './matrix-pane';
import { OriginsPane } from './origins-pane';
import { OutletsPane } from './outlets-pane';
import { QuotesPane } from './quotes-pane';
import { ReaderPane } from './reader-pane';
import { SearchPane } from './search-pane';
import { WorkspaceBar } from './workspace-bar';

/** The workbench as an analyst sees it, one page object per area; a new area adds its pane here. */
export class ParleyPage {
  readonly page: Page;
  readonly corpus: CorpusPane;
  readonly search: SearchPane;
  readonly reader: ReaderPane;
  readonly quotes: QuotesPane;
  readonly origins: OriginsPane;
  readonly outlets: OutletsPane;
  readonly matrix: MatrixPane;
  readonly briefing: BriefingPane;
  readonly workspace: WorkspaceBar;
  readonly toast: Locator;

  constructor(readonly app: ParleyApp) {
    this.page = app.page;
    this.corpus = new CorpusPane(app);
    this.search = new SearchPane(app.page);
    this.reader = new ReaderPane(app.page);
    this.quotes = new QuotesPane(app.page);
    this.origins = new OriginsPane(app.page);
    this.outlets = new OutletsPane(app.page);
    this.matrix = new MatrixPane(app.page);
    this.briefing = new BriefingPane(app.page);
    this.workspace = new WorkspaceBar(app.page);
    this.toast = app.page.getByRole('status', { name: 'Message' });
  }

  /** Opens the n-th search result and waits for the reader to show it; returns its title. */
  async openResult(index: number): Promise<string> {
    const title = this.search.resultTitle(index);
    const text = (await title.textContent()) ?? '';
    await title.click();
    await expect(this.reader.heading).toHaveText(text);
    return text;
  }
}
