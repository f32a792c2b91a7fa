import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, sharedCorpora, test } from './fixtures';

const brownUk = join(sharedCorpora, 'ru-uk', 'brown-uk-press');

test.describe('a folder with a meta.csv sidecar (Brown-UK press)', () => {
  test.skip(!existsSync(brownUk), `${brownUk} is missing`);
  test.use({ corpora: [brownUk] });

  test('says the metadata came from meta.csv and shows its outlet and author', async ({
    parley,
    app,
  }) => {
    const folder = parley.corpus.folder('brown-uk-press');
    await expect(folder).toContainText('577 articles');
    await expect(folder.getByText('Metadata from meta.csv for 577 files')).toBeVisible();
    await expect(folder).not.toContainText('skipped');

    await parley.search.run('"Kray Technologies"');
    await expect(parley.search.resultItems.first()).toContainText('Бізнес');
    await parley.openResult(0);
    await expect(parley.reader.heading).toHaveText('Технології, що нагодують людство');
    await expect(parley.reader.root).toContainText('Бізнес');
    await expect(parley.reader.root).toContainText('Валентина Дудко');
    // meta.csv gives only the year: no day is made up.
    await expect(parley.reader.root).not.toContainText('1 Jan 2018');

    await parley.reader.selectText('Український стартап Kray Technologies');
    await parley.reader.pinButton.click();
    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(parley.quotes.items.first()).toContainText('Бізнес');

    // outlet: searches the outlet meta.csv gives, which the file itself never states.
    await parley.search.run('outlet:Бізнес AND "Kray Technologies"');
    await parley.search.expectResultCount(1);
    await parley.search.run('outlet:Подолянин AND "Kray Technologies"');
    await parley.search.expectResultCount(0);

    for (const size of [
      { width: 1024, height: 700 },
      { width: 1920, height: 1080 },
    ]) {
      await app.page.setViewportSize(size);
      await app.page.screenshot({ path: test.info().outputPath(`sidecar-${size.width}.png`) });
    }
  });

  test('finds a year-only article with a date range over that year, and shows the year alone', async ({
    parley,
  }) => {
    const { search } = parley;
    await search.run('"Kray Technologies"');
    await search.expectResultCount(1);
    await search.from.fill('2018-01-01');
    await search.to.fill('2018-12-31');
    await search.expectResultCount(1);
    await expect(search.resultItems.first()).toContainText('2018');
    await expect(search.resultItems.first()).not.toContainText('Jan 2018');
    await expect(search.undated).toHaveCount(0);

    await search.from.fill('2019-01-01');
    await search.to.fill('');
    await search.expectResultCount(0);
    // A dated article outside the range is no undated one.
    await expect(search.undated).toHaveCount(0);
  });
});
