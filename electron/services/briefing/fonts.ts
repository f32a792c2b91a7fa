import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** DejaVu Sans (Latin, Cyrillic, Greek) from the dejavu-fonts-ttf package, so no output depends on the machine's fonts. */
export type BriefingFonts = { regular: Buffer; bold: Buffer; italic: Buffer };

let cached: BriefingFonts | null = null;

function moduleDir(): string {
  // Bundled to CommonJS by esbuild (and shimmed by Vitest), so __dirname is this file's folder.
  return typeof __dirname === 'string' ? __dirname : process.cwd();
}

/** The fonts every PDF embeds, read once. */
export function briefingFonts(): BriefingFonts {
  if (cached) return cached;
  const require = createRequire(join(moduleDir(), 'fonts.js'));
  const file = (name: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
  cached = {
    regular: file('DejaVuSans.ttf'),
    bold: file('DejaVuSans-Bold.ttf'),
    italic: file('DejaVuSans-Oblique.ttf'),
  };
  return cached;
}
