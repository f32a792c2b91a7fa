import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeFor, resolveAssetPath } from './static-assets';

const root = resolve('/srv/renderer');

describe('resolveAssetPath', () => {
  it.each([
    ['/', join(root, 'index.html')],
    ['/index.html', join(root, 'index.html')],
    ['/assets/app-1a2b.js', join(root, 'assets', 'app-1a2b.js')],
    ['/search', join(root, 'index.html')],
    ['/assets/my%20font.woff2', join(root, 'assets', 'my font.woff2')],
    ['/../../etc/passwd', null],
    ['/assets/../../secret.txt', null],
    ['/%2e%2e/%2e%2e/etc/passwd.txt', null],
    ['/..%2f..%2fetc%2fpasswd.txt', null],
    ['/..%5c..%5cwindows.ini', null],
    ['/x.js%00.png', null],
    ['/%E0%A4%A', null],
  ])('maps %j to %j', (urlPath, expected) => {
    expect(resolveAssetPath(root, urlPath)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  it('labels the renderer build files so nosniff browsers run them', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/app.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/icon.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('/x/blob.bin')).toBe('application/octet-stream');
  });
});
