import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ParleyPage } from './pages/parley-page';

/** A sentence of seeds/004 that a "land bridge" search marks in the middle, so it spans several runs. */
const SENTENCE =
  'One source said that Putin might sell the ceasefire agreement within Russia, which would leave ' +
  'Russia holding most of Donetsk, Luhansk, Zaporizhzhia and Kherson oblasts and preserve the ' +
  'land bridge to Crimea, as a victory.';

test.describe('pinned quotes', () => {
  test('a pinned sentence can be found, shown, tagged, undone, exported, and survives a restart', async ({
    app,
    parley,
  }) => {
    const page = app.page;
    await parley.search.run('"land bridge"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);

    await expect(parley.reader.pinButton).toBeDisabled();
    await expect(parley.reader.pinButton).toHaveAttribute('aria-keyshortcuts', /Control\+Shift\+P/);
    await parley.reader.selectText(SENTENCE);
    await expect(parley.reader.pinButton).toBeEnabled();
    await parley.reader.pinButton.click();

    const q1 = parley.quotes.card('Q1');
    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(q1.getByRole('button', { name: /One source said/ })).toHaveText(`“${SENTENCE}”`);
    await expect(q1).toContainText('ok');
    await expect(parley.reader.pinnedPassage('Q1').first()).toBeVisible();
    expect((await parley.reader.pinnedPassage('Q1').allTextContents()).join('')).toBe(SENTENCE);

    // Pinning the same passage again (by shortcut this time) selects Q1 instead of adding Q2.
    await parley.reader.selectText(SENTENCE);
    await page.keyboard.press('Control+Shift+P');
    await expect(parley.toast).toHaveText('Already pinned as Q1');
    await expect(parley.quotes.items).toHaveCount(1);

    // From the panel back to the passage, scrolled into view and emphasised.
    await parley.reader.root.getByRole('button', { name: 'Close article' }).click();
    await q1.getByRole('button', { name: /One source said/ }).click();
    const passage = parley.reader.pinnedPassage('Q1').first();
    await expect(passage).toHaveClass(/focused-quote/);
    await expect(passage).toBeInViewport();

    // Tags edited inline, then undone and redone from the keyboard with focus outside any field.
    const tags = q1.getByLabel('Tags');
    await tags.fill('crimea, ceasefire');
    await tags.press('Enter');
    await expect(parley.workspace.undoButton).toHaveAccessibleName(/^Undo .*tags.*Q1/i);
    await tags.blur();
    await page.keyboard.press('Control+z');
    await expect(tags).toHaveValue('');
    await expect(parley.workspace.redoButton).toBeEnabled();
    await page.keyboard.press('Control+Shift+z');
    await expect(tags).toHaveValue('crimea, ceasefire');

    // Export: the browser host downloads the file; Electron saves through its (stubbed) dialog.
    let csv: string;
    if (app.kind === 'browser') {
      const download = page.waitForEvent('download', { timeout: 15_000 });
      await parley.quotes.root.getByRole('button', { name: 'Save as CSV' }).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(/\.csv$/);
      csv = readFileSync(await file.path(), 'utf8');
    } else {
      const target = join(app.dataDir, 'export.csv');
      await app.stubSaveDialog(target);
      await parley.quotes.root.getByRole('button', { name: 'Save as CSV' }).click();
      await expect(parley.toast).toContainText('Saved CSV');
      csv = readFileSync(target, 'utf8');
    }
    const [header, row] = csv.split(/\r?\n/);
    for (const column of [
      'id',
      'exact',
      'tags',
      'outlet',
      'title',
      'published',
      'path',
      'start',
      'end',
      'hash',
    ]) {
      expect(header?.split(',')).toContain(column);
    }
    expect(row).toContain(SENTENCE);
    expect(row).toMatch(/^Q1,/);
    expect(row).toContain('004_4d5fc55baaf930ef.txt');
    expect(row).toContain('crimea; ceasefire');

    // Closing and reopening Parley on the same data keeps the quote and its tags.
    await app.restart();
    const reopened = new ParleyPage(app);
    const again = reopened.quotes.card('Q1');
    await expect(again.getByRole('button', { name: /One source said/ })).toHaveText(
      `“${SENTENCE}”`,
    );
    await expect(again).toContainText('crimea');
    await expect(again).toContainText('ceasefire');
  });

  test('the context menu pins a selection, and a deleted quote comes back with Undo', async ({
    parley,
  }) => {
    await parley.search.run('"land bridge"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
    await parley.reader.selectText('preserve the land bridge to Crimea');
    await parley.reader.rightClickSelection();
    const menu = parley.page.getByRole('menu', { name: 'Selected text' });
    await menu.getByRole('menuitem', { name: /Pin quote/ }).click();
    await expect(menu).toHaveCount(0);
    await expect(parley.quotes.items).toHaveCount(1);
    await expect(parley.reader.pinnedPassage('Q1').first()).toBeVisible();

    await parley.quotes.root.getByRole('button', { name: 'Delete Q1' }).click();
    await expect(parley.quotes.items).toHaveCount(0);
    await expect(parley.reader.pinnedPassage('Q1')).toHaveCount(0);
    const deleted = parley.page.getByRole('group', { name: 'Deleted quote' });
    await expect(deleted).toContainText('Deleted Q1');
    await deleted.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(parley.quotes.card('Q1')).toContainText('preserve the land bridge to Crimea');
    await expect(parley.reader.pinnedPassage('Q1').first()).toBeVisible();
  });

  test('a damaged workspace shows what went wrong and a way out, not a blank app', async ({
    app,
    parley,
  }) => {
    await expect(parley.corpus.folder('seeds')).toContainText('5 articles');
    await app.restart(() => {
      for (const name of readdirSync(app.dataDir)) {
        if (/\.parley-(wal|shm)$/.test(name)) rmSync(join(app.dataDir, name));
      }
      writeFileSync(join(app.dataDir, 'Default.parley'), 'this is not a database'.repeat(500));
    });

    const problem = app.page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await expect(problem).toBeVisible();
    await expect(problem).toContainText('Default.parley');
    if (app.kind === 'electron') await app.stubSaveDialog(join(app.dataDir, 'Fresh.parley'));
    await problem.getByRole('button', { name: 'New workspace…' }).click();
    if (app.kind === 'browser') {
      await problem.getByLabel('Workspace file').fill(join(app.dataDir, 'Fresh.parley'));
      await problem.getByRole('button', { name: 'Create' }).click();
    }
    await expect(problem).toHaveCount(0);
    await expect(parley.workspace.menuButton).toContainText('Fresh');
    await expect(parley.quotes.root).toContainText('No quotes yet');
  });
});

test.describe('a quote whose file changed', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-moved-'));
  const said = 'The ministry said the talks would resume in Geneva next week.';
  writeFileSync(join(folder, 'talks.txt'), `Geneva talks\n\n${said}\n`);
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  test.use({ corpora: [folder] });

  test('keeps its move after a re-check says ok, and tells it under History', async ({
    parley,
    app,
  }) => {
    await parley.search.run('Geneva');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
    await parley.reader.selectText(said);
    await parley.reader.pinButton.click();
    const q1 = parley.quotes.card('Q1');
    await expect(q1).toContainText('ok');

    writeFileSync(join(folder, 'talks.txt'), `Geneva talks\n\nUpdated at noon.\n\n${said}\n`);
    const verify = parley.quotes.root.getByRole('button', { name: 'Verify quotes' });
    await expect(async () => {
      await verify.click();
      await expect(q1.locator('.status-badge')).toContainText('moved on', { timeout: 1000 });
    }).toPass();
    await verify.click();
    await expect(q1.locator('.status-badge')).toHaveText(/ok · moved on \d+ \w+ \d{4}/);

    await q1.getByText('History', { exact: true }).click();
    const history = q1.getByRole('list', { name: 'History of Q1' });
    await expect(history.getByRole('listitem')).toHaveText([
      /pinned at characters 0–61 \(text \w{8}\)$/,
      /moved from characters 0–61 \(text \w{8}\) to 18–79 \(text \w{8}\)$/,
    ]);
    await app.page.setViewportSize({ width: 1024, height: 700 });
    await app.page.screenshot({ path: join(tmpdir(), 'parley-history-1024.png') });
    await app.page.setViewportSize({ width: 1920, height: 1080 });
    await app.page.screenshot({ path: join(tmpdir(), 'parley-history-1920.png') });
  });
});
