import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, repoRoot, sharedCorpora, test } from './fixtures';
import type { ParleyPage } from './pages/parley-page';

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** The first `count` sentences of the open article long enough to be worth pinning. */
async function sentences(page: Page, count: number): Promise<string[]> {
  const text = (await page.getByLabel('Article text').textContent()) ?? '';
  const found = text.match(/[A-Z][^.!?\n]{40,200}[.!?]/g) ?? [];
  return [...new Set(found)].slice(0, count);
}

/** Pins seven sentences of the first seeds article through the reader, Q1…Q7. */
async function pinSeven(parley: ParleyPage): Promise<void> {
  await parley.search.run('Putin');
  await parley.openResult(0);
  const picked = await sentences(parley.page, 7);
  expect(picked).toHaveLength(7);
  for (const [index, sentence] of picked.entries()) {
    await parley.reader.selectText(sentence);
    await parley.reader.pinButton.click();
    await expect(parley.toast).toHaveText(`Pinned Q${index + 1}`);
  }
  await expect(parley.quotes.items).toHaveCount(7);
}

/** Inputs and selects whose text does not fit, or that lie outside the window. */
async function clippedControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      'input:not([type=checkbox]):not([type=radio]), select',
    )) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const name = el.getAttribute('aria-label') ?? el.id ?? el.outerHTML.slice(0, 60);
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${name}: text clipped`);
      if (box.left < 0 || box.right > innerWidth + 0.5 || box.bottom > innerHeight + 0.5)
        problems.push(`${name}: outside the window`);
      // A select shows its chosen option; that text must fit beside the arrow (~24 px).
      if (el instanceof HTMLSelectElement) {
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
        probe.textContent = el.selectedOptions[0]?.text ?? '';
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        if (width + 24 > box.width) problems.push(`${name}: "${probe.textContent}" cut`);
      }
      // A date field needs room for "dd/mm/yyyy" and its picker button.
      if (el.type === 'date' && box.width < 120)
        problems.push(`${name}: date field ${box.width} px`);
      if (el instanceof HTMLInputElement && el.placeholder) {
        const probe = document.createElement('span');
        probe.style.cssText = `position:absolute;visibility:hidden;white-space:nowrap;font:${getComputedStyle(el).font}`;
        probe.textContent = el.placeholder;
        document.body.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        const style = getComputedStyle(el);
        const room =
          el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (width > room + 1) problems.push(`${name}: placeholder cut`);
      }
    }
    return problems;
  });
}

test.describe('layout at common window sizes', () => {
  test.use({ corpora: [join(repoRoot, 'seeds'), join(sharedCorpora, 'readability-news')] });

  for (const size of SIZES) {
    test(`at ${size.width}×${size.height} every panel fits the window and nothing is clipped`, async ({
      parley,
    }) => {
      const page = parley.page;
      await page.setViewportSize(size);
      await pinSeven(parley);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width,
      );
      await expect(page.getByRole('region', { name: 'Article', exact: true })).toBeInViewport();
      await expect(parley.quotes.root).toBeInViewport();

      // Selecting the last quote scrolls the quote list, never the app: the header stays.
      await parley.quotes.card('Q7').getByRole('button').first().click();
      await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
      expect(
        await page.evaluate(() => [scrollX, scrollY, document.documentElement.scrollTop]),
      ).toEqual([0, 0, 0]);
      expect(await page.evaluate(() => document.querySelector('.app')?.scrollTop ?? 0)).toBe(0);

      expect(await clippedControls(page)).toEqual([]);

      // The reader's outlet, date and byline read in full ("unknown" too); paths may be cut.
      const cutMeta = await page
        .locator('.reader-meta dd:not(.reader-file):not(.reader-url)')
        .evaluateAll((dds) =>
          dds.filter((dd) => dd.scrollWidth > dd.clientWidth + 1).map((dd) => dd.textContent),
        );
      expect(cutMeta).toEqual([]);

      // Folder names read in full, whether the sidebar starts open or collapsed.
      const show = page.getByRole('button', { name: 'Show corpus' });
      if (await show.isVisible()) await show.click();
      const names = parley.corpus.root.locator('.folder-name');
      await expect(names).toHaveCount(2);
      for (const name of await names.all()) {
        await expect(name).toBeInViewport({ ratio: 1 });
        const fits = await name.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
        expect(fits, `${await name.textContent()} is shown in full`).toBe(true);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width,
      );
    });
  }
});

test.describe('side pane and corpus sidebar from the keyboard', () => {
  test('the side pane lists its panes as tabs and Alt+1 brings Quotes back; the corpus sidebar folds away', async ({
    parley,
  }) => {
    const page = parley.page;
    await page.setViewportSize({ width: 1024, height: 700 });
    const tabs = page.getByRole('tablist', { name: 'Side panes' });
    const quotesTab = tabs.getByRole('tab', { name: 'Quotes' });
    await expect(quotesTab).toHaveAttribute('aria-selected', 'true');
    await expect(quotesTab).toHaveAttribute('aria-keyshortcuts', 'Alt+1');
    await expect(page.getByRole('tabpanel', { name: 'Quotes' })).toBeVisible();

    // Hidden, then brought back and focused by its shortcut.
    await parley.quotes.root.getByRole('button', { name: 'Hide quotes' }).click();
    await expect(tabs).toBeHidden();
    await page.keyboard.press('Alt+1');
    await expect(quotesTab).toBeFocused();
    await expect(parley.quotes.root).toBeInViewport();
    // Arrow keys move between the tabs, bringing each pane up; Alt+2 goes straight to Origins.
    const originsTab = tabs.getByRole('tab', { name: 'Origins' });
    await page.keyboard.press('ArrowRight');
    await expect(originsTab).toBeFocused();
    await expect(page.getByRole('tabpanel', { name: 'Origins' })).toBeVisible();
    await page.keyboard.press('ArrowLeft');
    await expect(quotesTab).toBeFocused();
    await page.keyboard.press('Alt+2');
    await expect(originsTab).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Alt+1');

    // At 1024 px the corpus starts folded; its toggle opens and closes it from the keyboard.
    const toggle = page.getByRole('button', { name: 'Show corpus' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(parley.corpus.root).toBeHidden();
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(parley.corpus.folder('seeds')).toBeInViewport();
    await expect(parley.reader.root).toBeInViewport();
    await page.getByRole('button', { name: 'Hide corpus' }).press('Enter');
    await expect(parley.corpus.root).toBeHidden();
  });
});
