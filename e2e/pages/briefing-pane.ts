import type { Locator, Page } from '@playwright/test';

/** The Briefing pane: the workspace's briefings, the compose form, its live preview and exports. */
export class BriefingPane {
  readonly tab: Locator;
  readonly root: Locator;
  readonly form: Locator;
  readonly preview: Locator;
  readonly saveState: Locator;

  constructor(readonly page: Page) {
    this.tab = page
      .getByRole('tablist', { name: 'Side panes' })
      .getByRole('tab', { name: 'Briefing' });
    this.root = page.getByRole('complementary', { name: 'Briefing', exact: true });
    this.form = this.root.getByRole('form', { name: 'Compose briefing' });
    this.preview = this.root.getByRole('article', { name: 'Briefing preview' });
    this.saveState = this.root.getByRole('status', { name: 'Save state' });
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: true });
  }

  /** Starts a briefing called `name` through the inline name field. */
  async create(name: string): Promise<void> {
    await this.root.getByRole('button', { name: 'New briefing' }).click();
    await this.root.getByLabel('New briefing name').fill(name);
    await this.root.getByRole('button', { name: 'Create' }).click();
  }

  /** Adds a section of the kind the select names ("Free text", "Key quotes"). */
  async addSection(kind: string): Promise<void> {
    await this.form.getByLabel('Kind of section to add').selectOption({ label: kind });
    await this.form.getByRole('button', { name: 'Add section' }).click();
  }

  /** The compose form's list item of section n (1-based). */
  section(n: number): Locator {
    return this.form.getByRole('listitem', { name: new RegExp(`^Section ${n} `) });
  }

  exportButton(format: 'md' | 'html' | 'docx' | 'pdf'): Locator {
    return this.root.getByRole('button', { name: `Export as ${format.toUpperCase()}` });
  }

  /** The footnote link numbered `n` in the preview's text (not in the notes list). */
  footnote(n: number, quoteId: string): Locator {
    return this.preview.getByRole('button', { name: `Footnote ${n}: ${quoteId}` }).first();
  }
}
