import type { Minor } from '../../../protocol/money.ts';
import { createStore } from '../../lib/store/create-store.ts';

export type CheckoutPhase = 'amount' | 'scanning' | 'charging' | 'result';

export type CheckoutOutcome = { tone: 'paid' | 'declined' | 'pending' | 'unknown'; text: string };

type CheckoutState = {
  amountText: string;
  /** The amount being charged, fixed when the cashier presses Charge. */
  amount: Minor;
  phase: CheckoutPhase;
  outcome: CheckoutOutcome | null;
  setAmountText: (text: string) => void;
  startScanning: (amount: Minor) => void;
  startCharging: () => void;
  showOutcome: (outcome: CheckoutOutcome, final: boolean) => void;
  cancelScan: () => void;
  newSale: () => void;
};

export const useCheckoutStore = createStore<CheckoutState>()((set) => ({
  amountText: '',
  amount: 0,
  phase: 'amount',
  outcome: null,
  setAmountText: (amountText) => set({ amountText }),
  startScanning: (amount) => set({ amount, phase: 'scanning', outcome: null }),
  startCharging: () => set({ phase: 'charging' }),
  showOutcome: (outcome, final) => set(final ? { outcome, phase: 'result' } : { outcome }),
  cancelScan: () => set({ phase: 'amount' }),
  newSale: () => set({ amountText: '', amount: 0, phase: 'amount', outcome: null }),
}));
