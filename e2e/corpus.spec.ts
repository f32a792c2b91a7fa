import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, sharedCorpora, test } from './fixtures';

const bbc = join(sharedCorpora, 'bbc');

test.describe('adding a folder', () => {
  test.skip(!existsSync(bbc), `corpus missing: ${bbc}`);
  if (!existsSync(bbc)) console.warn(`e2e: skipping the BBC spec, ${bbc} is missing`);

  test('adding the BBC folder shows indexing progress and then its 2,225 articles', async ({
    parley,
  }) => {
    test.setTimeout(180_000);
    await expect(parley.corpus.folder('seeds')).toContainText('5 articles');

    await parley.corpus.addFolder(bbc);

    await expect(parley.corpus.progress).toBeVisible();
    await expect(parley.corpus.progress).toHaveAttribute('aria-valuenow', /\d+/);
    await expect(parley.corpus.folder('bbc')).toContainText('2,225 articles', { timeout: 150_000 });
    await expect(parley.corpus.progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/);

    // The new folder is searchable straight away.
    await parley.search.run('Blair');
    await expect(parley.search.resultCount).toHaveText(/^[\d,]+ results$/);
    await expect(parley.search.resultItems.first()).toContainText('Blair');
  });

  test('a folder path that does not exist is refused with a reason', async ({ parley, app }) => {
    test.skip(app.kind !== 'browser', 'types a path, which only the browser host offers');
    await parley.corpus.addFolder(join(sharedCorpora, 'no-such-folder'));
    await expect(parley.corpus.root.getByRole('alert')).toBeVisible();
    await expect(parley.corpus.root.getByLabel('Folder path')).toBeVisible();
  });
});
