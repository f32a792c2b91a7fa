import { expect, test } from './fixtures';

test.describe('undated articles and the date filter', () => {
  test('says how many undated articles a date filter hides and brings them back on request', async ({
    parley,
    page,
  }) => {
    await parley.search.run('Crimea');
    await parley.search.expectResultCount(5);

    // Every seed article is undated, so a From date alone leaves nothing.
    await parley.search.from.fill('2025-01-01');
    await parley.search.expectResultCount(0);
    await expect(parley.search.undated).toContainText(
      '5 undated articles hidden by the date filter',
    );
    await page.screenshot({ path: 'test-results/undated-hidden.png' });

    await parley.search.undated.getByRole('button', { name: 'Include undated' }).click();
    await parley.search.expectResultCount(5);
    await expect(parley.search.includeUndated).toBeChecked();
    await expect(parley.search.undated).toHaveCount(0);

    await parley.search.includeUndated.uncheck();
    await parley.search.expectResultCount(0);
    await expect(parley.search.undated).toContainText('5 undated articles');
  });
});
