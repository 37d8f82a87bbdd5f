import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bytesToBase64Url } from '../../../protocol/base64url.ts';
import { db } from '../../lib/db/database.ts';
import { WalletProblemError, WalletUnreachableError } from '../../lib/wallet-client/errors.ts';
import { startSession } from './start-session.ts';

const secret = bytesToBase64Url(new Uint8Array(32).fill(7));
const credentials = { terminalId: 't_1', merchantId: 'm_1', secret };

const api = vi.hoisted(() => ({
  getDemoInfo: vi.fn(),
  createDemoPairingCode: vi.fn(),
  pairTerminal: vi.fn(),
}));
vi.mock('../../lib/wallet-client/pairing-api.ts', () => api);

const forbidden = () =>
  new WalletProblemError(403, 'FORBIDDEN', 'Scan the pairing QR that npm start prints.');
const used = () =>
  new WalletProblemError(400, 'VALIDATION_FAILED', 'The request is not valid.', [
    { path: 'code', message: 'was already used; ask for a new one' },
  ]);

beforeEach(async () => {
  await db.session.clear();
  vi.resetAllMocks();
  api.getDemoInfo.mockResolvedValue({ demo: true, merchantName: 'Demo', wallets: [] });
  api.createDemoPairingCode.mockResolvedValue({ code: 'DEMO2345', expiresAt: '' });
  api.pairTerminal.mockResolvedValue(credentials);
});

describe('startSession', () => {
  it('pairs with the code of the link, and never asks for demo self-pairing', async () => {
    const start = await startSession('LINK2345');
    expect(start).toMatchObject({ status: 'paired', notice: null });
    expect(api.pairTerminal).toHaveBeenCalledWith('LINK2345', 'Saoma terminal');
    expect(api.createDemoPairingCode).not.toHaveBeenCalled();
    expect(api.getDemoInfo).not.toHaveBeenCalled();
  });

  it('ignores the code of the link on a terminal already paired, and says so', async () => {
    await startSession(null);
    api.pairTerminal.mockClear();
    const start = await startSession('LINK2345');
    expect(start).toMatchObject({ status: 'paired', session: { terminalId: 't_1' } });
    expect(start.status === 'paired' && start.notice).toMatch(/already paired/);
    expect(api.pairTerminal).not.toHaveBeenCalled();
  });

  it("shows the wallet's reason and the pairing screen for a used or expired code", async () => {
    api.pairTerminal.mockRejectedValue(used());
    expect(await startSession('USED2345')).toEqual({
      status: 'unpaired',
      problem: 'The pairing code in the link was not accepted: was already used; ask for a new one',
      byCode: true,
      code: '',
    });
    expect(api.createDemoPairingCode).not.toHaveBeenCalled();
  });

  it('keeps the code in the form when the wallet did not answer', async () => {
    api.pairTerminal.mockRejectedValue(new WalletUnreachableError('no answer'));
    expect(await startSession('LINK2345')).toMatchObject({ status: 'unpaired', code: 'LINK2345' });
  });

  it('pairs the computer itself by demo self-pairing', async () => {
    expect(await startSession(null)).toMatchObject({ status: 'paired', notice: null });
    expect(api.pairTerminal).toHaveBeenCalledWith('DEMO2345', 'Saoma terminal');
  });

  it('shows the pairing screen, not an error, when the wallet answers 403 (a LAN device)', async () => {
    api.getDemoInfo.mockRejectedValue(forbidden());
    expect(await startSession(null)).toEqual({
      status: 'unpaired',
      problem: null,
      byCode: true,
      code: '',
    });
    api.getDemoInfo.mockResolvedValue({ demo: true, merchantName: 'Demo', wallets: [] });
    api.createDemoPairingCode.mockRejectedValue(forbidden());
    expect(await startSession(null)).toMatchObject({ status: 'unpaired', byCode: true });
    expect(api.pairTerminal).not.toHaveBeenCalled();
  });

  it('shows the pairing screen outside demo mode (404)', async () => {
    api.getDemoInfo.mockRejectedValue(new WalletProblemError(404, 'NOT_FOUND', 'No such route.'));
    expect(await startSession(null)).toMatchObject({ status: 'unpaired', byCode: false });
  });
});
