// `node scripts/make-icons.mjs`: derives resources/icon.ico (Windows) and resources/icon.icns
// (macOS) from resources/icon.png (1024x1024). Run it after changing the icon.
//
// icon.png itself is rasterised from icon.svg with Chromium:
//   chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
//     --default-background-color=00000000 --window-size=1024,1024 \
//     --screenshot=resources/icon.png resources/icon.svg
// Needs ImageMagick (`magick`, or `convert` from version 6) for the resizing and the .ico.
// electron-builder would convert icon.png itself; pre-built files fix how the small sizes look.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SOURCE = 'resources/icon.png';
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// ICNS entries holding PNG data: type code -> pixel size.
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

function imageMagick() {
  for (const candidate of ['magick', '/usr/bin/convert', 'convert']) {
    try {
      execFileSync(candidate, ['-version'], { stdio: 'pipe' });
      return candidate;
    } catch {
      // try the next name
    }
  }
  throw new Error('ImageMagick is needed (magick or convert)');
}

const im = imageMagick();
const dir = mkdtempSync(join(tmpdir(), 'bidmap-icons-'));
try {
  const sized = new Map();
  for (const size of new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])) {
    const file = join(dir, `${size}.png`);
    execFileSync(im, [SOURCE, '-filter', 'Lanczos', '-resize', `${size}x${size}`, '-strip', `PNG32:${file}`]);
    sized.set(size, file);
  }

  execFileSync(im, [...ICO_SIZES.map((s) => sized.get(s)), 'resources/icon.ico']);

  // ICNS: 'icns', total length, then per entry: type, length (with its 8-byte header), PNG bytes.
  const entries = ICNS_TYPES.map(([type, size]) => {
    const png = readFileSync(sized.get(size));
    const header = Buffer.alloc(8);
    header.write(type, 0, 'ascii');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const body = Buffer.concat(entries);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  writeFileSync('resources/icon.icns', Buffer.concat([head, body]));

  console.log(`resources/icon.ico (${ICO_SIZES.join(', ')}) and resources/icon.icns (${ICNS_TYPES.length} entries) written`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
