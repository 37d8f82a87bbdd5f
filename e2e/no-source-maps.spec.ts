import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const DIST = process.env.STATIC_DIR ?? fileURLToPath(new URL('../dist', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(DIST, path.join(entry.parentPath, entry.name)));
}

test('the production build holds no source maps, and the server serves none', async ({
  request,
}) => {
  const files = filesUnder(DIST);
  const scripts = files.filter((file) => file.endsWith('.js'));
  expect(scripts).toContain('sw.js');
  expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  // A built script that names a map would send DevTools looking for it.
  for (const script of scripts) {
    const response = await request.get(`/${script}`);
    expect(response.status(), script).toBe(200);
    expect(await response.text(), script).not.toContain('sourceMappingURL');
    expect((await request.get(`/${script}.map`)).status(), `${script}.map`).toBe(404);
  }
});
