import { expect, type Locator, type Page } from '@playwright/test';

/** The Matrix pane: parties × issues as of a date, and the drawer of the open cell. */
export class MatrixPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly grid: Locator;
  readonly asOf: Locator;
  readonly now: Locator;
  readonly staleDays: Locator;

  constructor(private readonly page: Page) {
    this.tab = page
      .getByRole('tablist', { name: 'Side panes' })
      .getByRole('tab', { name: 'Matrix' });
    this.root = page.getByRole('complementary', { name: 'Matrix', exact: true });
    this.grid = this.root.getByRole('grid');
    this.asOf = this.root.getByLabel('Show as of');
    this.now = this.root.getByRole('button', { name: 'Now', exact: true });
    this.staleDays = this.root.getByRole('textbox', { name: 'Stale after (days)' });
  }

  /** Brings the pane up with its shortcut. */
  async open(): Promise<void> {
    await this.page.keyboard.press('Alt+4');
    await expect(this.tab).toHaveAttribute('aria-selected', 'true');
  }

  /** The grid's button for `party` × `issue` (named "Ukraine × Crimea: rejects, …"). */
  cell(party: string, issue: string): Locator {
    return this.grid.getByRole('button', { name: new RegExp(`^${party} × ${issue}:`) });
  }

  /** The drawer of the open cell. */
  drawer(party: string, issue: string): Locator {
    return this.root.getByRole('region', { name: `${party} × ${issue}`, exact: true });
  }

  async openCell(party: string, issue: string): Promise<Locator> {
    await this.cell(party, issue).click();
    const drawer = this.drawer(party, issue);
    await expect(drawer.getByRole('heading', { name: `${party} × ${issue}` })).toBeFocused();
    return drawer;
  }

  /** The suggested passage in the open drawer whose text matches `text`. */
  suggestion(drawer: Locator, text: RegExp): Locator {
    return drawer
      .getByRole('list', { name: 'Suggested passages' })
      .getByRole('listitem')
      .filter({ hasText: text })
      .first();
  }

  /** Sets the open cell's stance (with its reason, and an as-of date when given) and saves it. */
  async setStance(drawer: Locator, stance: string, reason: string, asOf?: string): Promise<void> {
    const form = drawer.getByRole('form', { name: 'Stance' });
    await form.getByLabel('Stance', { exact: true }).selectOption({ label: stance });
    if (asOf) await form.getByLabel('As of', { exact: true }).fill(asOf);
    await form.getByLabel('Reason for the change').fill(reason);
    await form.getByRole('button', { name: 'Save cell' }).click();
    await expect(form.getByRole('button', { name: 'Save cell' })).toBeDisabled();
  }

  /** Links pinned quote `id` to the open cell by its id. */
  async linkQuote(
    drawer: Locator,
    id: string,
    relation: 'supports' | 'contradicts',
  ): Promise<void> {
    const form = drawer.getByRole('form', { name: 'Link a quote' });
    await form.getByLabel('Quote id').fill(id);
    await form.getByLabel('Relation').selectOption(relation);
    await form.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(drawer.getByRole('list', { name: 'Evidence quotes' })).toContainText(id);
  }

  /** Types `days` into "Stale after … days" and sets it with Enter. */
  async setStaleDays(days: string): Promise<void> {
    await this.staleDays.fill(days);
    await this.staleDays.press('Enter');
  }
}
