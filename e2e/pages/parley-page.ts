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
  readonly pinButton: Locator;
  readonly quotes: Locator;
  readonly quoteItems: Locator;
  readonly undoButton: Locator;
  readonly redoButton: Locator;
  readonly workspaceButton: Locator;
  readonly toast: Locator;

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
    this.pinButton = this.reader.getByRole('button', { name: 'Pin quote' });
    this.quotes = page.getByRole('complementary', { name: 'Quotes', exact: true });
    this.quoteItems = this.quotes
      .getByRole('list', { name: 'Pinned quotes' })
      .getByRole('listitem');
    const history = page.getByRole('group', { name: 'Edit history' });
    this.undoButton = history.getByRole('button', { name: /^Undo/ });
    this.redoButton = history.getByRole('button', { name: /^Redo/ });
    this.workspaceButton = page.getByRole('button', { name: /^Workspace/ });
    this.toast = page.getByRole('status', { name: 'Message' });
  }

  /** The card of quote `id` (Q1, Q2, …) in the Quotes panel. */
  quote(id: string): Locator {
    return this.quotes.getByRole('listitem', { name: id, exact: true });
  }

  /** The reader's mark for pinned quote `id`. */
  pinnedPassage(id: string): Locator {
    return this.reader.locator(`[data-quote~="${id}"]`);
  }

  /**
   * Selects `passage` in the open article the way a mouse drag would: a DOM Range from its first
   * to its last character, across however many marked runs it spans.
   */
  async selectText(passage: string): Promise<void> {
    const found = await this.page.evaluate((wanted) => {
      const root = document.querySelector('[aria-label="Article text"]');
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push(node as Text);
        text += node.textContent ?? '';
      }
      const start = text.indexOf(wanted);
      if (start === -1) return false;
      const end = start + wanted.length;
      /** The text node and offset at character `at`, preferring the node that starts there for a start. */
      const locate = (at: number, isEnd: boolean): [Text, number] | null => {
        let seen = 0;
        for (const node of nodes) {
          const length = node.length;
          if (isEnd ? at <= seen + length : at < seen + length) return [node, at - seen];
          seen += length;
        }
        return null;
      };
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return false;
      const range = document.createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return true;
    }, passage);
    expect(found, `the open article contains "${passage}"`).toBe(true);
  }

  /** Scrolls the selection to the middle of the reader and right-clicks on its first word. */
  async rightClickSelection(): Promise<void> {
    const point = await this.page.evaluate(() => {
      const range = window.getSelection()?.getRangeAt(0);
      const scroller = document.querySelector('[aria-label="Article text"]');
      if (!range || !scroller) return null;
      const before = range.getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      scroller.scrollTop += before.top - frame.top - scroller.clientHeight / 2;
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
    });
    expect(point, 'there is a selection in the article').not.toBeNull();
    if (point) await this.page.mouse.click(point.x, point.y, { button: 'right' });
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
