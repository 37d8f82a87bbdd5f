import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { runFolder, type FolderReport } from './folder-run.ts';
import { runFrames } from './frames-run.ts';
import { runPasses } from './passes-run.ts';
import { javaRotations } from './java-must-pass.ts';
import { loadWasmReader } from './wasm-reader.ts';

const USAGE =
  'npm run bench:decode -- [dir ...] [--rotations 0,90,180,270] [--frames1280] [--compare-wasm] [--passes] [--invert]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rotations: { type: 'string' },
    frames1280: { type: 'boolean', default: false },
    'compare-wasm': { type: 'boolean', default: false },
    invert: { type: 'boolean', default: false },
    passes: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stderr.write(`${USAGE}\n`);
  process.exit(0);
}

const dirs = positionals.length > 0 ? positionals : defaultFolders();
const rotationsOverride = values.rotations?.split(',').map(Number);
if (rotationsOverride?.some((rotation) => ![0, 90, 180, 270].includes(rotation))) {
  throw new Error(`--rotations takes 0, 90, 180 and 270. ${USAGE}`);
}
/** Java's rotations for its folders, all four for any other folder. */
const rotationsOf = (dir: string) =>
  rotationsOverride ?? javaRotations(basename(dir)) ?? [0, 90, 180, 270];
const wasm = values['compare-wasm'] ? await loadWasmReader() : null;

const folders: FolderReport[] = [];
for (const dir of dirs)
  folders.push(...(await runFolder(dir, rotationsOf(dir), wasm, values.invert)));
const frames =
  values.frames1280 || wasm ? await runFrames(dirs, rotationsOf, wasm, values.invert) : undefined;
const passes = values.passes ? runPasses(dirs, rotationsOf, values.invert) : undefined;
const failed = folders.filter((row) => row.java && !row.java.pass);
process.stdout.write(
  `${JSON.stringify(
    {
      javaMustPass: values.invert
        ? 'not compared: every image inverted, light codes on dark'
        : failed.length === 0
          ? 'pass'
          : 'fail',
      folders,
      frames1280: frames,
      passes,
    },
    null,
    2,
  )}\n`,
);

function defaultFolders(): string[] {
  const shared = '../shared/testdata/zxing-blackbox';
  const root = existsSync(shared) ? shared : 'testdata/zxing-blackbox';
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory())
    .sort();
}
