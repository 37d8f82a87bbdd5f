/** The wallet API's paths, shared by the client, the server and tests. */
export const API_BASE = '/api/v1';

export const apiPaths = {
  wallets: `${API_BASE}/wallets`,
  wallet: (walletId: string) => `${API_BASE}/wallets/${encodeURIComponent(walletId)}`,
  walletCodes: (walletId: string) => `${API_BASE}/wallets/${encodeURIComponent(walletId)}/codes`,
  payments: `${API_BASE}/payments`,
  payment: (outTradeNo: string) => `${API_BASE}/payments/${encodeURIComponent(outTradeNo)}`,
  terminals: `${API_BASE}/terminals`,
  pairingCodes: `${API_BASE}/pairing-codes`,
  pairings: `${API_BASE}/pairings`,
  demo: `${API_BASE}/demo`,
  demoPairingCodes: `${API_BASE}/demo/pairing-codes`,
} as const;
