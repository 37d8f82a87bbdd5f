import { Hono } from 'hono';
import { SettlementDateSchema } from '../../protocol/settlements.ts';
import { requireTerminalSignature, type SignedEnv } from '../auth/terminal-signature.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem } from '../http/problem.ts';
import { parseParam } from '../http/read-body.ts';
import { settlementFor, utcDayBounds } from '../settlements/statement.ts';

export function settlementRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono<SignedEnv>().use('*', requireTerminalSignature(deps)).get('/:date', async (c) => {
    const date = parseParam('date', c.req.param('date'), SettlementDateSchema);
    // Today's statement is open and grows; a day that has not begun has none.
    if (utcDayBounds(date).from > now()) {
      throw new ApiProblem(
        'NOT_FOUND',
        `There is no statement for ${date} yet: that day has not begun (UTC).`,
      );
    }
    const statement = await store.transaction((repos) =>
      settlementFor(repos, c.var.terminal.merchantId, date),
    );
    return c.json(statement, 200);
  });
}
