/**
 * What Java ZXing must pass per rotation on its blackbox folders (testdata/zxing-blackbox
 * README). Java allows no misread in a folder with codes; the false-positive folders allow a
 * few results per rotation.
 */
export type JavaTarget = { mustPass: number; allowedFalse: number; tryHarder?: number };

const rotationsOf = (...counts: number[]) =>
  new Map([0, 90, 180, 270].map((rotation, i) => [rotation, counts[i] ?? 0]));

const QR: Record<string, Map<number, number>> = {
  'qrcode-1': rotationsOf(17, 14, 17, 14),
  'qrcode-2': rotationsOf(32, 30, 31, 31),
  'qrcode-3': rotationsOf(38, 39, 36, 39),
  'qrcode-4': rotationsOf(36, 35, 35, 35),
  'qrcode-5': rotationsOf(19, 19, 19, 19),
  'qrcode-6': rotationsOf(15, 14, 13, 14),
};
const CODE128: Record<string, { mustPass: number; tryHarder: number }> = {
  'code128-1': { mustPass: 7, tryHarder: 7 },
  'code128-2': { mustPass: 36, tryHarder: 39 },
  'code128-3': { mustPass: 2, tryHarder: 2 },
};
const FALSE_POSITIVES: Record<string, number> = { falsepositives: 2, 'falsepositives-2': 4 };

/** The rotations Java tests a folder at, or null for a folder not in the table. */
export function javaRotations(folder: string): number[] | null {
  if (folder in QR || folder in FALSE_POSITIVES) return [0, 90, 180, 270];
  if (folder in CODE128) return [0, 180];
  return null;
}

export function javaTarget(folder: string, rotation: number): JavaTarget | null {
  const qr = QR[folder]?.get(rotation);
  if (qr !== undefined) return { mustPass: qr, allowedFalse: 0 };
  const code128 = CODE128[folder];
  if (code128 && (rotation === 0 || rotation === 180)) return { ...code128, allowedFalse: 0 };
  const allowed = FALSE_POSITIVES[folder];
  if (allowed !== undefined) return { mustPass: 0, allowedFalse: allowed };
  return null;
}
