// Draws the extension's icon, media/icon.png (128x128): a lens over a person, on a rounded square. Shapes are
// distance functions sampled 4x4 per pixel for smooth edges; the PNG is written by hand with node:zlib, so
// nothing but Node is needed. Run `node scripts/icon.mjs` after changing a shape or a colour.

import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;
const OUT = new URL('../media/icon.png', import.meta.url);

const BACKGROUND_TOP = [0x1f, 0x4e, 0x79];
const BACKGROUND_BOTTOM = [0x17, 0x32, 0x4d];
const LENS = [0xff, 0xff, 0xff];
const PERSON = [0xf5, 0xb0, 0x41];

const length = (x, y) => Math.hypot(x, y);

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedRect(x, y, cx, cy, halfW, halfH, r) {
  const qx = Math.abs(x - cx) - halfW + r;
  const qy = Math.abs(y - cy) - halfH + r;
  return length(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Signed distance to a segment from (ax, ay) to (bx, by) of half-thickness r. */
function capsule(x, y, ax, ay, bx, by, r) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return length(px - dx * t, py - dy * t) - r;
}

const LENS_X = 54;
const LENS_Y = 54;
const LENS_R = 30;

/** The layers, bottom first: each a colour (or a function of y) and a distance function. */
const layers = [
  { color: (y) => BACKGROUND_TOP.map((c, i) => c + ((BACKGROUND_BOTTOM[i] - c) * y) / SIZE), inside: (x, y) => roundedRect(x, y, 64, 64, 62, 62, 22) },
  // The person inside the lens: a head and the top of the shoulders, cut by the lens's glass.
  { color: () => PERSON, inside: (x, y) => Math.max(length(x - LENS_X, y - (LENS_Y - 8)) - 9.5, length(x - LENS_X, y - LENS_Y) - LENS_R + 3) },
  {
    color: () => PERSON,
    inside: (x, y) => Math.max(length((x - LENS_X) / 1.05, y - (LENS_Y + 24)) - 18.5, length(x - LENS_X, y - LENS_Y) - LENS_R + 3),
  },
  // The lens: a ring and its handle.
  { color: () => LENS, inside: (x, y) => Math.abs(length(x - LENS_X, y - LENS_Y) - LENS_R) - 5 },
  { color: () => LENS, inside: (x, y) => capsule(x, y, LENS_X + 24, LENS_Y + 24, 106, 106, 8) },
];

function pixel(px, py) {
  let rgb = [0, 0, 0];
  let alpha = 0;
  for (const layer of layers) {
    let covered = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        if (layer.inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES) <= 0) covered++;
      }
    }
    const a = covered / (SAMPLES * SAMPLES);
    if (a === 0) continue;
    const color = layer.color(py + 0.5);
    // "Over" compositing, straight (not premultiplied) alpha.
    const outAlpha = a + alpha * (1 - a);
    rgb = rgb.map((c, i) => (color[i] * a + c * alpha * (1 - a)) / outAlpha);
    alpha = outAlpha;
  }
  return [...rgb.map((c) => Math.round(c)), Math.round(alpha * 255)];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) Buffer.from(pixel(x, y)).copy(raw, row + 1 + x * 4);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(OUT, png);
console.log(`wrote ${OUT.pathname} (${png.length} bytes)`);
