import { expect, type Locator, type Page } from '@playwright/test';

/** The reader: the open article, its hits, and pinning from a selection. */
export class ReaderPane {
  readonly root: Locator;
  readonly heading: Locator;
  readonly hitCounter: Locator;
  readonly nextHit: Locator;
  readonly previousHit: Locator;
  readonly currentHit: Locator;
  readonly pinButton: Locator;
  readonly text: Locator;
  /** The live region saying which sentence or paragraph the keyboard selected. */
  readonly cursor: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByRole('region', { name: 'Article', exact: true });
    this.heading = this.root.getByRole('heading', { level: 2 });
    this.hitCounter = this.root.getByText(/^(Hit \d+ of \d+|No hits)$/);
    this.nextHit = this.root.getByRole('button', { name: 'Next hit' });
    this.previousHit = this.root.getByRole('button', { name: 'Previous hit' });
    this.currentHit = this.root.locator('mark[aria-current="true"]');
    this.pinButton = this.root.getByRole('button', { name: 'Pin quote' });
    this.text = this.root.getByLabel('Article text', { exact: true });
    this.cursor = this.root.getByText(
      /^(Sentence|Paragraph) \d+ of \d+ selected$|^Whole article selected$|^[\d,]+ characters? selected$/,
    );
  }

  /** The reader's mark for pinned quote `id`. */
  pinnedPassage(id: string): Locator {
    return this.root.locator(`[data-quote~="${id}"]`);
  }

  /** A pinned passage as assistive technology reaches it: "Pinned quote Q3". */
  pinnedQuote(id: string): Locator {
    return this.text.getByRole('button', { name: `Pinned quote ${id}`, exact: true });
  }

  /** The page's selected text now. */
  selectedText(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '');
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
}
