import { expect, test } from './fixtures';

test.describe('origins', () => {
  test('five crimea results are two independent origins; the analyst splits a relay out and undoes it', async ({
    parley,
  }) => {
    const page = parley.page;
    await parley.search.run('crimea');
    await parley.search.expectResultCount(5);
    const searchArea = page.getByRole('region', { name: 'Find articles', exact: true });
    await expect(searchArea.getByText('· 2 independent origins')).toBeVisible();
    await expect(parley.search.resultItems.filter({ hasText: 'via Financial Times' })).toHaveCount(
      4,
    );
    await expect(parley.search.resultItems.filter({ hasText: 'via Reuters' })).toHaveCount(1);

    // The Reuters relay: its origin in the reader, its credit lines marked in the text.
    const reutersRow = parley.search.resultItems.filter({ hasText: 'via Reuters' });
    const title = (await reutersRow.getByRole('button').textContent()) ?? '';
    await reutersRow.getByRole('button').click();
    await expect(parley.reader.heading).toHaveText(title);
    const origin = parley.reader.root.getByRole('group', { name: 'Origin' });
    await expect(origin).toContainText('Relays Reuters');
    await expect(parley.reader.text.locator('[data-attribution="relays"]').first()).toBeVisible();
    await origin.getByLabel('Mark attributions').uncheck();
    await expect(parley.reader.text.locator('[data-attribution]')).toHaveCount(0);

    // Alt+2: the Origins pane, counting the results in relay groups.
    await page.keyboard.press('Alt+2');
    await expect(parley.origins.tab).toHaveAttribute('aria-selected', 'true');
    await expect(parley.origins.count).toHaveText('5 results · 2 independent origins');
    await expect(parley.origins.groups).toHaveCount(2);
    await parley.origins.group('Financial Times').click();
    await expect(
      parley.origins.root.getByRole('list', { name: 'Why these articles are one group' }),
    ).toContainText('credit Financial Times');
    await expect(
      parley.origins.root.getByRole('region', { name: 'Shared passages' }),
    ).toBeVisible();
    await expect(parley.origins.members).toHaveCount(4);
    // The relays word one quotation three ways: side by side, as word diffs.
    const drift = parley.origins.root.getByRole('region', {
      name: 'Quotations worded differently',
    });
    await expect(drift).toContainText(
      'There is now a lot of pressure on Kiev to give up certain things so that Trump can declare victory',
    );
    await expect(drift).toContainText('Quoted in 3 articles, in 3 wordings');
    await expect(drift.locator('ins').first()).toBeVisible();

    // Split the london-news-net relay out: three origins, in the pane and over the results.
    const member = parley.origins.member('Putin Signals Willingness');
    await member.getByText('Change…').click();
    await member.getByRole('button', { name: 'Split out of this group' }).click();
    await expect(parley.origins.count).toHaveText('5 results · 3 independent origins');
    await expect(searchArea.getByText('· 3 independent origins')).toBeVisible();
    await expect(parley.workspace.undoButton).toBeEnabled();

    // One undo puts the group back together.
    await parley.workspace.undoButton.click();
    await expect(parley.origins.count).toHaveText('5 results · 2 independent origins');
    await parley.origins.root.getByRole('radio', { name: 'Whole corpus' }).check();
    await expect(parley.origins.count).toHaveText('5 articles · 2 independent origins');
  });
});
