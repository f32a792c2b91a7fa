import { expect, test } from './fixtures';

test.describe('the sample corpus', () => {
  test('first start shows the sample corpus with its five articles', async ({ parley }) => {
    await expect(parley.corpus.folder('seeds')).toContainText('5 articles');
    await expect(parley.search.box)
      .toBeFocused({ timeout: 1 })
      .catch(() => undefined);
    await expect(parley.search.box).toBeEditable();
  });

  test('searching Crimea lists the five articles that mention it', async ({ parley }) => {
    await parley.search.run('Crimea');
    await parley.search.expectResultCount(5);
    await expect(parley.search.resultItems).toHaveCount(5);
    // Every snippet marks what matched.
    for (const item of await parley.search.resultItems.all()) {
      await expect(item.locator('mark').first()).toBeVisible();
    }
  });

  test('opening a result shows the article with its matches and working hit navigation', async ({
    parley,
  }) => {
    await parley.search.run('Crimea');
    await parley.search.expectResultCount(5);
    await parley.openResult(0);

    const marks = parley.reader.root.locator('mark');
    await expect(marks.first()).toBeVisible();
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    await expect(parley.reader.hitCounter).toHaveText(`Hit 1 of ${count}`);
    await expect(parley.reader.currentHit).toHaveCount(1);
    await expect(parley.reader.currentHit).toHaveAttribute('data-hit', '0');
    await expect(parley.reader.root).toContainText(/seeds\/\S+\.txt/);

    await parley.reader.nextHit.click();
    await expect(parley.reader.hitCounter).toHaveText(`Hit 2 of ${count}`);
    await expect(parley.reader.currentHit).toHaveAttribute('data-hit', '1');
    await expect(parley.reader.currentHit).toBeInViewport();

    await parley.reader.previousHit.click();
    await expect(parley.reader.hitCounter).toHaveText(`Hit 1 of ${count}`);
    await expect(parley.reader.currentHit).toHaveAttribute('data-hit', '0');
  });

  test('the keyboard moves through results and opens one with Enter', async ({ parley, app }) => {
    await parley.search.run('Crimea');
    await parley.search.expectResultCount(5);
    await parley.search.box.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    const second = parley.search.resultItems.nth(1).getByRole('button');
    await expect(second).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(parley.reader.root.getByRole('heading', { level: 2 })).toHaveText(
      (await second.textContent()) ?? '',
    );
  });

  test('a phrase search narrows the results to the one article with that phrase', async ({
    parley,
  }) => {
    await parley.search.run('"land bridge"');
    await parley.search.expectResultCount(1);
    await expect(parley.search.resultItems).toHaveCount(1);
    await expect(parley.search.resultItems.first().locator('mark').first()).toBeVisible();
  });

  for (const malformed of ['"Crimea', 'title:']) {
    test(`a malformed query (${malformed}) shows the engine's notice, not an error`, async ({
      parley,
      app,
    }) => {
      await parley.search.run(malformed);
      await expect(parley.search.notice).toBeVisible();
      await expect(parley.search.notice).not.toHaveText('');
      await expect(parley.search.resultCount).toBeVisible();
      await expect(app.page.getByRole('alert')).toHaveCount(0);
    });
  }
});
