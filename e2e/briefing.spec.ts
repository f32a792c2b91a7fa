import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { expect, repoRoot, test } from './fixtures';
import type { ParleyPage } from './pages/parley-page';

/** Passages pinned as Q1 and Q2 (seeds/004, the Reuters relay) and Q3 (the Cyrillic article). */
const LAND_BRIDGE =
  'One source said that Putin might sell the ceasefire agreement within Russia, which would leave ' +
  'Russia holding most of Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts and preserve the ' +
  'land bridge to Crimea, as a victory.';
const NATO = 'insists that Ukraine abandon its NATO aspirations';
const CYRILLIC = 'Киев не признает Крым российским ни при каких условиях';

/** The seeds have no Cyrillic text, so a second folder brings one Russian article. */
const cyrillicArticle = `Зеленский отверг признание Крыма российским
Президент Украины Владимир Зеленский заявил во вторник, что ${CYRILLIC}.
Источник: Интерфакс-Украина
`;

const HOSTILE = '<img src=x onerror="window.__pwned = 1">';

/** Pins `passage` of the one article `query` finds, whose title contains `title`. */
async function pin(
  parley: ParleyPage,
  query: string,
  title: string,
  passage: string,
): Promise<void> {
  await parley.search.run(query);
  await parley.search.expectResultCount(1);
  await expect(parley.search.resultTitle(0)).toContainText(title);
  await parley.openResult(0);
  await parley.reader.selectText(passage);
  await parley.reader.pinButton.click();
}

async function download(page: Page, click: () => Promise<void>): Promise<Download> {
  const waiting = page.waitForEvent('download', { timeout: 30_000 });
  await click();
  return waiting;
}

test.describe('briefing notes', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-cyrillic-'));
  writeFileSync(join(folder, 'zelensky.txt'), cyrillicArticle);
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  test.use({ corpora: [join(repoRoot, 'seeds'), folder] });

  test('composed from pinned quotes, previewed with live citations, exported safely in every format, and kept', async ({
    app,
    parley,
  }) => {
    test.skip(
      app.kind !== 'browser',
      'exports download in the browser host; Electron saves through its dialog',
    );
    test.slow();
    const { page } = app;
    await pin(parley, '"land bridge"', 'Putin is ready', LAND_BRIDGE);
    await expect(parley.toast).toHaveText('Pinned Q1');
    await pin(parley, '"NATO aspirations"', 'Putin is ready', NATO);
    await expect(parley.toast).toHaveText('Pinned Q2');
    await pin(parley, 'Интерфакс', 'Зеленский', CYRILLIC);
    await expect(parley.toast).toHaveText('Pinned Q3');

    const briefing = parley.briefing;
    await page.keyboard.press('Alt+5');
    await expect(briefing.tab).toBeFocused();
    await expect(briefing.root).toBeVisible();
    await briefing.create('Talks');
    await expect(parley.toast).toHaveText('Created briefing Talks');

    await briefing.field('Title').fill('Ceasefire talks');
    await briefing.field('Handling').fill('For internal use only');
    await briefing.field('Bottom line').fill(`Moscow keeps its terms [Q1]. ${HOSTILE} Also [Q9].`);
    await expect(briefing.form.getByText('Unknown: Q9')).toBeVisible();

    const add = briefing.form.getByRole('button', { name: 'Add key judgment' });
    await add.click();
    await briefing.field('Judgment 1').fill('Russia will not give up occupied land [Q2].');
    await briefing
      .field('Likelihood of judgment 1')
      .selectOption({ label: 'Very likely (80–95%)' });
    await add.click();
    await briefing.field('Judgment 2').fill('Kyiv will refuse any recognition of Crimea.');
    await briefing
      .field('Likelihood of judgment 2')
      .selectOption({ label: 'Almost certain (95–99%)' });
    await briefing.field('Quotes for judgment 2').fill('Q3');

    // Sections: the new briefing starts with key quotes; add origins and a free-text section, move it first.
    await briefing.addSection('Origins');
    await briefing.addSection('Free text');
    await briefing.field('Heading of section 3').fill('Context');
    await briefing.field('Text of section 3').fill(`Позиция Киева: [Q3].`);
    await briefing.section(3).getByRole('button', { name: /up$/ }).click();
    await briefing.section(2).getByRole('button', { name: /up$/ }).click();
    await expect(briefing.section(1)).toHaveAccessibleName('Section 1 (Context)');

    // The live preview: citations are numbered in reading order and open their quote.
    const preview = briefing.preview;
    await expect(preview.getByRole('heading', { name: 'Ceasefire talks' })).toBeVisible();
    await expect(preview.getByText('[Q9?]')).toBeVisible();
    await expect(preview.getByText(HOSTILE, { exact: false })).toBeVisible();
    await expect(preview.locator('img')).toHaveCount(0);
    await expect(preview.getByText(/Very likely \(80–95%\)/)).toBeVisible();
    await expect(preview.getByRole('region', { name: 'Context' })).toContainText('Позиция Киева');
    await expect(preview.getByRole('region', { name: 'Origins' })).toContainText(
      /6 articles · \d independent origins?/,
    );
    await briefing.footnote(3, 'Q3').click();
    await expect(preview.getByRole('region', { name: 'Quote Q3' })).toContainText(CYRILLIC);
    await briefing.footnote(1, 'Q1').click();
    await expect(preview.getByRole('region', { name: 'Quote Q1' })).toContainText(LAND_BRIDGE);
    await expect(briefing.saveState).toHaveText('Saved');

    for (const size of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        size.width,
      );
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        size.height,
      );
      await preview.scrollIntoViewIfNeeded();
      await page.screenshot({
        path: join(tmpdir(), `parley-briefing-${size.width}x${size.height}.png`),
      });
    }

    // HTML: downloaded, and opened in Chromium it requests nothing and runs no analyst script.
    const html = await download(page, () => briefing.exportButton('html').click());
    expect(html.suggestedFilename()).toMatch(/^Ceasefire talks \d{4}-\d{2}-\d{2}\.html$/);
    const htmlFile = join(app.dataDir, 'briefing.html');
    await html.saveAs(htmlFile);
    const text = readFileSync(htmlFile, 'utf8');
    for (const needle of [CYRILLIC, 'Позиция Киева', 'Q1', 'Q2', 'Q3'])
      expect(text).toContain(needle);
    expect(text).not.toContain('<img');

    const reader = await page.context().newPage();
    const requested: string[] = [];
    reader.on('request', (request) => requested.push(request.url()));
    const fileUrl = `file://${htmlFile}`;
    await reader.goto(fileUrl);
    await expect(reader.getByRole('heading', { name: 'Ceasefire talks' })).toBeVisible();
    await expect(reader.getByText(CYRILLIC).first()).toBeVisible();
    expect(requested.filter((url) => url !== fileUrl)).toEqual([]);
    expect(await reader.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await reader.locator('img, script').count()).toBe(0);
    await reader.close();
    expect(app.dialogs).toEqual([]);

    for (const format of ['pdf', 'docx'] as const) {
      const file = await download(page, () => briefing.exportButton(format).click());
      expect(file.suggestedFilename()).toMatch(
        new RegExp(`^Ceasefire talks \\d{4}-\\d{2}-\\d{2}\\.${format}$`),
      );
      const path = await file.path();
      expect(statSync(path).size).toBeGreaterThan(1000);
      expect(readFileSync(path).subarray(0, 4).toString('latin1')).toBe(
        format === 'pdf' ? '%PDF' : 'PK\u0003\u0004',
      );
    }

    // Reloaded, the briefing is still there as composed.
    await page.reload();
    await page.keyboard.press('Alt+5');
    await expect(briefing.field('Title')).toHaveValue('Ceasefire talks');
    await expect(briefing.field('Bottom line')).toHaveValue(
      `Moscow keeps its terms [Q1]. ${HOSTILE} Also [Q9].`,
    );
    await expect(briefing.field('Quotes for judgment 2')).toHaveValue('Q3');
    await expect(briefing.section(1)).toHaveAccessibleName('Section 1 (Context)');
  });
});
