import { expect, test } from './fixtures';

test.describe('name variants the analyst adds', () => {
  test('a spelling added beside the query notice is searched with its name, and undo takes it away', async ({
    parley,
  }) => {
    const { search } = parley;
    await search.run('Kyjiw');
    await search.expectResultCount(0);

    // An empty spelling is refused with a reason, and nothing changes.
    await search.addSpelling('Kyjiw', '  ');
    await expect(search.variantForm.getByRole('alert')).toHaveText('A spelling cannot be empty.');
    await search.expectResultCount(0);

    await search.addSpelling('Kyiv', 'Kyjiw');
    await expect(search.variantForm).toHaveCount(0);
    await expect(search.notice).toContainText('Also searched: Kyiv');
    await expect(search.resultItems.first()).toBeVisible();
    await expect(search.resultCount).not.toHaveText('No results');

    // The shipped spellings find the analyst's one too.
    await search.run('Kiev');
    await expect(search.notice).toContainText('Kyjiw');

    await expect(parley.workspace.undoButton).toHaveAccessibleName(/Set spellings of Kyiv/);
    await parley.workspace.undoButton.click();
    await search.run('Kyjiw');
    await search.expectResultCount(0);
  });
});
