import type { Locator, Page } from '@playwright/test';

/** The Quotes panel: the pinned quotes of the open workspace. */
export class QuotesPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly items: Locator;

  constructor(page: Page) {
    this.tab = page
      .getByRole('tablist', { name: 'Side panes' })
      .getByRole('tab', { name: 'Quotes' });
    this.root = page.getByRole('complementary', { name: 'Quotes', exact: true });
    this.items = this.root.getByRole('list', { name: 'Pinned quotes' }).getByRole('listitem');
  }

  /** The card of quote `id` (Q1, Q2, …). */
  card(id: string): Locator {
    return this.root.getByRole('listitem', { name: id, exact: true });
  }

  /** The Admiralty pair of quote `id` ("B2"), with its description in words for screen readers. */
  pair(id: string): Locator {
    return this.card(id).locator('.quote-pair');
  }

  /** The line beside quote `id` that gives its origin and the articles and origins carrying it. */
  corroboration(id: string): Locator {
    return this.card(id).getByLabel(`Corroboration of ${id}`);
  }
}
