import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { ParleyPage } from './pages/parley-page';

/** Seed passages on Russia's line on the four regions: 001 and 003 relay one FT report, 004 is Reuters's own. */
const FT_001 =
  "Putin said during a meeting with Steve Witkoff, Trump's special envoy, earlier this month in " +
  "St. Petersburg that Moscow could give up its claims to territories in four partially occupied Ukrainian regions that remain under Kiev's control, three people confirmed.";
const FT_003 =
  'At a meeting in St. Petersburg earlier this month, Putin allegedly informed Steve Witkoff, the ' +
  'special envoy from U.S. President Donald Trump, that Russia could relinquish its claims over parts of four Ukrainian regions still under Kyiv’s control.';
const REUTERS_004 =
  'According to three of the sources, who wished to remain anonymous to discuss sensitive issues, ' +
  'there may be room for negotiations on the exact division of four eastern oblasts – Donetsk, Luhansk, Zaporizhzhia and Kherson.';

/** Where each scroller of the page stands: the page itself never scrolls, only its panes. */
const pageScroll = (page: Page) =>
  page.evaluate(() => [
    document.documentElement.scrollTop,
    document.querySelector('.app')?.scrollTop ?? 0,
    document.querySelector('.workbench')?.scrollTop ?? 0,
  ]);

const TITLE_001 = 'Putin offers to stop invasion in exchange for peace deal with Trump';
const TITLE_003 =
  'Putin Signals Willingness to Negotiate Peace with Ukraine Amid U.S. Proposed Concessions';
const TITLE_004 =
  "Putin is ready to discuss freezing war and ceasefire with Trump, but won't give up territories";

/** Finds the seed titled `title` holding `phrase`, opens it, and corrects its date as an analyst would. */
async function openAndDate(
  parley: ParleyPage,
  phrase: string,
  title: string,
  date: string,
): Promise<void> {
  await parley.search.run(`"${phrase}"`);
  await expect(parley.search.resultTitle(0)).toHaveText(title);
  await parley.search.expectResultCount(1);
  await parley.openResult(0);
  await correctDate(parley, date);
}

/** The reader's "Correct metadata…" form: sets the open article's date. */
async function correctDate(parley: ParleyPage, date: string): Promise<void> {
  await parley.reader.root.getByRole('button', { name: 'Correct metadata…' }).click();
  const form = parley.reader.root.getByRole('form', { name: 'Correct the metadata' });
  await form.getByLabel('Date').fill(date);
  await form.getByRole('button', { name: 'Save corrections' }).click();
  await expect(parley.toast).toHaveText('Corrected the date');
}

/** Pins `passage` of the open article and answers the new quote's id. */
async function pin(parley: ParleyPage, passage: string): Promise<string> {
  await parley.reader.selectText(passage);
  await parley.reader.pinButton.click();
  await expect(parley.toast).toHaveText(/^Pinned Q\d+$/);
  return ((await parley.toast.textContent()) ?? '').replace('Pinned ', '');
}

test.describe('the position matrix', () => {
  test('filled from a suggestion and from pinned quotes, flagged, read as of a date, undone', async ({
    app,
    parley,
  }) => {
    const page = app.page;
    const matrix = parley.matrix;
    await matrix.open();
    await expect(matrix.cell('Ukraine', 'Crimea')).toHaveAccessibleName(
      'Ukraine × Crimea: no evidence',
    );

    // Ukraine × Crimea from a suggested Zelensky passage, one click from a linked quote.
    let drawer = await matrix.openCell('Ukraine', 'Crimea');
    expect(await pageScroll(page)).toEqual([0, 0, 0]);
    const zelensky = matrix.suggestion(drawer, /Zelensk.*Crimea/);
    await zelensky.getByRole('button', { name: 'Pin and link as supports' }).click();
    await expect(drawer.getByRole('list', { name: 'Evidence quotes' })).toContainText('Q1');
    await expect(zelensky).toContainText('Linked as Q1');
    await matrix.setStance(drawer, 'rejects', 'Zelensky, 22 April: will not recognise');
    await expect(matrix.cell('Ukraine', 'Crimea')).toHaveAccessibleName(
      /^Ukraine × Crimea: rejects, 1 quote · 1 origin/,
    );

    // The seeds carry no date the matrix can use: the analyst sets it on the quote's article.
    await parley.quotes.tab.click();
    await parley.quotes
      .card('Q1')
      .getByRole('button', { name: /Zelensk/ })
      .click();
    await correctDate(parley, '2025-04-22');
    expect(await pageScroll(page)).toEqual([0, 0, 0]);
    await matrix.open();
    const ukraine = matrix.cell('Ukraine', 'Crimea');
    await expect(ukraine).toHaveAccessibleName(
      /^Ukraine × Crimea: rejects, 1 quote · 1 origin, as of 2025-04-22/,
    );
    await expect(ukraine).toContainText('rejects');
    await expect(ukraine).toContainText('1 quote · 1 origin');

    // Russia × Donetsk: two relays of one FT report are one origin.
    await openAndDate(
      parley,
      'Putin said during a meeting with Steve Witkoff',
      TITLE_001,
      '2025-04-22',
    );
    expect(await pageScroll(page)).toEqual([0, 0, 0]);
    const q001 = await pin(parley, FT_001);
    await openAndDate(parley, 'At a meeting in St. Petersburg', TITLE_003, '2025-04-22');
    expect(await pageScroll(page)).toEqual([0, 0, 0]);
    const q003 = await pin(parley, FT_003);
    await openAndDate(parley, 'According to three of the sources', TITLE_004, '2024-11-20');
    expect(await pageScroll(page)).toEqual([0, 0, 0]);
    const q004 = await pin(parley, REUTERS_004);

    await matrix.open();
    drawer = await matrix.openCell('Russia', 'Donetsk');
    await matrix.linkQuote(drawer, q001, 'supports');
    await matrix.linkQuote(drawer, q003, 'supports');
    await matrix.setStance(drawer, 'open to', 'FT, April 2025: could give up claims');
    const donetsk = matrix.cell('Russia', 'Donetsk');
    await expect(donetsk).toHaveAccessibleName(
      /^Russia × Donetsk: open to, 2 quotes · 1 origin, as of 2025-04-22.*single independent origin/,
    );

    // Reuters's own report, read the other way: two origins, and conflicting evidence.
    await matrix.linkQuote(drawer, q004, 'contradicts');
    await expect(donetsk).toHaveAccessibleName(
      /^Russia × Donetsk: open to, 3 quotes · 2 origins.*conflicting evidence/,
    );
    await expect(donetsk).not.toHaveAccessibleName(/single independent origin/);

    // What Russia said in November, recorded afterwards with its own date; then April's line again.
    await matrix.setStance(drawer, 'insists', 'Reuters, November 2024: all four', '2024-11-20');
    await expect(donetsk).toHaveAccessibleName(/^Russia × Donetsk: insists, .*as of 2024-11-20/);
    await matrix.setStance(drawer, 'open to', 'FT, April 2025: could give up claims', '2025-04-22');
    await expect(donetsk).toHaveAccessibleName(/^Russia × Donetsk: open to, .*as of 2025-04-22/);
    const history = drawer.getByRole('list', { name: 'Cell history' }).getByRole('listitem');
    await expect(history).toHaveCount(6);
    await expect(history.first()).toContainText('FT, April 2025: could give up claims');

    await page.setViewportSize({ width: 1024, height: 700 });
    await drawer.getByRole('heading', { name: 'Russia × Donetsk' }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1024,
    );
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      700,
    );
    // Four parties fit across the pane: the grid does not scroll sideways at 1024 px.
    const grid = matrix.root.locator('.matrix-grid-scroll');
    expect(await grid.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: '/tmp/matrix-1024x700.png' });
    await matrix.grid.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/matrix-1024x700-grid.png' });
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: '/tmp/matrix-1920x1080.png' });
    await page.setViewportSize({ width: 1440, height: 900 });

    // As of 2024-12-01, only what was known then: Reuters's November report, nothing from April.
    await matrix.asOf.fill('2024-12-01');
    await expect(matrix.grid).toHaveAccessibleName('Positions as of 2024-12-01');
    await expect(matrix.cell('Ukraine', 'Crimea')).toHaveAccessibleName(
      'Ukraine × Crimea: no evidence',
    );
    await expect(donetsk).toHaveAccessibleName(
      /^Russia × Donetsk: insists, 1 quote · 1 origin, as of 2024-11-20/,
    );
    await matrix.now.click();
    await expect(donetsk).toHaveAccessibleName(/^Russia × Donetsk: open to, 3 quotes · 2 origins/);

    // Workspace undo takes back the last edit: April's line, back to November's.
    await parley.workspace.undoButton.click();
    await expect(donetsk).toHaveAccessibleName(/^Russia × Donetsk: insists, 3 quotes · 2 origins/);
    await expect(history).toHaveCount(5);
  });

  test('moves across cells with the arrow keys and opens the drawer with Enter', async ({
    app,
    parley,
  }) => {
    const page = app.page;
    const matrix = parley.matrix;
    await matrix.open();
    const first = matrix.cell('Russia', 'Crimea');
    await expect(first).toHaveAttribute('tabindex', '0');
    await first.focus();
    await page.keyboard.press('ArrowRight');
    await expect(matrix.cell('Ukraine', 'Crimea')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(matrix.cell('Ukraine', 'NATO membership')).toBeFocused();
    await expect(matrix.cell('Ukraine', 'NATO membership')).toHaveAttribute('tabindex', '0');
    await expect(first).toHaveAttribute('tabindex', '-1');
    await page.keyboard.press('Enter');
    const drawer = matrix.drawer('Ukraine', 'NATO membership');
    await expect(drawer.getByRole('heading', { name: 'Ukraine × NATO membership' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(drawer).toHaveCount(0);
    await expect(matrix.cell('Ukraine', 'NATO membership')).toBeFocused();
  });

  test('a quote card dragged over the Matrix tab and dropped on a cell becomes its evidence', async ({
    parley,
  }) => {
    await openAndDate(parley, 'According to three of the sources', TITLE_004, '2024-11-20');
    const quote = await pin(parley, REUTERS_004);
    await parley.quotes.tab.click();
    const card = parley.quotes.card(quote).locator('.quote-head');
    const matrix = parley.matrix;
    const page = parley.page;
    // Mouse steps, so the drag passes over the tab (which brings the Matrix pane up) on its way.
    await card.hover();
    await page.mouse.down();
    const tab = await matrix.tab.boundingBox();
    if (!tab) throw new Error('no Matrix tab');
    await page.mouse.move(tab.x + tab.width / 2, tab.y + tab.height / 2, { steps: 5 });
    await expect(matrix.tab).toHaveAttribute('aria-selected', 'true');
    const cell = await matrix.cell('Russia', 'Kherson').boundingBox();
    if (!cell) throw new Error('no Russia × Kherson cell');
    await page.mouse.move(cell.x + cell.width / 2, cell.y + cell.height / 2, { steps: 5 });
    await page.mouse.up();
    await expect(matrix.cell('Russia', 'Kherson')).toHaveAccessibleName(
      /^Russia × Kherson: unknown, 1 quote · 1 origin, as of 2024-11-20/,
    );
  });

  test('the analyst sets the stale threshold; the stale flag follows it, and undo brings it back', async ({
    app,
    parley,
  }) => {
    const page = app.page;
    await openAndDate(parley, 'According to three of the sources', TITLE_004, '2024-11-20');
    const quote = await pin(parley, REUTERS_004);
    const matrix = parley.matrix;
    await matrix.open();
    const drawer = await matrix.openCell('Russia', 'Kherson');
    await matrix.linkQuote(drawer, quote, 'supports');
    // Read as of 2024-12-01, the newest evidence (20 November) is 11 days old.
    await matrix.asOf.fill('2024-12-01');
    const kherson = matrix.cell('Russia', 'Kherson');
    await expect(matrix.staleDays).toHaveValue('90');
    await expect(kherson).toHaveAccessibleName(/as of 2024-11-20/);
    await expect(kherson).not.toHaveAccessibleName(/stale/);

    await matrix.setStaleDays('7');
    await expect(parley.toast).toHaveText('Cells read stale after 7 days');
    await expect(kherson).toHaveAccessibleName(/as of 2024-11-20.*, stale$/);

    // Bad input says why and changes nothing.
    await matrix.setStaleDays('a week');
    await expect(matrix.root.getByRole('alert')).toHaveText(
      'The stale threshold is a whole number of days, such as 90.',
    );
    await expect(kherson).toHaveAccessibleName(/, stale$/);
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: '/tmp/matrix-stale-1024x700.png' });
    await page.setViewportSize({ width: 1440, height: 900 });

    await matrix.setStaleDays('30');
    await expect(matrix.root.getByRole('alert')).toHaveCount(0);
    await expect(kherson).not.toHaveAccessibleName(/stale/);

    // The browser host has no save dialog: the export, as of the shown date, is a download.
    const download = page.waitForEvent('download');
    await matrix.root.getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('parley-matrix-as-of-2024-12-01.csv');
    const csv = readFileSync((await file.path()) ?? '', 'utf8');
    expect(csv).toContain(
      `Russia,Kherson,Russia keeps all of Kherson oblast,unknown,,2024-11-20,${quote},`,
    );
    await expect(parley.toast).toHaveText('Exported the matrix as CSV');

    // Undo takes the threshold back to 7 days, and the flag with it.
    await parley.workspace.undoButton.click();
    await expect(matrix.staleDays).toHaveValue('7');
    await expect(kherson).toHaveAccessibleName(/, stale$/);
  });
});
