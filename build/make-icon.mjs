// Draws build/icon.png (512×512): two overlapping speech bubbles on a rounded navy tile.
// Pure Node (zlib for the PNG encoding) so it runs anywhere: `node build/make-icon.mjs`.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 512;
const samples = 4;

const roundedRect = (x, y, left, top, right, bottom, radius) => {
  const cx = Math.min(Math.max(x, left + radius), right - radius);
  const cy = Math.min(Math.max(y, top + radius), bottom - radius);
  return (
    (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 &&
    x >= left &&
    x <= right &&
    y >= top &&
    y <= bottom
  );
};
const triangle = (x, y, [ax, ay], [bx, by], [cx, cy]) => {
  const s = (px, py, qx, qy, rx, ry) => (px - rx) * (qy - ry) - (qx - rx) * (py - ry);
  const d1 = s(x, y, ax, ay, bx, by);
  const d2 = s(x, y, bx, by, cx, cy);
  const d3 = s(x, y, cx, cy, ax, ay);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
};
const bubble = (x, y, left, top, right, bottom, tail) =>
  roundedRect(x, y, left, top, right, bottom, 56) || triangle(x, y, ...tail);

/** Layers from bottom to top: [inside(x, y), [r, g, b], (y) => shade]. */
const layers = [
  [
    (x, y) => roundedRect(x, y, 16, 16, 496, 496, 104),
    (_x, y) => mix([26, 46, 82], [44, 86, 138], y / size),
  ],
  [
    (x, y) =>
      bubble(x, y, 76, 104, 332, 300, [
        [128, 290],
        [196, 290],
        [104, 372],
      ]),
    () => [245, 241, 232],
  ],
  [
    (x, y) =>
      bubble(x, y, 196, 220, 440, 404, [
        [372, 396],
        [306, 396],
        [404, 460],
      ]),
    () => [242, 169, 59],
  ],
  // Three "quote" lines in the cream bubble, so it reads as text being weighed.
  [
    (x, y) =>
      [148, 184, 220].some((t) => roundedRect(x, y, 116, t, 292, t + 16, 8)) &&
      !roundedRect(x, y, 180, 204, 456, 420, 68),
    () => [44, 86, 138],
  ],
];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

const pixels = Buffer.alloc(size * size * 4);
for (let py = 0; py < size; py++) {
  for (let px = 0; px < size; px++) {
    let r = 0,
      g = 0,
      b = 0,
      a = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = px + (sx + 0.5) / samples;
        const y = py + (sy + 0.5) / samples;
        let colour = null;
        for (const [inside, paint] of layers) if (inside(x, y)) colour = paint(x, y);
        if (colour) {
          r += colour[0];
          g += colour[1];
          b += colour[2];
          a += 1;
        }
      }
    }
    const o = (py * size + px) * 4;
    pixels[o] = a ? Math.round(r / a) : 0;
    pixels[o + 1] = a ? Math.round(g / a) : 0;
    pixels[o + 2] = a ? Math.round(b / a) : 0;
    pixels[o + 3] = Math.round((a / samples ** 2) * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(size, 0);
ihdr.writeUInt32BE(size, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const raw = Buffer.alloc(size * (size * 4 + 1));
for (let y = 0; y < size; y++) {
  raw[y * (size * 4 + 1)] = 0; // filter: none
  pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
}
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = join(dirname(fileURLToPath(import.meta.url)), 'icon.png');
writeFileSync(out, png);
console.log(`wrote ${out} (${png.length} bytes)`);
