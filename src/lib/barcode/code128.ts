/**
 * A Code 128 encoder for the wallet simulator. @zxing/library only decodes Code 128, so the
 * symbol values are encoded here: digit runs in code set C (two digits per symbol), anything
 * else printable in code set B. The result is a list of bar/space module widths.
 */

// Bar/space widths of symbol values 0..106 (106 is the stop pattern, with its final bar).
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 ' +
  '122132 122231 113222 123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 ' +
  '321221 312212 322112 322211 212123 212321 232121 111323 131123 131321 112313 132113 132311 ' +
  '211313 231113 231311 112133 112331 132131 113123 113321 133121 313121 211331 231131 213113 ' +
  '213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 111422 ' +
  '121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 ' +
  '241112 134111 111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 ' +
  '412121 111143 111341 131141 114113 114311 411113 411311 113141 114131 311141 411131 211412 ' +
  '211214 211232 2331112'
).split(' ');

const CODE_C = 99;
const START_B = 104;
const START_C = 105;
const STOP = 106;

function symbolValues(text: string): number[] {
  if (text.length === 0) throw new Error('Code 128 needs at least one character');
  if (/^\d+$/.test(text)) {
    const values = text.length % 2 === 0 ? [START_C] : [START_B, text.charCodeAt(0) - 32, CODE_C];
    for (let i = text.length % 2; i < text.length; i += 2)
      values.push(Number(text.slice(i, i + 2)));
    return values;
  }
  const values = [START_B];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (char.length !== 1 || code < 32 || code > 126) {
      throw new Error(`Code 128 set B cannot encode ${JSON.stringify(char)}`);
    }
    values.push(code - 32);
  }
  return values;
}

/** Module widths, alternating bar and space, starting with a bar; no quiet zone. */
export function encodeCode128(text: string): number[] {
  const values = symbolValues(text);
  let checksum = values[0] ?? 0;
  values.forEach((value, i) => {
    if (i > 0) checksum += value * i;
  });
  values.push(checksum % 103, STOP);
  const widths: number[] = [];
  for (const value of values) {
    const pattern = PATTERNS[value] ?? '';
    for (let i = 0; i < pattern.length; i++) widths.push(pattern.charCodeAt(i) - 48);
  }
  return widths;
}
