import type { Locator, Page } from '@playwright/test';

/** The Origins pane: relay groups with counts, their evidence and the analyst's decisions. */
export class OriginsPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly count: Locator;
  readonly groups: Locator;

  constructor(page: Page) {
    this.tab = page
      .getByRole('tablist', { name: 'Side panes' })
      .getByRole('tab', { name: 'Origins' });
    this.root = page.getByRole('complementary', { name: 'Origins', exact: true });
    this.count = this.root.getByLabel('Origins count');
    this.groups = this.root
      .getByRole('list', { name: 'Relay groups' })
      .getByRole('listitem')
      .filter({
        has: page.locator('.group-row'),
      });
  }

  /** The row button of the group whose origin is `origin`. */
  group(origin: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(`^${origin}`) });
  }

  /** The member cards of the open group (not the cue lists inside them). */
  get members(): Locator {
    return this.root.getByRole('list', { name: 'Articles in the group' }).locator(':scope > li');
  }

  /** The article `title` in the open group, as a member card. */
  member(title: string): Locator {
    return this.members.filter({ hasText: title });
  }
}
