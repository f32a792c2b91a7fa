// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createFakeApi } from './fake-api';
import { pickApi } from './pick-api';

describe('pickApi', () => {
  it("uses the Electron preload's bridge when the page has one", () => {
    const bridge = createFakeApi();
    expect(pickApi({ workbench: bridge })).toBe(bridge);
  });

  it('falls back to the HTTP host without a bridge', () => {
    const api = pickApi({});
    expect(typeof api.invoke).toBe('function');
    expect(typeof api.on).toBe('function');
  });
});
