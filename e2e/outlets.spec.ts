import { expect, test } from './fixtures';
import { ParleyPage } from './pages/parley-page';

/** The European official's words as seed 002 (a relay of the FT report) quotes them. */
const QUOTATION =
  'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory';

test.describe('the outlet-reliability notebook', () => {
  test('grading the FT shows on a quote from its relay as the pair, survives a restart and undoes', async ({
    app,
    parley,
  }) => {
    const page = app.page;
    await parley.search.run('"claim victory"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
    await parley.reader.selectText(QUOTATION);
    await parley.reader.pinButton.click();
    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(parley.quotes.pair('Q1')).toHaveText(/^\?\?/);
    const relay = parley.quotes.card('Q1').getByText(/^via Financial Times, publish/);
    await expect(relay).toBeVisible();

    // Alt+3: the Outlets pane; the FT is the origin of the four relays.
    await page.keyboard.press('Alt+3');
    await expect(parley.outlets.tab).toHaveAttribute('aria-selected', 'true');
    await expect(parley.outlets.row('Financial Times')).toContainText('origin of 4');
    await expect(parley.outlets.row('Reuters')).toBeVisible();

    await parley.outlets.open('Financial Times');
    await expect(parley.outlets.detail.getByRole('region', { name: 'Statistics' })).toContainText(
      'As origin4',
    );
    await expect(parley.outlets.currentGrade).toHaveText('Not graded');

    // A track-record entry, listed with its kind and date.
    await parley.outlets.addRecord('Correction', '2025-02-20', 'Corrected the date of the talks');
    await expect(parley.toast).toHaveText('Added to the track record of Financial Times');
    await expect(parley.outlets.record.getByRole('listitem')).toHaveCount(1);
    await expect(parley.outlets.record).toContainText('Correction');
    await expect(parley.outlets.record).toContainText('Corrected the date of the talks');

    // Grade B with its doctrine wording and a rationale.
    await parley.outlets.grade('B', 'Long record; corrects openly');
    await expect(parley.toast).toHaveText('Graded Financial Times B');
    await expect(parley.outlets.currentGrade).toContainText('B Usually reliable');

    // The quote carries the FT's grade: B?, then B2 once its own credibility is set.
    await page.keyboard.press('Alt+1');
    await expect(parley.quotes.pair('Q1')).toHaveText(/^B\?/);
    const card = parley.quotes.card('Q1');
    await card.getByRole('button', { name: /There is a lot of pressure/ }).click();
    await card.getByLabel('Grade').selectOption('2');
    await expect(parley.quotes.pair('Q1')).toHaveText(
      /^B2Admiralty B2: Financial Times: usually reliable · probably true$/,
    );

    // Closing and reopening Parley keeps the grade, the record and the pair.
    await app.restart();
    const again = new ParleyPage(app);
    await expect(again.quotes.pair('Q1')).toHaveText(/^B2/);
    await again.page.keyboard.press('Alt+3');
    await again.outlets.open('Financial Times');
    await expect(again.outlets.currentGrade).toContainText('B Usually reliable');
    await expect(again.outlets.record).toContainText('Corrected the date of the talks');

    // Undo the credibility, then the grade: the FT is ungraded again and the quote reads ??.
    await expect(again.workspace.undoButton).toBeEnabled();
    await again.page.keyboard.press('Control+z');
    await expect(again.workspace.undoButton).toHaveAccessibleName(/Grade Financial Times B/);
    await again.page.keyboard.press('Control+z');
    await expect(again.outlets.currentGrade).toHaveText('Not graded');
    await again.page.keyboard.press('Alt+1');
    await expect(again.quotes.pair('Q1')).toHaveText(/^\?\?/);
  });
});

test.describe('the Outlets pane at common window sizes', () => {
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${size.width}×${size.height} a graded outlet's detail scrolls inside the pane`, async ({
      parley,
    }, testInfo) => {
      const page = parley.page;
      await page.setViewportSize(size);
      await page.keyboard.press('Alt+3');
      await parley.outlets.open('Financial Times');
      await parley.outlets.grade('B', 'Long record; corrects openly');
      await expect(parley.outlets.currentGrade).toContainText('B Usually reliable');
      await parley.outlets.addRecord('Good call', '2025-02-21', 'First with the ceasefire offer');
      await expect(parley.outlets.record.getByRole('listitem')).toHaveCount(1);

      expect(
        await page.evaluate(() => [
          document.documentElement.scrollWidth <= innerWidth,
          document.documentElement.scrollHeight <= innerHeight,
        ]),
      ).toEqual([true, true]);
      await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
      // The pane scrolls itself: its last section is reachable without moving the page.
      const articles = parley.outlets.detail.getByRole('region', { name: 'Its articles' });
      await articles.scrollIntoViewIfNeeded();
      await expect(articles).toBeInViewport();
      expect(await page.evaluate(() => [scrollX, scrollY])).toEqual([0, 0]);
      await parley.outlets.detail
        .getByRole('heading', { name: 'Financial Times' })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: testInfo.outputPath(`outlets-${size.width}.png`) });
    });
  }
});
