// SLOW (~40 s): runs electron-builder for real (Linux "dir" target) against a stand-in Electron.
import { extractFile, listPackage } from '@electron/asar';
import { execFile } from 'node:child_process';
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const required = [
  'dist/electron/main.cjs',
  'dist/electron/preload.cjs',
  'dist/renderer/index.html',
];
const missing = required.filter((file) => !existsSync(join(root, file)));
if (missing.length) console.warn(`skipping packaging test: not built yet: ${missing.join(', ')}`);

const temp: string[] = [];
afterAll(async () => {
  for (const dir of temp) await rm(dir, { recursive: true, force: true });
});

describe('electron-builder packaging', () => {
  it.skipIf(missing.length > 0)(
    'packs main, preload and renderer into app.asar and ships the seeds beside it (slow)',
    async () => {
      const work = await mkdtemp(join(tmpdir(), 'parley-pack-'));
      temp.push(work);
      // A snapshot of the project, so a build running elsewhere cannot change dist/ mid-pack.
      const stage = join(work, 'project');
      await mkdir(join(stage, 'build'), { recursive: true });
      for (const file of [
        'package.json',
        'package-lock.json',
        'electron-builder.yml',
        'build/icon.png',
      ]) {
        await cp(join(root, file), join(stage, file));
      }
      await cp(join(root, 'dist/electron'), join(stage, 'dist/electron'), { recursive: true });
      await cp(join(root, 'dist/renderer'), join(stage, 'dist/renderer'), { recursive: true });
      await cp(join(root, 'seeds'), join(stage, 'seeds'), { recursive: true });
      await symlink(join(root, 'node_modules'), join(stage, 'node_modules'), 'dir');

      // electron-builder copies electronDist as the app skeleton and renames `electron`; that is all the dir target needs.
      const electronDist = join(work, 'electron-dist');
      await mkdir(electronDist);
      await writeFile(
        join(electronDist, 'electron'),
        '#!/bin/sh\necho "stand-in for the Electron binary"\n',
      );
      await chmod(join(electronDist, 'electron'), 0o755);

      const requireFromRoot = createRequire(join(root, 'package.json'));
      const electronVersion = (
        JSON.parse(await readFile(requireFromRoot.resolve('electron/package.json'), 'utf8')) as {
          version: string;
        }
      ).version;
      const out = join(work, 'release');
      await promisify(execFile)(
        process.execPath,
        [
          requireFromRoot.resolve('electron-builder/cli.js'),
          '--linux',
          'dir',
          '--publish',
          'never',
          `-c.electronDist=${electronDist}`,
          `-c.electronVersion=${electronVersion}`,
          `-c.directories.output=${out}`,
        ],
        {
          cwd: stage,
          env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' },
          timeout: 240_000,
        },
      );

      const resources = join(out, 'linux-unpacked', 'resources');
      const asar = join(resources, 'app.asar');
      const entries = new Set(
        listPackage(asar, { isPack: false }).map((p) => p.replace(/\\/g, '/')),
      );
      for (const file of [
        '/dist/electron/main.cjs',
        '/dist/electron/preload.cjs',
        '/dist/electron/shard-worker.cjs',
        '/dist/renderer/index.html',
      ]) {
        expect(entries, file).toContain(file);
      }
      // Every script and stylesheet the page loads is packed too.
      const html = extractFile(asar, 'dist/renderer/index.html').toString('utf8');
      const assets = [...html.matchAll(/(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map(
        (m) => `/dist/renderer/${m[1]}`,
      );
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) expect(entries, asset).toContain(asset);

      const pkg = JSON.parse(extractFile(asar, 'package.json').toString('utf8')) as {
        main: string;
      };
      expect(entries).toContain(`/${posix.normalize(pkg.main)}`);
      // Runtime dependencies come along; sources, tests and source maps do not.
      expect(entries).toContain('/node_modules/lunr/package.json');
      const stray = [...entries].filter(
        (p) => /\.(ts|tsx|map)$/.test(p) && !p.startsWith('/node_modules/'),
      );
      expect(stray).toEqual([]);
      expect([...entries].some((p) => p.startsWith('/seeds'))).toBe(false);
      expect((await readdir(join(resources, 'seeds'))).sort()).toEqual(
        (await readdir(join(root, 'seeds'))).sort(),
      );
      expect(existsSync(join(out, 'linux-unpacked', 'parley'))).toBe(true);
    },
    300_000,
  );
});
