import { apiPaths } from '../../protocol/paths.ts';
import { SettlementSchema, type SettlementLine } from '../../protocol/settlements.ts';
import { importTerminalKey, signRequest } from '../../protocol/signing.ts';
import type { TerminalCredentials } from '../../protocol/terminals.ts';
import { callJson } from './http-json.ts';

const DAY_MS = 24 * 60 * 60_000;

/** Every settlement line of the terminal's merchant for the UTC days from `from` to `to`. */
export async function settlementLines(
  origin: string,
  terminal: TerminalCredentials,
  from: Date,
  to: Date,
): Promise<SettlementLine[]> {
  const key = await importTerminalKey(terminal.secret);
  const lines: SettlementLine[] = [];
  for (const date of utcDays(from, to)) {
    const path = apiPaths.settlement(date);
    const authorization = await signRequest(terminal.terminalId, key, {
      method: 'GET',
      pathWithQuery: path,
      body: '',
    });
    const body = await callJson('GET', origin + path, { authorization, expect: 200 });
    lines.push(...SettlementSchema.parse(body).lines);
  }
  return lines;
}

/** The UTC dates `YYYY-MM-DD` from `from` to `to`, both included. */
export function utcDays(from: Date, to: Date): string[] {
  const days: string[] = [];
  const last = to.toISOString().slice(0, 10);
  for (let at = from.getTime(); ; at += DAY_MS) {
    const day = new Date(at).toISOString().slice(0, 10);
    days.push(day);
    if (day >= last) return days;
  }
}
