import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalPath, expandHome } from './canonical-path';

describe('paths the analyst types', () => {
  it('reads ~ as the home folder, as a shell would', async () => {
    expect(expandHome('~')).toBe(homedir());
    expect(expandHome('~/articles')).toBe(join(homedir(), 'articles'));
    expect(await canonicalPath('~/no-such-folder-here')).toBe(
      join(homedir(), 'no-such-folder-here'),
    );
  });

  it('leaves other paths alone, including a name that merely starts with ~', () => {
    expect(expandHome('/data/~/x')).toBe('/data/~/x');
    expect(expandHome('~backup')).toBe('~backup');
    expect(resolve(expandHome('news'))).toBe(resolve('news'));
  });
});
