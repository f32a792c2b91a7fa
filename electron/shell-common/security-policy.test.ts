import { describe, expect, it } from 'vitest';
import {
  APP_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedRequestUrl,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  navigationDecision,
} from './security-policy';

describe('isAppUrl / isTrustedSender', () => {
  it.each([
    [APP_URL, true],
    ['parley://app/', true],
    ['parley://app/assets/index-3f2a.js?x=1#top', true],
    // Chromium reports standard-scheme URLs lower-cased; anything else is not what it reported.
    ['PARLEY://APP/index.html', false],
    ['parley://evil/index.html', false],
    ['parley://app.evil/index.html', false],
    ['parley://app:8080/index.html', false],
    ['parley://user@evil/index.html', false],
    ['parley:app/index.html', false],
    ['http://app/index.html', false],
    ['https://parley.app/index.html', false],
    ['file:///opt/Parley/resources/app.asar/dist/renderer/index.html', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['', false],
    [null, false],
    [undefined, false],
    ['not a url', false],
  ])('treats %j as the app: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
    expect(isTrustedSender(url)).toBe(expected);
  });
});

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://www.ft.com/content/abc', true],
    ['http://example.org/a?b=c', true],
    ['HTTPS://WWW.REUTERS.COM/', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['mailto:desk@example.org', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['parley://app/index.html', false],
    ['https://user:pass@example.org/', false],
    ['https://', false],
    ['//example.org/path', false],
    ['', false],
    [undefined, false],
  ])('lets %j open in the browser: %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});

describe('navigation and loading', () => {
  it('keeps the window on app pages and denies everything else', () => {
    expect(navigationDecision('parley://app/index.html')).toBe('allow');
    expect(navigationDecision('https://www.ft.com/')).toBe('deny');
    expect(navigationDecision('file:///etc/passwd')).toBe('deny');
  });

  it.each([
    ['parley://app/assets/app.js', true],
    ['parley://other/x.js', false],
    ['data:image/png;base64,AAAA', true],
    ['blob:parley://app/6f1c', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:4780/api/events', false],
    ['ws://127.0.0.1:9229', false],
    ['file:///etc/hosts', false],
  ])('lets the session load %j: %s', (url, expected) => {
    expect(isAllowedRequestUrl(url)).toBe(expected);
  });

  it('forbids remote and inline scripts in the content security policy', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|\*/);
  });
});
