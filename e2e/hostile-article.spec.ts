import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/** A saved page doing everything a hostile article could try. */
const hostileHtml = `<!doctype html>
<html><head>
<title>Zanzibar ferry report</title>
<meta http-equiv="refresh" content="0; url=http://203.0.113.7/refresh">
<link rel="stylesheet" href="http://203.0.113.7/style.css">
<script>document.title = 'pwned'; window.__pwned = 'script'; alert('script ran');</script>
<script src="http://203.0.113.7/evil.js"></script>
</head>
<body onload="window.__pwned = 'onload'">
<h1>Zanzibar ferry report</h1>
<p>Ferries to Zanzibar resumed on Monday, the harbour master said.</p>
<p><img src="http://203.0.113.7/pixel.png" onerror="window.__pwned = 'onerror'" alt="pixel">
Passengers queued from dawn. <a href="javascript:window.__pwned='link'">Read more</a></p>
<iframe src="http://203.0.113.7/frame.html"></iframe>
<svg><script>window.__pwned = 'svg'</script></svg>
<p style="background:url(http://203.0.113.7/bg.png)">The Zanzibar crossing takes two hours.</p>
<p>&lt;script&gt;window.__pwned = 'escaped'&lt;/script&gt; is how the page quoted code.</p>
</body></html>
`;

test.describe('a hostile HTML article', () => {
  const folder = mkdtempSync(join(tmpdir(), 'parley-hostile-'));
  writeFileSync(join(folder, 'hostile.html'), hostileHtml);
  test.afterAll(() => rmSync(folder, { recursive: true, force: true }));
  test.use({ corpora: [folder] });

  test('renders as text: no script runs and nothing is fetched from outside 127.0.0.1', async ({
    parley,
    app,
  }) => {
    const { page } = app;
    await parley.search.run('Zanzibar');
    await parley.search.expectResultCount(1);
    await parley.openResult(0);

    await expect(parley.reader.root).toContainText('Ferries to Zanzibar resumed on Monday');
    await expect(parley.reader.root).toContainText('The Zanzibar crossing takes two hours.');
    await expect(
      parley.reader.root.locator('img, script, iframe, a, svg, link, style'),
    ).toHaveCount(0);
    await expect(parley.reader.root.locator('mark').first()).toBeVisible();
    await parley.reader.nextHit.click();

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await expect(page).toHaveTitle('Parley');
    expect(app.dialogs).toEqual([]);

    for (const url of app.requests) {
      if (app.origin) expect(url.startsWith(`${app.origin}/`), url).toBe(true);
      else expect(url, url).not.toMatch(/^(https?|wss?):\/\/(?!127\.0\.0\.1[:/])/);
    }
    expect(app.requests.some((url) => url.includes('203.0.113.7'))).toBe(false);
  });
});
