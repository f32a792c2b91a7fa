import { request as httpRequest } from 'node:http';
import { expect, test, withBareHost } from './fixtures';

/** A raw HTTP request, so the Host header can be anything. */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

test.describe('the browser host refuses strangers', () => {
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a hook's fixtures from this pattern.
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name !== 'browser', 'browser host only');
  });

  test('a request without the token is refused', async ({ request }) => {
    await withBareHost(async (url) => {
      const { origin } = new URL(url);
      const page = await request.get(`${origin}/`, { maxRedirects: 0 });
      expect([401, 403]).toContain(page.status());
      const api = await request.post(`${origin}/api/corpus:list`, { data: {} });
      expect([401, 403]).toContain(api.status());
      const events = await request.get(`${origin}/api/events`);
      expect([401, 403]).toContain(events.status());
      const wrongToken = await request.get(`${origin}/?token=not-the-token`, { maxRedirects: 0 });
      expect([401, 403]).toContain(wrongToken.status());
    });
  });

  test('the token link works, and a request under another Host name is refused', async () => {
    await withBareHost(async (url) => {
      const { origin, port } = new URL(url);
      // With the right token the link is accepted (a redirect that sets the cookie)…
      expect(await rawRequest(url)).toBe(303);
      // …but not when the request claims another host, as a DNS-rebinding page would.
      expect(
        await rawRequest(url, { headers: { Host: `evil.example:${port}` } }),
      ).toBeGreaterThanOrEqual(400);
      expect([401, 403]).toContain(
        await rawRequest(`${origin}/api/corpus:list`, {
          method: 'POST',
          headers: { Host: 'evil.example', 'content-type': 'application/json' },
          body: '{}',
        }),
      );
    });
  });

  test('a cross-origin page cannot call the API even with the token', async () => {
    await withBareHost(async (url) => {
      const { origin } = new URL(url);
      const token = new URL(url).searchParams.get('token') ?? '';
      const status = await rawRequest(`${origin}/api/corpus:list`, {
        method: 'POST',
        headers: {
          Origin: 'http://evil.example',
          Authorization: `Bearer ${token}`,
          'content-type': 'application/json',
        },
        body: '{}',
      });
      expect([401, 403]).toContain(status);
    });
  });
});
