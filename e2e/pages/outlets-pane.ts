import type { Locator, Page } from '@playwright/test';

/** The Outlets pane: the reliability notebook's list, and one outlet in detail. */
export class OutletsPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly rows: Locator;
  readonly filter: Locator;
  readonly detail: Locator;
  readonly currentGrade: Locator;
  readonly record: Locator;

  constructor(page: Page) {
    this.tab = page
      .getByRole('tablist', { name: 'Side panes' })
      .getByRole('tab', { name: 'Outlets' });
    this.root = page.getByRole('complementary', { name: 'Outlets', exact: true });
    this.rows = this.root.getByRole('list', { name: 'Outlets' }).getByRole('button');
    this.filter = this.root.getByRole('searchbox', { name: 'Filter outlets' });
    this.detail = this.root.getByRole('article');
    this.currentGrade = this.detail.getByLabel('Current grade');
    this.record = this.detail.getByRole('list', { name: 'Track record' });
  }

  /** The list row of outlet `name`. */
  row(name: string): Locator {
    return this.rows.filter({ hasText: new RegExp(`^. ?${name},`) });
  }

  /** Opens outlet `name` from the list (filtering it first, so a long list needs no scrolling). */
  async open(name: string): Promise<void> {
    await this.filter.fill(name);
    await this.rows.filter({ hasText: name }).first().click();
    await this.detail.getByRole('heading', { name, exact: true }).waitFor();
  }

  /** Chooses grade `letter` with `rationale` and saves it. */
  async grade(letter: string, rationale: string): Promise<void> {
    await this.detail
      .getByRole('group', { name: 'Grade' })
      .getByRole('radio', { name: new RegExp(`^${letter} — `) })
      .check();
    await this.detail.getByLabel('Rationale').fill(rationale);
    await this.detail.getByRole('button', { name: 'Save grade' }).click();
  }

  /** Adds a track-record entry of `kind` (its label, "Correction") on `date` saying `text`. */
  async addRecord(kind: string, date: string, text: string): Promise<void> {
    await this.detail.getByText('Add an entry…').click();
    await this.detail.getByLabel('Kind of entry').selectOption({ label: kind });
    await this.detail.getByLabel('Date').fill(date);
    await this.detail.getByLabel('What happened').fill(text);
    await this.detail.getByRole('button', { name: 'Add to record' }).click();
  }
}
