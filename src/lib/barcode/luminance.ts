/** Converts RGBA pixels to 8-bit luminance with the integer weights ZXing uses. */
export function rgbaToLuminance(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
): Uint8ClampedArray {
  const pixels = width * height;
  const luminance = new Uint8ClampedArray(pixels);
  for (let i = 0, j = 0; i < pixels; i++, j += 4) {
    const r = rgba[j] ?? 0;
    const g = rgba[j + 1] ?? 0;
    const b = rgba[j + 2] ?? 0;
    luminance[i] = (r + 2 * g + b) >> 2;
  }
  return luminance;
}
