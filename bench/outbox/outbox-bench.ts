import { ensurePaired, type TerminalSession } from '../../src/features/pairing/ensure-paired.ts';
import type { OutboxBenchApi } from './bench-api.ts';
import { clearAll, measureEnqueue } from './enqueue-latency.ts';
import { queueOfflineSales } from './queue-offline.ts';
import { replayOutbox } from './replay-outbox.ts';

let session: TerminalSession | null = null;
let queued: string[] = [];

const api: OutboxBenchApi = {
  clear: async () => {
    await clearAll();
    session = null;
    queued = [];
  },
  pair: async () => {
    session = await ensurePaired();
    if (!session) throw new Error('The wallet is not in demo mode: the bench cannot pair');
    return { terminalId: session.terminalId, merchantId: session.merchantId };
  },
  enqueue: (codes) => measureEnqueue(codes),
  queueOffline: async (codes) => {
    const { outTradeNos, report } = await queueOfflineSales(codes);
    queued = [...queued, ...outTradeNos];
    return report;
  },
  replay: (timeoutMs) => {
    if (!session) throw new Error('Pair before replaying');
    return replayOutbox(session, queued, timeoutMs);
  },
};

globalThis.outboxBench = api;
