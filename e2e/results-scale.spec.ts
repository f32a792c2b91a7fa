import { expect, test } from './fixtures';

const TOTAL = 10_000;

test.describe('a very long result list', () => {
  test('scrolls through 10,000 hits, fetched page by page, keeping only a screenful in the DOM', async ({
    parley,
    app,
  }) => {
    test.skip(
      app.kind !== 'browser',
      'fakes the engine by intercepting HTTP, which only the browser host uses',
    );
    const pages: number[] = [];
    // Stand in for the engine so the spec measures the list, not indexing.
    await app.page.route('**/api/search:query', async (route) => {
      const request = route.request().postDataJSON() as {
        text: string;
        offset?: number;
        limit?: number;
      };
      const offset = request.offset ?? 0;
      const count = Math.max(0, Math.min(request.limit ?? 50, TOTAL - offset));
      pages.push(offset);
      const hits = Array.from({ length: count }, (_, i) => {
        const n = offset + i + 1;
        return {
          id: `fake:${n}.txt`,
          path: `${n}.txt`,
          title: `Story number ${n}`,
          outlet: n % 2 ? 'Reuters' : 'BBC',
          published: '2025-04-22',
          score: 1,
          snippet: `…the story about a ceasefire, number ${n}…`,
          highlights: [{ start: 18, end: 27 }],
        };
      });
      await route.fulfill({
        json: { ok: true, value: { query: request.text, notice: null, total: TOTAL, hits } },
      });
    });

    await parley.search.run('ceasefire');
    await parley.search.expectResultCount(TOTAL);

    // Scroll to the bottom until the last story is rendered; each scroll makes the list fetch the
    // next page, so this waits on the page arriving, not on a clock.
    const scroller = parley.search.results.locator('xpath=..');
    const last = parley.search.resultItems.filter({ hasText: `Story number ${TOTAL}` });
    await expect(async () => {
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(last).toHaveCount(1, { timeout: 250 });
    }).toPass({ intervals: [0] });
    console.log(`e2e: scrolled to hit ${TOTAL} over ${pages.length} requests`);

    await expect(last).toHaveAttribute('aria-posinset', String(TOTAL));
    await expect(last).toHaveAttribute('aria-setsize', String(TOTAL));
    expect(await parley.search.resultItems.count()).toBeLessThan(60);
    // Within one search each page is fetched once. The search itself may be re-run from offset 0
    // when the host reports that indexing of the sample corpus finished meanwhile.
    const further = pages.slice(pages.lastIndexOf(0) + 1);
    expect(new Set(further).size).toBe(further.length);
    expect(further.length).toBeGreaterThan(0);
  });
});
