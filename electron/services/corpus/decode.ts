import { loadChardet, loadIconv } from './lazy-modules';

/** Decoded text, the encoding it came from, and any problems met on the way. */
export type Decoded = {
  text: string;
  encoding: string;
  warnings: string[];
  /** True when the encoding is a statistical guess (no BOM, not UTF-8), so a declared charset should win. */
  guessed: boolean;
};

/** Why bytes could not be turned into text. */
export type DecodeFailure = { skip: string };

const sniffBytes = 8 * 1024;
const detectionSample = 64 * 1024;

/** Decodes article bytes: BOM, UTF-8, BOM-less UTF-16, then detected legacy encodings; binary content is refused. */
export function decodeBytes(bytes: Uint8Array): Decoded | DecodeFailure {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;

  const utf16 = detectBomlessUtf16(bytes);
  if (utf16)
    return {
      text: loadIconv().decode(toBuffer(bytes), utf16),
      encoding: utf16,
      warnings: [],
      guessed: false,
    };

  const sniff = sniffControls(bytes);
  const binary = binaryReason(sniff);
  if (binary) return { skip: binary };
  if (sniff.nulOffsets.length > 0) {
    // A few stray NULs (a bad copy, a broken save) in what is otherwise text: read around them.
    const decoded = decodeBytes(bytes.filter((b) => b !== 0));
    if ('skip' in decoded) return decoded;
    const at = sniff.nulOffsets.join(', ');
    const n = sniff.nulOffsets.length;
    return {
      ...decoded,
      warnings: [...decoded.warnings, `${n} NUL byte${n === 1 ? '' : 's'} removed (at byte ${at})`],
    };
  }

  // Most articles are valid UTF-8: the native strict decoder settles that in one pass.
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'UTF-8', warnings: [], guessed: false };
  const scan = scanUtf8(bytes);
  // A handful of bad bytes inside otherwise valid multi-byte UTF-8 is damage, not another encoding.
  if (scan.multibyte >= 3 * scan.invalid) {
    return {
      text: utf8(bytes),
      encoding: 'UTF-8',
      warnings: [invalidBytesWarning(scan.invalid)],
      guessed: false,
    };
  }
  return decodeLegacy(bytes, scan.invalid);
}

/** Decodes bytes with a named encoding (used when a document declares one), replacing what cannot be decoded. */
export function decodeAs(bytes: Uint8Array, encoding: string): Decoded | null {
  if (!loadIconv().encodingExists(encoding)) return null;
  if (/^utf-?8$/i.test(encoding)) {
    const { invalid } = scanUtf8(bytes);
    return {
      text: utf8(bytes),
      encoding: 'UTF-8',
      warnings: invalid > 0 ? [invalidBytesWarning(invalid)] : [],
      guessed: false,
    };
  }
  return {
    text: stripBom(loadIconv().decode(toBuffer(bytes), encoding)),
    encoding: canonicalName(encoding),
    warnings: [],
    guessed: false,
  };
}

/** Spells common encoding labels the way the rest of Parley reports them (`windows-1251`, `ISO-8859-1`, `KOI8-R`). */
function canonicalName(label: string): string {
  const l = label.trim().toLowerCase();
  if (/^(?:windows|cp)-?\d+$/.test(l)) return `windows-${l.replace(/\D/g, '')}`;
  if (/^(?:iso|koi|utf|ibm)/.test(l))
    return l
      .toUpperCase()
      .replace(/^ISO-?8859-?/, 'ISO-8859-')
      .replace(/^KOI8-?/, 'KOI8-');
  return label.trim();
}

function invalidBytesWarning(count: number): string {
  return `${count} invalid ${count === 1 ? 'byte' : 'bytes'} replaced (UTF-8)`;
}

function decodeWithBom(bytes: Uint8Array): Decoded | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    const body = bytes.subarray(3);
    const { invalid } = scanUtf8(body);
    return {
      text: utf8(body),
      encoding: 'UTF-8',
      warnings: invalid > 0 ? [invalidBytesWarning(invalid)] : [],
      guessed: false,
    };
  }
  if (b0 === 0xff && b1 === 0xfe) {
    return {
      text: loadIconv().decode(toBuffer(bytes.subarray(2)), 'utf-16le'),
      encoding: 'UTF-16LE',
      warnings: [],
      guessed: false,
    };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return {
      text: loadIconv().decode(toBuffer(bytes.subarray(2)), 'utf-16be'),
      encoding: 'UTF-16BE',
      warnings: [],
      guessed: false,
    };
  }
  return null;
}

/**
 * UTF-16 without a BOM shows itself by zero high bytes (ASCII spaces, digits, punctuation, Latin letters)
 * at one parity only; it is accepted only when the decoded sample is also free of control characters.
 */
function detectBomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  const n = Math.min(bytes.length, sniffBytes) & ~1;
  if (n < 4) return null;
  const pairs = n / 2;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  let candidate: 'UTF-16LE' | 'UTF-16BE' | null = null;
  if (zeroOdd >= pairs * 0.1 && zeroEven <= pairs * 0.01) candidate = 'UTF-16LE';
  else if (zeroEven >= pairs * 0.1 && zeroOdd <= pairs * 0.01) candidate = 'UTF-16BE';
  if (!candidate) return null;
  const sample = loadIconv().decode(toBuffer(bytes.subarray(0, n)), candidate);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) bad++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const next = sample.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else if (i + 1 < sample.length) bad++;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad++;
  }
  return bad <= sample.length * 0.01 ? candidate : null;
}

/** NUL bytes or many control characters near the start mean the file is not text. */
/** NULs tolerated (and removed) in a text file; more, or a larger share, means binary content. */
const maxStrayNuls = 8;

type ControlSniff = { sniffed: number; control: number; nulOffsets: number[]; nuls: number };

/** Counts control bytes in the first `sniffBytes`, remembering where the first NULs are. */
function sniffControls(bytes: Uint8Array): ControlSniff {
  const n = Math.min(bytes.length, sniffBytes);
  let control = 0;
  let nuls = 0;
  const nulOffsets: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) {
      nuls += 1;
      if (nulOffsets.length < maxStrayNuls) nulOffsets.push(i);
      continue;
    }
    // Tab, LF, VT, FF, CR and ESC turn up in real text files; other C0 controls and DEL do not.
    if (
      (b < 0x20 &&
        b !== 0x09 &&
        b !== 0x0a &&
        b !== 0x0b &&
        b !== 0x0c &&
        b !== 0x0d &&
        b !== 0x1b) ||
      b === 0x7f
    ) {
      control++;
    }
  }
  // NULs past the sniffed window are found by the filter that removes them; count them too.
  for (let i = n; i < bytes.length && nuls <= maxStrayNuls; i++) {
    if (bytes[i] === 0) {
      nuls += 1;
      if (nulOffsets.length < maxStrayNuls) nulOffsets.push(i);
    }
  }
  return { sniffed: n, control, nulOffsets, nuls };
}

/** Why the bytes are not text, naming what gave them away; null for text. */
function binaryReason({ sniffed, control, nulOffsets, nuls }: ControlSniff): string | null {
  if (nuls > maxStrayNuls || (sniffed > 0 && nuls / sniffed > 0.001)) {
    const count = nuls > maxStrayNuls ? `more than ${maxStrayNuls}` : String(nuls);
    const at = nulOffsets.slice(0, 3).join(', ');
    return `binary content (${count} NUL bytes, at byte ${at}${nulOffsets.length > 3 ? ', …' : ''})`;
  }
  if (sniffed > 0 && control / sniffed > 0.05) {
    const share = Math.round((control / sniffed) * 100);
    return `binary content (${share}% control bytes in the first ${sniffed.toLocaleString('en-US')})`;
  }
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that belong to no well-formed sequence. */
export function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0; // overlong
      if (b === 0xed) hi = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90; // overlong
      if (b === 0xf4) hi = 0x8f; // above U+10FFFF
    } else {
      invalid++;
      i++;
      continue;
    }
    let ok = true;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) ok = false;
      else if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) ok = false;
    }
    if (ok) {
      multibyte++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

const cyrillicEncodings = ['windows-1251', 'KOI8-R', 'KOI8-U', 'ISO-8859-5', 'IBM866'];
const multiByteOrUnicode = /^(utf|ascii|iso-2022)/i;

function decodeLegacy(bytes: Uint8Array, invalidUtf8: number): Decoded {
  const buf = toBuffer(bytes);
  // A sample is enough to recognise an encoding and keeps large files fast.
  const sample = bytes.subarray(0, detectionSample);
  const match = loadChardet()
    .analyse(sample)
    .find((m) => !multiByteOrUnicode.test(m.name) && loadIconv().encodingExists(m.name));
  if (!match) {
    return {
      text: utf8(bytes),
      encoding: 'UTF-8',
      warnings: [`encoding not recognised; ${invalidBytesWarning(invalidUtf8)}`],
      guessed: true,
    };
  }
  let encoding: string = match.name;
  if (cyrillicEncodings.includes(encoding)) encoding = pickCyrillicEncoding(toBuffer(sample));
  // ISO-8859-1 has only C1 controls at 0x80–0x9F; text that uses them is really Windows-1252 (curly quotes, €, –).
  if (encoding === 'ISO-8859-1' && bytes.some((b) => b >= 0x80 && b <= 0x9f))
    encoding = 'windows-1252';
  const warnings =
    match.confidence < 20 ? [`encoding guessed as ${encoding} with low confidence`] : [];
  return { text: loadIconv().decode(buf, encoding), encoding, warnings, guessed: true };
}

// Relative frequencies of lower-case letters in Russian and Ukrainian prose.
const cyrillicLetterWeight: Record<string, number> = {
  о: 11,
  е: 8.5,
  а: 8,
  и: 7,
  н: 6.7,
  т: 6.3,
  с: 5.5,
  р: 4.7,
  в: 4.5,
  л: 4.4,
  к: 3.5,
  м: 3.2,
  д: 3,
  п: 2.8,
  у: 2.6,
  я: 2,
  ы: 1.9,
  ь: 1.7,
  г: 1.7,
  з: 1.6,
  б: 1.6,
  ч: 1.4,
  й: 1.2,
  х: 1,
  ж: 0.9,
  ш: 0.7,
  ю: 0.6,
  ц: 0.5,
  щ: 0.4,
  э: 0.3,
  ф: 0.3,
  ъ: 0.1,
  ё: 0.1,
  і: 5,
  ї: 0.6,
  є: 0.4,
  ґ: 0.1,
};

/**
 * chardet often mistakes Windows-1251 for KOI8-R and back; upper and lower case swap places between them,
 * so the candidate whose decoding reads as ordinary lower-case prose wins.
 */
export function pickCyrillicEncoding(buf: Buffer): string {
  let best = 'windows-1251';
  let bestScore = -Infinity;
  for (const encoding of cyrillicEncodings) {
    const text = loadIconv().decode(buf, encoding);
    let score = 0;
    for (const ch of text) {
      const code = ch.codePointAt(0) as number;
      if (code < 0x80) continue;
      const weight = cyrillicLetterWeight[ch];
      if (weight !== undefined) score += weight;
      else if ((code >= 0x2500 && code <= 0x259f) || (code >= 0x80 && code <= 0x9f)) score -= 10;
    }
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

const lenientDecoder = new TextDecoder('utf-8', { ignoreBOM: false });
const strictDecoder = new TextDecoder('utf-8', { ignoreBOM: false, fatal: true });

function utf8(bytes: Uint8Array): string {
  return lenientDecoder.decode(bytes);
}

/** The text when the bytes are well-formed UTF-8 (the same rule scanUtf8 applies), otherwise null. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
