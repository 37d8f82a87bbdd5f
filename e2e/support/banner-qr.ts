import type * as Zxing from '@zxing/library';
import { createRequire } from 'node:module';

// See qr-matrix.ts: the CommonJS build is required, not imported.
const zxing = createRequire(import.meta.url)('@zxing/library') as typeof Zxing;

const SCALE = 6;
const MARGIN = 4;
/** A colour escape (ESC [ n m): 30 black text, 37 white text, 40/47 backgrounds, 0 reset. */
const ANSI_STYLE = new RegExp(`${String.fromCharCode(27)}\\[([0-9;]*)m`, 'y');

/**
 * Reads a QR code as `npm start` prints it (qrcode's small terminal form: dark on a light
 * background, each character one module wide and two tall: █ both dark, ▀ the top, ▄ the
 * bottom) and decodes it with ZXing, so a test checks the printed QR itself, not only its URL.
 */
export function decodeBannerQr(printed: string): string {
  const modules = printed
    .split('\n')
    .flatMap(moduleRows)
    .filter((row) => row.length > 0);
  const columns = Math.max(...modules.map((row) => row.length));
  const width = (columns + 2 * MARGIN) * SCALE;
  const height = (modules.length + 2 * MARGIN) * SCALE;
  const luma = new Uint8ClampedArray(width * height).fill(255);
  modules.forEach((line, my) =>
    line.forEach((dark, mx) => {
      if (!dark) return;
      for (let y = 0; y < SCALE; y++) {
        const start = ((my + MARGIN) * SCALE + y) * width + (mx + MARGIN) * SCALE;
        luma.fill(0, start, start + SCALE);
      }
    }),
  );
  const bitmap = new zxing.BinaryBitmap(
    new zxing.HybridBinarizer(new zxing.RGBLuminanceSource(luma, width, height)),
  );
  // The drawn image is exact, so the grid is read as it is (PURE_BARCODE). ZXing's finder-pattern
  // detector missed 9 in 300 such perfect drawings of random pairing URLs (and 0 in 2,000 read
  // this way), which made the LAN test fail on some codes; the camera path is what the
  // namespace's Chromium tests.
  const hints = new Map([[zxing.DecodeHintType.PURE_BARCODE, true]]);
  return new zxing.QRCodeReader().decode(bitmap, hints).getText();
}

/**
 * One printed line as two rows of modules (true is dark). A glyph's drawn half has the text
 * colour and the rest the background; the quiet zone's last line is drawn in white text.
 */
function moduleRows(line: string): [boolean[], boolean[]] {
  const top: boolean[] = [];
  const bottom: boolean[] = [];
  let textDark = false;
  let backgroundDark = false;
  for (let at = 0; at < line.length;) {
    ANSI_STYLE.lastIndex = at;
    const style = ANSI_STYLE.exec(line);
    if (style) {
      at += style[0].length;
      const code = style[1] ?? '';
      if (code === '0' || code === '') [textDark, backgroundDark] = [false, false];
      if (code === '30' || code === '37') textDark = code === '30';
      if (code === '40' || code === '47') backgroundDark = code === '40';
      continue;
    }
    const glyph = line.charAt(at);
    at += 1;
    top.push(glyph === '█' || glyph === '▀' ? textDark : backgroundDark);
    bottom.push(glyph === '█' || glyph === '▄' ? textDark : backgroundDark);
  }
  return [top, bottom];
}
