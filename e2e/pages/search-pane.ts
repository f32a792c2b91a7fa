import { expect, type Locator, type Page } from '@playwright/test';

/** The search box, the engine's notices and the result list. */
export class SearchPane {
  readonly box: Locator;
  readonly notice: Locator;
  readonly resultCount: Locator;
  readonly results: Locator;
  readonly resultItems: Locator;
  readonly undated: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly includeUndated: Locator;
  /** The form beside the query notice that adds a spelling to a name's variant set. */
  readonly variantForm: Locator;
  readonly addSpellingButton: Locator;

  constructor(page: Page) {
    this.box = page.getByRole('searchbox', { name: 'Search', exact: true });
    this.notice = page.getByRole('status', { name: 'Query notice' });
    this.resultCount = page
      .getByRole('region', { name: 'Find articles', exact: true })
      .getByText(/^(No results|[\d,]+ results?)$/);
    this.results = page.getByRole('list', { name: 'Search results' });
    this.resultItems = this.results.getByRole('listitem');
    this.undated = page.getByRole('status', { name: 'Undated articles' });
    const filters = page.getByRole('group', { name: 'Filters' });
    this.from = filters.getByLabel('From');
    this.to = filters.getByLabel('To', { exact: true });
    this.includeUndated = filters.getByRole('checkbox', { name: 'Include undated' });
    this.variantForm = page.getByRole('form', { name: 'Add a spelling' });
    this.addSpellingButton = page.getByRole('button', { name: 'Add a spelling…' });
  }

  async run(text: string): Promise<void> {
    await this.box.fill(text);
  }

  /** Opens the variant form (unless open) and submits `spelling` as a spelling of `name`. */
  async addSpelling(name: string, spelling: string): Promise<void> {
    if (!(await this.variantForm.isVisible())) await this.addSpellingButton.click();
    await this.variantForm.getByLabel('Spelling of').fill(name);
    await this.variantForm.getByLabel('New spelling').fill(spelling);
    await this.variantForm.getByRole('button', { name: 'Add', exact: true }).click();
  }

  async expectResultCount(count: number): Promise<void> {
    const label =
      count === 0
        ? 'No results'
        : `${count.toLocaleString('en-US')} result${count === 1 ? '' : 's'}`;
    await expect(this.resultCount).toHaveText(label);
  }

  /** The title button of the n-th result. */
  resultTitle(index: number): Locator {
    return this.resultItems.nth(index).getByRole('button');
  }
}
