/** The wallet API's paths, shared by the client, the server and tests. */
export const API_BASE = '/api/v1';

export const apiPaths = {
  wallets: `${API_BASE}/wallets`,
  wallet: (walletId: string) => `${API_BASE}/wallets/${encodeURIComponent(walletId)}`,
  walletCodes: (walletId: string) => `${API_BASE}/wallets/${encodeURIComponent(walletId)}/codes`,
  walletOfflineCodes: (walletId: string) =>
    `${API_BASE}/wallets/${encodeURIComponent(walletId)}/offline-codes`,
  walletPairingCodes: (walletId: string) =>
    `${API_BASE}/wallets/${encodeURIComponent(walletId)}/pairing-codes`,
  walletPending: (walletId: string) =>
    `${API_BASE}/wallets/${encodeURIComponent(walletId)}/pending`,
  walletPendingDecision: (walletId: string, tradeNo: string, decision: 'confirm' | 'reject') =>
    `${API_BASE}/wallets/${encodeURIComponent(walletId)}/pending/${encodeURIComponent(tradeNo)}/${decision}`,
  payments: `${API_BASE}/payments`,
  payment: (outTradeNo: string) => `${API_BASE}/payments/${encodeURIComponent(outTradeNo)}`,
  paymentCancel: (outTradeNo: string) =>
    `${API_BASE}/payments/${encodeURIComponent(outTradeNo)}/cancel`,
  paymentRefunds: (outTradeNo: string) =>
    `${API_BASE}/payments/${encodeURIComponent(outTradeNo)}/refunds`,
  settlement: (date: string) => `${API_BASE}/settlements/${encodeURIComponent(date)}`,
  keys: `${API_BASE}/keys`,
  adminFaults: `${API_BASE}/admin/faults`,
  adminFaultsInjected: `${API_BASE}/admin/faults/injected`,
  terminals: `${API_BASE}/terminals`,
  pairingCodes: `${API_BASE}/pairing-codes`,
  pairings: `${API_BASE}/pairings`,
  walletPairings: `${API_BASE}/wallet-pairings`,
  demo: `${API_BASE}/demo`,
  demoPairingCodes: `${API_BASE}/demo/pairing-codes`,
  demoWalletTokens: `${API_BASE}/demo/wallet-tokens`,
} as const;
