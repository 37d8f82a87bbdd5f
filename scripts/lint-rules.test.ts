import { ESLint } from 'eslint';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PROBE = `zz-probe-${randomBytes(4).toString('hex')}`;
// A feature folder nobody listed anywhere, and a file directly under src/.
const FEATURE_DIR = `src/features/${PROBE}`;
const FEATURE_PROBE = `${FEATURE_DIR}/probe.ts`;
const SRC_PROBE = `src/${PROBE}.ts`;

const ONE_WAY_RULE = '@typescript-eslint/no-restricted-imports';

async function refusedImports(file: string): Promise<string[]> {
  const [result] = await new ESLint({ cwd: ROOT }).lintFiles([file]);
  if (!result) throw new Error(`ESLint gave no result for ${file}`);
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length > 0) throw new Error(fatal.map((message) => message.message).join('\n'));
  return result.messages
    .filter((message) => message.ruleId === ONE_WAY_RULE)
    .map((message) => `${String(message.line)}: ${message.message}`);
}

describe('the one-way import rules', () => {
  beforeAll(() => {
    mkdirSync(`${ROOT}${FEATURE_DIR}`, { recursive: true });
    writeFileSync(
      `${ROOT}${FEATURE_PROBE}`,
      [
        "export { startSale } from '../checkout/start-sale.ts';",
        "export { ROUTES } from '../../app/routes.ts';",
        "export { DEFAULT_PORT } from '../../../server/config.ts';",
        "export { localDayOf } from '../../lib/calendar-day/calendar-day.ts';",
        '',
      ].join('\n'),
    );
    writeFileSync(
      `${ROOT}${SRC_PROBE}`,
      [
        "export { DEFAULT_PORT } from '../server/config.ts';",
        "export { findSystemChromium } from '../e2e/support/chromium.ts';",
        "export { formatAmount } from '../protocol/money.ts';",
        '',
      ].join('\n'),
    );
  });

  afterAll(() => {
    rmSync(`${ROOT}${FEATURE_DIR}`, { recursive: true, force: true });
    rmSync(`${ROOT}${SRC_PROBE}`, { force: true });
  });

  it('refuse, in a feature folder made after the config, another feature, app/ and server/', async () => {
    const refused = await refusedImports(FEATURE_PROBE);
    expect(refused.map((line) => line.split(':')[0])).toEqual(['1', '2', '3']);
    expect(refused[0]).toContain('features do not import each other');
  });

  it('refuse, in a file directly under src/, server/ and e2e/, and let protocol/ through', async () => {
    const refused = await refusedImports(SRC_PROBE);
    expect(refused.map((line) => line.split(':')[0])).toEqual(['1', '2']);
    expect(refused[0]).toContain('the PWA does not import the server');
  });
}, 120_000);
