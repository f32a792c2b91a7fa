import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replaceAtomically, writeFileAtomic } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'parley-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('atomic writes', () => {
  it('replaces a file with new text, creating its folder, and leaves nothing else behind', async () => {
    const file = join(dir, 'nested', 'settings.json');
    await writeFileAtomic(file, 'first');
    await writeFileAtomic(file, 'второй');
    expect(readFileSync(file, 'utf8')).toBe('второй');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['settings.json']);
  });

  it('writes byte chunks in order', async () => {
    const file = join(dir, 'a.shard');
    await writeFileAtomic(file, [Uint8Array.of(1, 2), Uint8Array.of(3)]);
    expect([...readFileSync(file)]).toEqual([1, 2, 3]);
  });

  it('keeps the previous file whole and removes the temporary one when writing fails', async () => {
    const file = join(dir, 'workspace.parley');
    writeFileSync(file, 'committed');
    await expect(
      replaceAtomically(file, (tmp) => {
        writeFileSync(tmp, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(readFileSync(file, 'utf8')).toBe('committed');
    expect(readdirSync(dir)).toEqual(['workspace.parley']);
  });
});
