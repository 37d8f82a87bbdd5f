import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VITE = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

/**
 * Builds the app into `outDir` with `tag` baked into its sw.js (SAOMA_SW_BUILD_TAG), so that two
 * builds of the same source are two versions to the browser. `env` adds build settings, such as
 * VITE_WALLET_URL.
 */
export function buildApp(outDir: string, tag: string, env: Record<string, string> = {}): void {
  execFileSync(
    process.execPath,
    [VITE, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: ROOT,
      env: { ...process.env, SAOMA_SW_BUILD_TAG: tag, ...env },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

/**
 * Points `link` at `target`, replacing any earlier target in one rename: a deployment the way a
 * server flips its "current" release, with no moment where the app is missing.
 */
export function deploy(link: string, target: string): void {
  const next = `${link}.next`;
  rmSync(next, { force: true });
  symlinkSync(path.resolve(target), next);
  renameSync(next, link);
}
