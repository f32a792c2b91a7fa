import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';

const FILE = '004_4d5fc55baaf930ef.txt';
const SENTENCE = 'preserve the land bridge to Crimea';
const EDITED = 'give up the land bridge to Crimea entirely';

test.describe('the open reader follows its file', () => {
  // A copy of the seeds registered as the corpus, so the test may edit and delete a file of it.
  const folder = mkdtempSync(join(tmpdir(), 'parley-follow-'));
  cpSync(join(repoRoot, 'seeds'), folder, { recursive: true });
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  test.use({ corpora: [folder] });

  test('an edited file shows its new text and word count, and a deleted one says it is gone', async ({
    parley,
  }) => {
    const { reader, quotes } = parley;
    await parley.search.run('"land bridge"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
    const words = reader.root.getByText(/^[\d,]+ words$/);
    const before = Number((await words.textContent())?.replace(/\D/g, ''));
    await reader.selectText(SENTENCE);
    await reader.pinButton.click();
    await expect(reader.pinnedPassage('Q1').first()).toBeVisible();

    const path = join(folder, FILE);
    const original = readFileSync(path, 'utf8');
    expect(original).toContain(SENTENCE);
    writeFileSync(path, original.replace(SENTENCE, EDITED));

    await expect(quotes.card('Q1')).toContainText('lost');
    await expect(reader.root).toContainText(EDITED);
    await expect(reader.root).not.toContainText(SENTENCE);
    await expect(words).toHaveText(`${before + 2} words`);
    await expect(reader.pinnedPassage('Q1')).toHaveCount(0);

    // Looking at the quote again keeps the new text (it is not reopened from a stale copy).
    await quotes
      .card('Q1')
      .getByRole('button', { name: /preserve the land bridge/ })
      .click();
    await expect(reader.root).toContainText(EDITED);

    rmSync(path);
    await expect(reader.root.getByRole('alert')).toContainText('file is no longer in the corpus');
    // The last text read stays on show, so nothing the analyst was reading disappears.
    await expect(reader.root).toContainText(EDITED);
  });
});
