/** The terminal's default offline limits (docs/OUTBOX.md): per sale, and pending in total. */
export const OFFLINE_SALE_LIMIT = 20_000;
export const OFFLINE_PENDING_LIMIT = 200_000;
/** Offline sales per offline window, at most. */
export const OFFLINE_WINDOW_SALES = 6;
export const FUNDED_WALLETS = 6;
/** The short wallet holds 1.00 and every sale from it asks for more. */
export const SHORT_WALLET_BALANCE = 100;

/** How much of the campaign each piece takes. */
export const SHARE = { offline: 0.17, aboveLine: 0.15, short: 0.03, reloads: 0.05, secondTab: 0.1 };

export type DrawAmount = (min: number, max: number) => number;
