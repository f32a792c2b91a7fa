import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../shared/contract';
import type { WorkspaceChange } from '../shared/workspace';
import { dispatch } from './services/handlers';
import { openWorkspace } from './services/workspace';
import {
  fakeLibrary,
  tempDir,
  compose,
  open,
  folderWith,
  putin,
  article,
  pinPutin,
  changes,
  cleanUp,
  type FakeLibrary,
} from './compose-test-support';

afterEach(cleanUp);

describe('workbench workspaces and quotes', () => {
  it('pins, edits, undoes and redoes a quote, telling the renderer after each change', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    const seen = changes(wb);
    const id = await pinPutin(wb);
    await wb.call('quote:update', { id, tags: ['freeze'], grade: 2 });
    await wb.call('quote:update', { id, tags: ['freeze'] });
    expect(await wb.call('workspace:info')).toMatchObject({
      undoLabel: `Edit tags and grade of ${id}`,
    });
    expect((await wb.call('workspace:undo'))?.label).toBe(`Edit tags and grade of ${id}`);
    expect((await wb.call('quote:list'))[0]).toMatchObject({ tags: [], grade: null });
    expect((await wb.call('workspace:info')).redoLabel).toBe(`Edit tags and grade of ${id}`);
    await wb.call('workspace:redo');
    expect((await wb.call('quote:list'))[0]).toMatchObject({ tags: ['freeze'], grade: 2 });
    expect(seen.map(({ reason, label, areas }) => ({ reason, label, areas }))).toEqual([
      { reason: 'edit', label: `Pin ${id}`, areas: ['quotes'] },
      { reason: 'edit', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
      { reason: 'undo', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
      { reason: 'redo', label: `Edit tags and grade of ${id}`, areas: ['quotes'] },
    ]);
    // Each change carries the workspace as it stood right after it: no one needs workspace:info.
    expect(seen.map((c) => [c.state.undoLabel, c.state.redoLabel])).toEqual([
      [`Pin ${id}`, null],
      [`Edit tags and grade of ${id}`, null],
      [`Pin ${id}`, `Edit tags and grade of ${id}`],
      [`Edit tags and grade of ${id}`, null],
    ]);
    const again = await wb
      .call('quote:pin', { articleId: 'k:a.txt', start: 0, end: 5000 })
      .catch((e: unknown) => e);
    expect(again).toMatchObject({ code: 'invalid-input' });
    await expect(wb.call('quote:delete', { id: 'Q99' })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      wb.call('quote:pin', { articleId: 'k:none', start: 0, end: 3 }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    const citation = await wb.call('quote:citation', { id });
    expect(citation).toMatch(/ — Unknown outlet, "Peace talks", undated, file .*a\.txt \[Q\d+\]$/);
    expect(citation.startsWith(`> "${putin}" — `)).toBe(true);
    expect((await wb.call('quote:export', { format: 'csv' })).split('\r\n')[0]).toBe(
      'id,exact,speaker,tags,note,grade,status,outlet,title,published,path,start,end,hash,url,folder,prefix,suffix,checkedAt,movedAt,createdAt,updatedAt,reliability,reliabilityOutlet,pair',
    );
  });

  it('undoes adding a folder by unregistering it from the search library', async () => {
    const corpus = await folderWith({ 'a.txt': 'x' });
    const { wb, lib } = await open({ dataDir: await tempDir(), corpora: [] });
    await wb.call('corpus:add', { path: corpus });
    await wb.idle();
    expect((await wb.call('workspace:undo'))?.label).toBe(`Add folder ${basename(corpus)}`);
    await wb.idle();
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls).toContain(`remove ${corpus}`);
    await wb.call('workspace:redo');
    await wb.idle();
    expect((await wb.call('corpus:list')).map((c) => [c.path, c.articleCount])).toEqual([
      [corpus, 1],
    ]);
  });

  it('re-registers the folders of the workspace it opens, and restores them on the way back', async () => {
    const dataDir = await tempDir();
    const seeds = await folderWith({ 'a.txt': article });
    const other = await folderWith({ 'b.txt': 'y' });
    const { wb, lib } = await open({ dataDir, corpora: [seeds] });
    await wb.idle();
    const id = await pinPutin(wb);
    const created = await wb.call('workspace:new', { file: 'Crimea' });
    expect(created).toMatchObject({
      name: 'Crimea',
      file: join(dataDir, 'Crimea.parley'),
      folders: [],
    });
    expect(await wb.call('quote:list')).toEqual([]);
    await wb.idle();
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls).toContain(`remove ${seeds}`);
    await wb.call('corpus:add', { path: other });
    await expect(wb.call('workspace:new', { file: 'Crimea.parley' })).rejects.toMatchObject({
      code: 'conflict',
    });
    const back = await wb.call('workspace:open', { file: join(dataDir, 'Default.parley') });
    expect(back).toMatchObject({ name: 'Default', problem: null });
    await wb.idle();
    expect((await wb.call('corpus:list')).map((c) => c.path)).toEqual([seeds]);
    expect((await wb.call('quote:list')).map((q) => q.id)).toEqual([id]);
    expect((await wb.call('workspace:recent')).map((r) => r.name)).toEqual(['Default', 'Crimea']);
    await expect(
      wb.call('workspace:open', { file: join(dataDir, 'missing.parley') }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    expect((await wb.call('workspace:info')).name).toBe('Default');
  });

  it('saves the workspace as a copy and carries on in the copy', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir, corpora: [corpus] });
    await wb.idle();
    const id = await pinPutin(wb);
    const elsewhere = join(await tempDir(), 'Brief');
    const copy = await wb.call('workspace:save-as', { file: elsewhere });
    expect(copy).toMatchObject({ file: `${elsewhere}.parley`, problem: null });
    expect(await wb.call('quote:list')).toHaveLength(1);
    expect(copy.folders.map((f) => f.path)).toEqual([corpus]);
    await wb.call('quote:delete', { id });
    await expect(wb.call('workspace:save-as', { file: elsewhere })).rejects.toMatchObject({
      code: 'conflict',
    });
    await wb.call('workspace:open', { file: 'Default' });
    // Opening the workspace that is already open is a no-op, and the copy's delete left it alone.
    await expect(
      wb.call('workspace:open', { file: join(dataDir, 'Default.parley') }),
    ).resolves.toMatchObject({ name: 'Default' });
    expect(await wb.call('quote:list')).toHaveLength(1);
    await wb.call('workspace:save-as', { file: `${elsewhere}.parley`, overwrite: true });
    await wb.close();
    // The next start reopens the workspace the analyst was in.
    const next = await open({ dataDir });
    expect(await next.wb.call('workspace:info')).toMatchObject({ file: `${elsewhere}.parley` });
    expect(await next.wb.call('quote:list')).toHaveLength(1);
  });

  it('starts in a problem state on a damaged workspace and recovers it from the latest backup', async () => {
    const dataDir = await tempDir();
    const corpus = await folderWith({ 'a.txt': article });
    const first = await open({ dataDir, corpora: [corpus] });
    await first.wb.idle();
    const id = await pinPutin(first.wb);
    await first.wb.close();
    // The second open of an existing workspace writes the first automatic backup.
    const second = await open({ dataDir });
    expect(await second.wb.call('workspace:backups')).toHaveLength(1);
    await second.wb.close();
    const file = join(dataDir, 'Default.parley');
    const damaged = Buffer.from('this is not a database at all');
    await writeFile(file, damaged);

    const { wb, lib } = await open({ dataDir });
    await wb.idle();
    const state = await wb.call('workspace:info');
    expect(state.problem).toMatchObject({ code: 'corrupt', file });
    expect(state.problem?.message).toMatch(/damaged and was not opened/);
    expect(state.problem?.backups).toHaveLength(1);
    expect(state).toMatchObject({ folders: [], undoLabel: null });
    expect(await wb.call('corpus:list')).toEqual([]);
    expect(lib.calls.filter((c) => c.startsWith('add'))).toEqual([]);
    await expect(wb.call('quote:list')).rejects.toMatchObject({ code: 'corrupt' });
    expect(await readFile(file)).toEqual(damaged);

    await expect(
      wb.call('workspace:restore', { backup: '/etc/passwd', file }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
    const seen = changes(wb);
    const backup = state.problem?.backups[0]?.path ?? '';
    const restored = await wb.call('workspace:restore', { backup, file });
    await wb.idle();
    expect(restored).toMatchObject({ problem: null });
    expect((await wb.call('quote:list')).map((q) => [q.id, q.status])).toEqual([[id, 'ok']]);
    expect((await wb.call('corpus:list')).map((c) => c.path)).toEqual([corpus]);
    expect(seen[0]).toMatchObject({
      reason: 'open',
      label: null,
      areas: [
        'quotes',
        'folders',
        'corrections',
        'origins',
        'variants',
        'outlets',
        'matrix',
        'briefing',
      ],
      state: { problem: null },
    });
    const aside = (await readdir(dataDir)).filter((n) => n.startsWith('Default.parley.damaged-'));
    expect(aside).toHaveLength(1);
  });

  it('checks on a timer during a long session whether the daily backup is due', async () => {
    const dataDir = await tempDir();
    await (await open({ dataDir, corpora: [] })).wb.close();
    let lib: FakeLibrary | null = null;
    const wb = await compose((o) => (lib = fakeLibrary(o)), { dataDir, backupCheckMs: 20 });
    expect(lib).not.toBeNull();
    const [opened] = await wb.call('workspace:backups');
    expect(opened).toBeDefined();
    // With the open's backup gone, the next check finds one due and writes it.
    await rm(opened?.path ?? '');
    await expect
      .poll(async () => (await wb.call('workspace:backups')).length, { timeout: 2000 })
      .toBe(1);
  });

  it('refuses a workspace another workbench holds, as a problem with code locked', async () => {
    const dataDir = await tempDir();
    await open({ dataDir, corpora: [] });
    const { wb } = await open({ dataDir, corpora: [] });
    expect((await wb.call('workspace:info')).problem).toMatchObject({ code: 'locked' });
    expect((await wb.call('workspace:info')).problem?.message).toMatch(/open|use|lock/i);
  });

  it('re-verifies the quotes of a file when it changes on disk, and marks a vanished passage lost', async () => {
    const corpus = await folderWith({ 'a.txt': article, 'b.txt': 'other' });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus], watch: true });
    await wb.idle();
    const id = await pinPutin(wb);
    const verified = new Promise<WorkspaceChange>((r) =>
      wb.events.on('workspace:changed', (c) => c.reason === 'verify' && r(c)),
    );
    await writeFile(join(corpus, 'a.txt'), article.replace(putin, 'Putin said nothing new.'));
    await verified;
    expect((await wb.call('quote:list'))[0]).toMatchObject({ id, status: 'lost' });
    await writeFile(join(corpus, 'a.txt'), `Update: talks resumed.\n\n${article}`);
    const results = await wb.call('quote:verify');
    expect(results.map((r) => [r.id, r.status])).toEqual([[id, 'moved']]);
    expect((await wb.call('quote:list'))[0]).toMatchObject({ status: 'moved', exact: putin });
    // A second check says ok; the move stays on the quote and in its history.
    expect((await wb.call('quote:verify')).map((r) => r.status)).toEqual(['ok']);
    expect((await wb.call('quote:list'))[0]?.movedAt).toEqual(expect.any(String));
    const history = await wb.call('quote:history', { id });
    expect(history.map((e) => e.kind)).toEqual(['pinned', 'lost', 'moved']);
    await expect(wb.call('quote:history', { id: 'Q99' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('never reads a quoted file outside the workspace’s folders, whatever the workspace says', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const elsewhere = await folderWith({
      'private.txt': `Diary\n\n${putin.replace('freeze', 'fr33ze')} My bank PIN is 4321.\n`,
    });
    const dataDir = await tempDir();
    const first = await open({ dataDir, corpora: [corpus] });
    await first.wb.idle();
    const id = await pinPutin(first.wb);
    const file = (await first.wb.call('workspace:info')).file;
    await first.wb.close();
    // A shared workspace file edited to point its quote at a file in another folder, and through `..`.
    const ws = openWorkspace(file);
    ws.db
      .prepare('UPDATE quotes SET folder = ?, path = ? WHERE id = ?')
      .run(elsewhere, 'private.txt', id);
    ws.close();

    const second = await open({ dataDir });
    await second.wb.idle();
    const [quote] = await second.wb.call('quote:list');
    expect(quote).toMatchObject({ id, status: 'lost', closest: null });
    expect(quote?.statusReason).toMatch(/source unavailable/);
    expect(await second.wb.call('quote:export', { format: 'json' })).not.toContain('PIN');

    await second.wb.close();
    const again = openWorkspace(file);
    again.db
      .prepare('UPDATE quotes SET folder = ?, path = ? WHERE id = ?')
      .run(corpus, `../${basename(elsewhere)}/private.txt`, id);
    again.close();
    const third = await open({ dataDir });
    await third.wb.idle();
    expect((await third.wb.call('quote:list'))[0]?.statusReason).toMatch(/source unavailable/);
    expect(await third.wb.call('quote:export', { format: 'csv' })).not.toContain('PIN');
  });
});

describe('the composed handler table', () => {
  it('has a handler for every channel in the contract', async () => {
    const { wb } = await open({ dataDir: await tempDir(), corpora: [] });
    expect(Object.keys(wb.handlers).sort()).toEqual([...channels].sort());
  });

  it('asks the host for folders and workspaces, and answers null where it has no dialog', async () => {
    const { wb } = await open({
      dataDir: await tempDir(),
      corpora: [],
      hostHooks: { pickFolder: () => Promise.resolve('/home/a/news') },
    });
    expect(await wb.call('corpus:pick')).toBe('/home/a/news');
    for (const purpose of ['open', 'new', 'save-as'] as const) {
      expect(await wb.call('workspace:pick', { purpose })).toBeNull();
    }
    expect(await wb.call('quote:save-export', { format: 'csv' })).toBeNull();
  });

  it('saves an export where the host’s dialog says, offering the workspace’s name', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const target = join(await tempDir(), 'q.json');
    const offered: string[] = [];
    const { wb } = await open({
      dataDir: await tempDir(),
      corpora: [corpus],
      hostHooks: {
        pickFolder: () => Promise.resolve(null),
        pickExportFile: (format, suggested) => {
          offered.push(`${format} ${suggested}`);
          return Promise.resolve(target);
        },
      },
    });
    await wb.idle();
    const id = await pinPutin(wb);
    expect(await wb.call('quote:save-export', { format: 'json' })).toBe(target);
    expect(offered).toEqual(['json Default quotes.json']);
    const saved = JSON.parse(await readFile(target, 'utf8')) as { id: string; exact: string }[];
    expect(saved.map((q) => [q.id, q.exact])).toEqual([[id, putin]]);
  });

  it('hands quote:update the id and the patch, and answers domain errors with their code', async () => {
    const corpus = await folderWith({ 'a.txt': article });
    const { wb } = await open({ dataDir: await tempDir(), corpora: [corpus] });
    await wb.idle();
    const id = await pinPutin(wb);
    const updated = await dispatch(wb.handlers, 'quote:update', { id, tags: ['crimea'], grade: 2 });
    expect(updated).toMatchObject({ ok: true, value: { id, tags: ['crimea'], grade: 2 } });
    await expect(dispatch(wb.handlers, 'quote:delete', { id: 'Q99' })).resolves.toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no quote Q99 in this workspace.' },
    });
  });
});
