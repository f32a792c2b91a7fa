import { expect, test } from './fixtures';

test.describe('pinning from the keyboard', () => {
  test.beforeEach(async ({ parley }) => {
    await parley.search.run('"land bridge"');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);
  });

  test('Alt+Down selects sentence by sentence, Ctrl+Shift+P pins it, and the pin has a name Tab reaches', async ({
    parley,
  }) => {
    const { reader, page } = parley;
    await reader.text.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(reader.cursor).toHaveText(/^Sentence 1 of \d+ selected$/);
    await page.keyboard.press('Alt+ArrowDown');
    await expect(reader.cursor).toHaveText(/^Sentence 2 of \d+ selected$/);
    const second = await reader.selectedText();
    expect(second.length).toBeGreaterThan(10);
    expect(second).not.toContain('\n');
    await page.keyboard.press('Alt+ArrowUp');
    await expect(reader.cursor).toHaveText(/^Sentence 1 of \d+ selected$/);
    await page.keyboard.press('Alt+ArrowDown');
    await expect(reader.pinButton).toBeEnabled();
    await page.keyboard.press('Control+Shift+P');

    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(parley.quotes.card('Q1')).toContainText(second.trim());
    await expect(reader.pinnedQuote('Q1')).toBeVisible();

    // Paragraph steps select a whole line of the article.
    await reader.text.focus();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect(reader.cursor).toHaveText(/^Paragraph \d+ of \d+ selected$/);

    // Tab from the article text lands on the pinned passage, by its name.
    await reader.text.focus();
    await page.keyboard.press('Tab');
    await expect(reader.pinnedQuote('Q1')).toBeFocused();
    await expect(reader.pinButton).toHaveAttribute('title', /Alt\+Down/);
  });

  test('Ctrl+A selects the article text only, and pinning all of it asks first', async ({
    parley,
  }) => {
    const { reader, page } = parley;
    await reader.text.focus();
    await page.keyboard.press('Control+a');
    await expect(reader.cursor).toHaveText('Whole article selected');
    const selected = await reader.selectedText();
    const body = (await reader.text.textContent()) ?? '';
    expect(selected.replace(/\s+/g, ' ').trim()).toBe(body.replace(/\s+/g, ' ').trim());
    expect(selected).not.toContain('Close article');
    expect(selected).not.toContain('Previous hit');

    await page.keyboard.press('Control+Shift+P');
    const ask = page.getByRole('alertdialog', { name: 'Pin a long passage?' });
    await expect(ask).toContainText(/characters in \d+ paragraphs/);
    await expect(parley.quotes.items).toHaveCount(0);
    await ask.getByRole('button', { name: 'Cancel' }).click();
    await expect(ask).toHaveCount(0);
    await expect(parley.quotes.items).toHaveCount(0);

    await reader.text.focus();
    await page.keyboard.press('Control+a');
    await reader.pinButton.click();
    await ask.getByRole('button', { name: 'Pin whole passage' }).click();
    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(parley.quotes.items).toHaveCount(1);
  });

  test('Shift+Arrow extends a selection from the start by characters, words and sentences, and Ctrl+Shift+P pins it', async ({
    parley,
  }) => {
    const { reader, page } = parley;
    const body = (await reader.text.textContent()) ?? '';
    const firstWord = /^\S+/.exec(body)?.[0] ?? '';
    expect(firstWord.length).toBeGreaterThan(2);

    await reader.text.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight');
    await expect(reader.cursor).toHaveText('3 characters selected');
    expect(await reader.selectedText()).toBe(body.slice(0, 3));
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await reader.selectedText()).toBe(body.slice(0, 2));

    // By word: to the end of this word, then the next one.
    await page.keyboard.press('Control+Shift+ArrowRight');
    expect(await reader.selectedText()).toBe(firstWord.replace(/[^\p{L}\p{N}'’_-]+$/u, ''));
    await page.keyboard.press('Control+Shift+ArrowRight');
    const twoWords = await reader.selectedText();
    expect(twoWords.split(/\s+/)).toHaveLength(2);
    await page.keyboard.press('Control+Shift+ArrowLeft');
    expect((await reader.selectedText()).trim()).toBe(
      firstWord.replace(/[^\p{L}\p{N}'’_-]+$/u, ''),
    );

    // By sentence: to the end of the first one, which is what gets pinned.
    await page.keyboard.press('Shift+ArrowDown');
    const sentence = await reader.selectedText();
    expect(sentence.length).toBeGreaterThan(twoWords.length);
    expect(sentence).toMatch(/[.!?…»”"]$/);
    expect(body.startsWith(sentence)).toBe(true);
    await expect(reader.pinButton).toBeEnabled();
    await page.keyboard.press('Control+Shift+P');
    await expect(parley.toast).toHaveText('Pinned Q1');
    await expect(parley.quotes.card('Q1')).toContainText(sentence.slice(0, 40));
  });

  test('Shift+Arrow goes on from a sentence Alt+Down selected', async ({ parley }) => {
    const { reader, page } = parley;
    await reader.text.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    const second = await reader.selectedText();
    await page.keyboard.press('Shift+ArrowDown');
    const longer = await reader.selectedText();
    expect(longer.startsWith(second)).toBe(true);
    expect(longer.length).toBeGreaterThan(second.length);
    // Up goes back to the start of the sentence the selection ends in.
    await page.keyboard.press('Shift+ArrowUp');
    expect((await reader.selectedText()).trimEnd()).toBe(second);
    await expect(reader.pinButton).toHaveAttribute('title', /Shift\+Right/);
  });
});
