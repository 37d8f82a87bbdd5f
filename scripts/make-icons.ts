// `npx tsx scripts/make-icons.ts`: draws the app icons into public/icons/ (the PNGs are
// committed; run this again only to change them). The mark is a scan frame around 扫 ("scan"),
// drawn from line segments, so no font or outside artwork is involved.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

const OUT_DIR = 'public/icons';
const ACCENT = { r: 0xc8, g: 0x10, b: 0x2e };
const WHITE = { r: 0xff, g: 0xff, b: 0xff };
type Colour = typeof ACCENT;
/** The terminal is white on red; the wallet simulator, a different app, red on white. */
const TERMINAL = { paper: ACCENT, ink: WHITE };
const WALLET = { paper: WHITE, ink: ACCENT };
/** Samples per pixel side: 4 × 4 samples give smooth edges. */
const SUPERSAMPLE = 4;

type Point = readonly [number, number];
type Segment = readonly [Point, Point];

/** 扫 in a unit box: 扌 on the left, 彐 on the right. */
const GLYPH: Segment[] = [
  [
    [0.06, 0.33],
    [0.36, 0.33],
  ],
  [
    [0.22, 0.1],
    [0.22, 0.86],
  ],
  [
    [0.22, 0.86],
    [0.12, 0.79],
  ],
  [
    [0.05, 0.68],
    [0.38, 0.54],
  ],
  [
    [0.5, 0.2],
    [0.9, 0.2],
  ],
  [
    [0.55, 0.5],
    [0.9, 0.5],
  ],
  [
    [0.48, 0.82],
    [0.9, 0.82],
  ],
  [
    [0.9, 0.2],
    [0.9, 0.82],
  ],
];

/** The scan frame's four corner brackets in a unit box. */
const FRAME: Segment[] = [
  [0, 0],
  [1, 0],
  [0, 1],
  [1, 1],
].flatMap(([x, y]): Segment[] => {
  const arm = 0.28;
  const corner: Point = [x ?? 0, y ?? 0];
  const dx = x === 0 ? arm : -arm;
  const dy = y === 0 ? arm : -arm;
  return [
    [corner, [corner[0] + dx, corner[1]]],
    [corner, [corner[0], corner[1] + dy]],
  ];
});

type Stroke = { segment: Segment; width: number };

/** Places unit-box segments in a square of `size` at (`left`, `top`). */
function place(segments: Segment[], left: number, top: number, size: number, width: number) {
  return segments.map(([[x1, y1], [x2, y2]]): Stroke => ({
    segment: [
      [left + x1 * size, top + y1 * size],
      [left + x2 * size, top + y2 * size],
    ],
    width,
  }));
}

function distanceToSegment([px, py]: Point, [[ax, ay], [bx, by]]: Segment): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function insideRoundedSquare([x, y]: Point, size: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  return Math.hypot(x - cx, y - cy) <= radius;
}

/**
 * Draws the icon. `content` is the share of the side the mark may use: a maskable icon keeps it
 * inside the central safe zone (a circle of 80 % of the side), since launchers crop the rest.
 */
function drawIcon(
  size: number,
  options: { maskable: boolean; colours: { paper: Colour; ink: Colour } },
): Buffer {
  const { paper, ink: inkColour } = options.colours;
  const content = options.maskable ? 0.5 : 0.7;
  const radius = options.maskable ? 0 : size * 0.18;
  const frameSize = size * content;
  const frameLeft = (size - frameSize) / 2;
  const glyphSize = frameSize * 0.6;
  const glyphLeft = (size - glyphSize) / 2;
  const strokes = [
    ...place(FRAME, frameLeft, frameLeft, frameSize, size * 0.045),
    ...place(GLYPH, glyphLeft, glyphLeft, glyphSize, size * 0.05),
  ];

  const png = new PNG({ width: size, height: size });
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      let background = 0;
      let ink = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
        for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
          const point: Point = [x + (sx + 0.5) / SUPERSAMPLE, y + (sy + 0.5) / SUPERSAMPLE];
          if (!insideRoundedSquare(point, size, radius)) continue;
          background += 1;
          if (strokes.some((s) => distanceToSegment(point, s.segment) <= s.width / 2)) ink += 1;
        }
      }
      const offset = (y * size + x) * 4;
      const share = background === 0 ? 0 : ink / background;
      png.data[offset] = Math.round(paper.r + (inkColour.r - paper.r) * share);
      png.data[offset + 1] = Math.round(paper.g + (inkColour.g - paper.g) * share);
      png.data[offset + 2] = Math.round(paper.b + (inkColour.b - paper.b) * share);
      png.data[offset + 3] = Math.round((255 * background) / samples);
    }
  }
  return PNG.sync.write(png);
}

const ICONS = [
  { file: 'icon-192.png', size: 192, maskable: false, colours: TERMINAL },
  { file: 'icon-512.png', size: 512, maskable: false, colours: TERMINAL },
  { file: 'icon-maskable-512.png', size: 512, maskable: true, colours: TERMINAL },
  // iOS draws its own rounded corners and ignores transparency: a full square, like maskable.
  { file: 'apple-touch-icon.png', size: 180, maskable: true, colours: TERMINAL },
  { file: 'wallet-192.png', size: 192, maskable: false, colours: WALLET },
  { file: 'wallet-512.png', size: 512, maskable: false, colours: WALLET },
  { file: 'wallet-maskable-512.png', size: 512, maskable: true, colours: WALLET },
];

mkdirSync(OUT_DIR, { recursive: true });
for (const icon of ICONS) {
  writeFileSync(`${OUT_DIR}/${icon.file}`, drawIcon(icon.size, icon));
  console.log(`${OUT_DIR}/${icon.file} (${icon.size}×${icon.size})`);
}
