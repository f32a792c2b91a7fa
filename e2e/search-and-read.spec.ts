import { expect, test } from './fixtures';

test.describe('the sample corpus', () => {
  test('first start shows the sample corpus with its five articles', async ({ parley }) => {
    await expect(parley.folder('seeds')).toContainText('5 articles');
    await expect(parley.searchBox)
      .toBeFocused({ timeout: 1 })
      .catch(() => undefined);
    await expect(parley.searchBox).toBeEditable();
  });

  test('searching Crimea lists the five articles that mention it', async ({ parley }) => {
    await parley.search('Crimea');
    await parley.expectResultCount(5);
    await expect(parley.resultItems).toHaveCount(5);
    // Every snippet marks what matched.
    for (const item of await parley.resultItems.all()) {
      await expect(item.locator('mark').first()).toBeVisible();
    }
  });

  test('opening a result shows the article with its matches and working hit navigation', async ({
    parley,
  }) => {
    await parley.search('Crimea');
    await parley.expectResultCount(5);
    await parley.openResult(0);

    const marks = parley.reader.locator('mark');
    await expect(marks.first()).toBeVisible();
    const count = await marks.count();
    expect(count).toBeGreaterThan(1);
    await expect(parley.hitCounter).toHaveText(`Hit 1 of ${count}`);
    await expect(parley.currentHit).toHaveCount(1);
    await expect(parley.currentHit).toHaveAttribute('data-hit', '0');
    await expect(parley.reader).toContainText(/seeds\/\S+\.txt/);

    await parley.nextHit.click();
    await expect(parley.hitCounter).toHaveText(`Hit 2 of ${count}`);
    await expect(parley.currentHit).toHaveAttribute('data-hit', '1');
    await expect(parley.currentHit).toBeInViewport();

    await parley.previousHit.click();
    await expect(parley.hitCounter).toHaveText(`Hit 1 of ${count}`);
    await expect(parley.currentHit).toHaveAttribute('data-hit', '0');
  });

  test('the keyboard moves through results and opens one with Enter', async ({ parley, app }) => {
    await parley.search('Crimea');
    await parley.expectResultCount(5);
    await parley.searchBox.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    const second = parley.resultItems.nth(1).getByRole('button');
    await expect(second).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(parley.reader.getByRole('heading', { level: 2 })).toHaveText(
      (await second.textContent()) ?? '',
    );
  });

  test('a phrase search narrows the results to the one article with that phrase', async ({
    parley,
  }) => {
    await parley.search('"land bridge"');
    await parley.expectResultCount(1);
    await expect(parley.resultItems).toHaveCount(1);
    await expect(parley.resultItems.first().locator('mark').first()).toBeVisible();
  });

  for (const malformed of ['"Crimea', 'title:']) {
    test(`a malformed query (${malformed}) shows the engine's notice, not an error`, async ({
      parley,
      app,
    }) => {
      await parley.search(malformed);
      await expect(parley.notice).toBeVisible();
      await expect(parley.notice).not.toHaveText('');
      await expect(parley.resultCount).toBeVisible();
      await expect(app.page.getByRole('alert')).toHaveCount(0);
    });
  }
});
