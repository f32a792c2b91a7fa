import { expect, test } from './fixtures';

/** The European official's words as seed 002 quotes them; 001 has them reworded, 004 not at all. */
const QUOTATION =
  'There is a lot of pressure on Kyiv right now to give up on things so Trump can claim victory';

test.describe('corroboration of a pinned quote', () => {
  test('shows the origin and the one independent origin carrying it, and refuses grade 1 with the reason', async ({
    parley,
  }) => {
    await parley.search.run('"claim victory"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
    await parley.reader.selectText(QUOTATION);
    await parley.reader.pinButton.click();
    await expect(parley.toast).toHaveText('Pinned Q1');

    const line = parley.quotes.corroboration('Q1');
    await expect(line).toContainText('via Financial Times');
    await expect(line).toContainText(/carried by [2-4] articles · 1 independent origin/);

    const card = parley.quotes.card('Q1');
    await card.getByLabel('Grade').selectOption('1');
    await expect(card.getByRole('alert')).toHaveText(
      'Grade 1 (confirmed by other independent sources) needs at least 2 independent origins carrying this passage; it has 1 (Financial Times).',
    );
    await expect(card.getByLabel('Grade')).toHaveValue('');
    await expect(parley.workspace.undoButton).toHaveAccessibleName(/Pin Q1/);

    await card.getByLabel('Grade').selectOption('2');
    await expect(card.getByRole('alert')).toHaveCount(0);
    await expect(parley.workspace.undoButton).toHaveAccessibleName(/grade.*Q1/i);
  });
});
