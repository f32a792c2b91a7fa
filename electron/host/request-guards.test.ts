import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  cookieValue,
  isAllowedOrigin,
  isTrustedHost,
  tokenMatches,
} from './request-guards';

describe('isTrustedHost', () => {
  it.each([
    ['127.0.0.1:4780', true],
    ['localhost:4780', true],
    [undefined, false],
    ['', false],
    ['127.0.0.1', false],
    ['localhost', false],
    ['127.0.0.1:4781', false],
    ['127.0.0.1:04780', false],
    ['127.0.0.1:4780.', false],
    ['localhost.:4780', false],
    ['evil.example:4780', false],
    ['127.0.0.1.evil.example:4780', false],
    ['localhost:4780@evil.example', false],
    ['evil.example:4780#127.0.0.1:4780', false],
    [' 127.0.0.1:4780', false],
    ['127.0.0.1:4780 ', false],
    ['[::1]:4780', false],
    ['0.0.0.0:4780', false],
    ['127.1:4780', false],
    ['2130706433:4780', false],
  ])('treats Host %j as trusted: %s', (host, expected) => {
    expect(isTrustedHost(host, 4780)).toBe(expected);
  });
});

describe('isAllowedOrigin', () => {
  it.each([
    [undefined, true],
    ['http://127.0.0.1:4780', true],
    ['http://localhost:4780', true],
    ['null', false],
    ['', false],
    ['https://127.0.0.1:4780', false],
    ['http://127.0.0.1:4781', false],
    ['http://127.0.0.1', false],
    ['http://127.0.0.1:4780/', false],
    ['http://127.0.0.1:4780.evil.example', false],
    ['http://evil.example', false],
    ['http://localhost.evil.example:4780', false],
    ['http://user@127.0.0.1:4780', false],
    ['file://', false],
    ['chrome-extension://abcdef', false],
    ['HTTP://127.0.0.1:4780', false],
  ])('treats Origin %j as allowed: %s', (origin, expected) => {
    expect(isAllowedOrigin(origin, 4780)).toBe(expected);
  });
});

describe('tokens', () => {
  const token = 'kK3_9aZ-0123456789abcdefghijklmnopqrstuvwxyzA';

  it('accepts only the exact token', () => {
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(1), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(null, token)).toBe(false);
    expect(tokenMatches(token.toUpperCase(), token)).toBe(false);
  });

  it('reads a bearer token only from a well-formed Authorization header', () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken(`Bearer ${token} extra`)).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });

  it('finds one cookie among several, by exact name', () => {
    expect(cookieValue('a=1; parley-token-4780=abc; b=2', 'parley-token-4780')).toBe('abc');
    expect(cookieValue('parley-token-47800=abc', 'parley-token-4780')).toBeNull();
    expect(cookieValue('xparley-token-4780=abc', 'parley-token-4780')).toBeNull();
    expect(cookieValue(undefined, 'parley-token-4780')).toBeNull();
  });
});
