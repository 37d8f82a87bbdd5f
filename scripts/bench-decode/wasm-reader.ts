import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

export type WasmReader = (
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
) => Promise<string | null>;

/** Its defaults, except the formats the terminal reads. */
const OPTIONS: ReaderOptions = { formats: ['QRCode', 'Code128', 'EAN13'] };

/** zxing-wasm (zxing-cpp) with its .wasm read from node_modules: no network. */
export async function loadWasmReader(): Promise<WasmReader> {
  const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
  const bytes = readFileSync(wasmPath);
  await prepareZXingModule({
    overrides: {
      wasmBinary: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
    },
    fireImmediately: true,
  });
  return async (data, width, height) => {
    const results = await readBarcodes({ data, width, height, colorSpace: 'srgb' }, OPTIONS);
    return results.find((result) => result.isValid)?.text ?? null;
  };
}
