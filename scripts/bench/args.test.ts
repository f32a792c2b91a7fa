import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args';

describe('parseBenchArgs', () => {
  it('runs 1k and 10k by default, as a table', () => {
    expect(parseBenchArgs([])).toEqual({
      sizes: [1_000, 10_000],
      json: false,
      workers: undefined,
      renderer: false,
      rendererOnly: false,
      rendererProfile: null,
      child: null,
    });
  });

  it('reads sizes, the 20k flag, workers and JSON output', () => {
    expect(parseBenchArgs(['--sizes', '10000,1k', '--20k', '--workers', '0', '--json'])).toEqual({
      sizes: [1_000, 10_000, 20_000],
      json: true,
      workers: 0,
      renderer: false,
      rendererOnly: false,
      rendererProfile: null,
      child: null,
    });
    expect(parseBenchArgs(['--sizes=500', '--workers=2']).sizes).toEqual([500]);
  });

  it('does not run a size twice', () => {
    expect(parseBenchArgs(['--sizes', '20000', '--20k']).sizes).toEqual([20_000]);
    expect(parseBenchArgs(['--sizes', '10k', '--50k']).sizes).toEqual([10_000, 50_000]);
  });

  it('measures the renderer when asked, alone when asked, and always at 50k', () => {
    expect(parseBenchArgs(['--renderer'])).toMatchObject({ renderer: true, rendererOnly: false });
    expect(parseBenchArgs(['--renderer-only'])).toMatchObject({
      renderer: true,
      rendererOnly: true,
    });
    expect(parseBenchArgs(['--50k']).renderer).toBe(true);
    expect(parseBenchArgs(['--renderer-profile', '/tmp/p'])).toMatchObject({
      renderer: true,
      rendererProfile: '/tmp/p',
    });
    expect(() => parseBenchArgs(['--renderer-profile'])).toThrow(/needs a value/);
  });

  it('rejects unknown flags and bad values with a message', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument "--fast"/);
    expect(() => parseBenchArgs(['--sizes', 'ten'])).toThrow(
      /"ten" is not a positive whole number/,
    );
    expect(() => parseBenchArgs(['--workers', '-1'])).toThrow(/not a whole number/);
    expect(() => parseBenchArgs(['--workers'])).toThrow(/--workers needs a value/);
  });
});
