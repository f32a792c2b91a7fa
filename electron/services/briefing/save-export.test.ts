import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, tempDir } from '../../compose-test-support';
import { DomainError } from '../errors';
import { saveBriefingExport } from './save-export';

afterEach(cleanUp);

const bytes = (text: string) => new TextEncoder().encode(text);

/** A host whose save dialog answers `answer`, recording what it was asked. */
const dialog = (answer: string | null) => {
  const asked: [string, string, string][] = [];
  return {
    asked,
    host: {
      pickExportFile: (format: string, name: string, title: string) => {
        asked.push([format, name, title]);
        return Promise.resolve(answer);
      },
    },
  };
};

describe('saving a briefing export through the host’s save dialog', () => {
  it('offers the suggested name in a dialog titled for briefings, then writes the rendered bytes where the analyst chose', async () => {
    const dir = await tempDir();
    const target = join(dir, 'talks.md');
    const { host, asked } = dialog(target);
    const saved = await saveBriefingExport(host, 'md', 'Talks 2025-04-22.md', (write) =>
      write(bytes('# Talks — Крым\n')),
    );
    expect(saved).toBe(target);
    expect(asked).toEqual([['md', 'Talks 2025-04-22.md', 'Export briefing']]);
    expect(await readFile(target, 'utf8')).toBe('# Talks — Крым\n');
    expect(await readdir(dir)).toEqual(['talks.md']);
  });

  it('renders and writes nothing when the analyst cancels or the host has no dialog', async () => {
    let rendered = 0;
    const render = (write: (b: Uint8Array) => Promise<void>) => {
      rendered += 1;
      return write(bytes('x'));
    };
    expect(await saveBriefingExport(dialog(null).host, 'pdf', 'b.pdf', render)).toBeNull();
    expect(await saveBriefingExport({}, 'pdf', 'b.pdf', render)).toBeNull();
    expect(rendered).toBe(0);
  });

  it('leaves an earlier file whole when rendering fails, and no half-written file when writing does', async () => {
    const dir = await tempDir();
    const target = join(dir, 'talks.docx');
    await writeFile(target, 'earlier');
    await expect(
      saveBriefingExport(dialog(target).host, 'docx', 'b.docx', () =>
        Promise.reject(new Error('font missing')),
      ),
    ).rejects.toThrow('font missing');
    expect(await readFile(target, 'utf8')).toBe('earlier');

    // A folder where the file should go: the swap fails, the temporary file goes, and it says why.
    const taken = join(dir, 'taken.pdf');
    await mkdir(taken);
    const failed = saveBriefingExport(dialog(taken).host, 'pdf', 'b.pdf', (write) =>
      write(bytes('%PDF-')),
    );
    await expect(failed).rejects.toThrow(DomainError);
    await expect(failed).rejects.toThrow(
      /^taken\.pdf was not written: .*No file was left behind\.$/,
    );
    expect((await readdir(dir)).sort()).toEqual(['taken.pdf', 'talks.docx']);
    expect(await readdir(taken)).toEqual([]);
    expect(await readFile(target, 'utf8')).toBe('earlier');
  });
});
