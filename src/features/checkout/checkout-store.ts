import type { Minor } from '../../../protocol/money.ts';
import { createStore } from '../../lib/store/create-store.ts';

export type CheckoutPhase = 'amount' | 'scanning' | 'sale';

type CheckoutState = {
  amountText: string;
  /** The amount being charged, fixed when the cashier presses Charge. */
  amount: Minor;
  phase: CheckoutPhase;
  /** The sale on screen; its state lives in the journal, not here. */
  outTradeNo: string | null;
  setAmountText: (text: string) => void;
  startScanning: (amount: Minor) => void;
  showSale: (outTradeNo: string) => void;
  cancelScan: () => void;
  newSale: () => void;
};

export const useCheckoutStore = createStore<CheckoutState>()((set) => ({
  amountText: '',
  amount: 0,
  phase: 'amount',
  outTradeNo: null,
  setAmountText: (amountText) => set({ amountText }),
  startScanning: (amount) => set({ amount, phase: 'scanning', outTradeNo: null }),
  showSale: (outTradeNo) => set({ outTradeNo, phase: 'sale' }),
  cancelScan: () => set({ phase: 'amount' }),
  newSale: () => set({ amountText: '', amount: 0, phase: 'amount', outTradeNo: null }),
}));
