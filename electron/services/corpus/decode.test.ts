import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, type Decoded } from './decode';

const corpora = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../shared/corpora',
);
const russian =
  'Президент России заявил, что Москва готова обсуждать прекращение огня вдоль линии соприкосновения, ' +
  'но не откажется от четырёх областей и настаивает на отказе Украины от вступления в НАТО.';
const ukrainian =
  'Президент України заявив, що Київ ніколи не визнає окупацію Криму і не відмовиться від своїх територій, ' +
  'а єдиним гарантом безпеки залишається членство в Альянсі.';
const french =
  'L’été dernier, le ministre a déclaré qu’il était prêt à négocier à Genève — « sans conditions » pour 5 €.';

function decoded(bytes: Uint8Array): Decoded {
  const result = decodeBytes(bytes);
  if ('skip' in result) throw new Error(`unexpectedly skipped: ${result.skip}`);
  return result;
}

describe('decodeBytes', () => {
  it('reads plain UTF-8 as UTF-8 without warnings', () => {
    const result = decoded(Buffer.from(russian, 'utf8'));
    expect(result).toMatchObject({ text: russian, encoding: 'UTF-8', warnings: [] });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decoded(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(french, 'utf8')]),
    );
    expect(result).toMatchObject({ text: french, encoding: 'UTF-8' });
  });

  it('detects Windows-1251 Russian', () => {
    expect(decoded(iconv.encode(russian, 'windows-1251'))).toMatchObject({
      text: russian,
      encoding: 'windows-1251',
    });
  });

  it('detects KOI8-R Russian rather than mistaking it for Windows-1251', () => {
    expect(decoded(iconv.encode(russian, 'koi8-r'))).toMatchObject({
      text: russian,
      encoding: 'KOI8-R',
    });
  });

  it('detects Windows-1251 Ukrainian, keeping і ї є', () => {
    expect(decoded(iconv.encode(ukrainian, 'windows-1251'))).toMatchObject({
      text: ukrainian,
      encoding: 'windows-1251',
    });
  });

  it('detects Windows-1252 French with curly quotes and the euro sign', () => {
    expect(decoded(iconv.encode(french, 'windows-1252'))).toMatchObject({
      text: french,
      encoding: 'windows-1252',
    });
  });

  it('detects ISO-8859-1 text', () => {
    const text =
      'Le café était fermé. Señor Muñoz paid £15.8m for the naïve façade, « très cher ».';
    expect(decoded(iconv.encode(text, 'iso-8859-1'))).toMatchObject({
      text,
      encoding: 'ISO-8859-1',
    });
  });

  it('decodes UTF-16 with a byte-order mark in either byte order', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(russian, 'utf-16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(russian, 'utf-16be')]);
    expect(decoded(le)).toMatchObject({ text: russian, encoding: 'UTF-16LE' });
    expect(decoded(be)).toMatchObject({ text: russian, encoding: 'UTF-16BE' });
  });

  it('recognises UTF-16 without a byte-order mark instead of calling it binary', () => {
    expect(decoded(iconv.encode(french, 'utf-16le'))).toMatchObject({
      text: french,
      encoding: 'UTF-16LE',
    });
    expect(decoded(iconv.encode(russian, 'utf-16be'))).toMatchObject({
      text: russian,
      encoding: 'UTF-16BE',
    });
    expect(decoded(iconv.encode(ukrainian, 'utf-16le'))).toMatchObject({
      text: ukrainian,
      encoding: 'UTF-16LE',
    });
  });

  it('keeps almost-valid UTF-8 as UTF-8 and reports the replaced bytes', () => {
    const good = Buffer.from(russian, 'utf8');
    const broken = Buffer.concat([
      good.subarray(0, 40),
      Buffer.from([0xff, 0xfe]),
      good.subarray(40),
      Buffer.from([0xc3]),
    ]);
    const result = decoded(broken);
    expect(result.encoding).toBe('UTF-8');
    expect(result.warnings).toEqual(['3 invalid bytes replaced (UTF-8)']);
    expect(result.text).toContain('\uFFFD');
    expect(result.text).toContain('Президент России');
  });

  it('refuses binary content: NUL bytes and control characters', () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(decodeBytes(png)).toEqual({ skip: 'binary content (3 NUL bytes, at byte 8, 9, 10)' });
    const controls = Buffer.from(
      Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41)),
    );
    expect(decodeBytes(controls)).toEqual({
      skip: 'binary content (34% control bytes in the first 400)',
    });
  });

  it('reads a long text around a few stray NUL bytes, and says where they were', () => {
    const text = 'Kyiv rejected the proposal. '.repeat(200);
    const bytes = Buffer.from(text, 'utf8');
    for (const at of [100, 2000, 4000]) bytes[at] = 0;
    const decoded = decodeBytes(bytes);
    expect(decoded).toMatchObject({
      encoding: 'UTF-8',
      warnings: ['3 NUL bytes removed (at byte 100, 2000, 4000)'],
    });
    expect('text' in decoded && decoded.text.includes('\u0000')).toBe(false);
    expect('text' in decoded ? decoded.text.length : 0).toBe(text.length - 3);
  });

  const factRu = path.join(corpora, 'ru-uk/factRuEval');
  const brownUk = path.join(corpora, 'ru-uk/brown-uk-press');
  const haveCyrillic = existsSync(factRu) && existsSync(brownUk);
  if (!haveCyrillic)
    console.warn(`SKIPPED: Cyrillic corpus round-trip tests need ${factRu} and ${brownUk}`);

  it.skipIf(!haveCyrillic)(
    'tells Windows-1251 from KOI8 on every real Russian and Ukrainian news text',
    () => {
      const samples = [
        ...readdirSync(factRu).map((f) => ({
          file: path.join(factRu, f),
          encodings: ['windows-1251', 'KOI8-R'],
        })),
        ...readdirSync(brownUk)
          .filter((f) => f.endsWith('.txt'))
          .slice(0, 150)
          .map((f) => ({ file: path.join(brownUk, f), encodings: ['windows-1251', 'KOI8-U'] })),
      ];
      const failures: string[] = [];
      for (const { file, encodings } of samples) {
        const original = readFileSync(file, 'utf8');
        for (const encoding of encodings) {
          const expected = iconv.decode(iconv.encode(original, encoding), encoding);
          const result = decodeBytes(iconv.encode(original, encoding));
          if ('skip' in result || result.text !== expected) {
            failures.push(
              `${path.basename(file)} as ${encoding} → ${'skip' in result ? result.skip : result.encoding}`,
            );
          }
        }
      }
      console.log(
        `Cyrillic round-trip: ${samples.length * 2 - failures.length}/${samples.length * 2} decoded exactly`,
      );
      expect(failures).toEqual([]);
    },
  );
});
