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
  /** The cashier pressed Cancel while the sale was being charged. */
  stoppedWaiting: boolean;
  setAmountText: (text: string) => void;
  startScanning: (amount: Minor) => void;
  showSale: (outTradeNo: string) => void;
  cancelScan: () => void;
  newSale: () => void;
  noteStoppedWaiting: () => void;
};

export const useCheckoutStore = createStore<CheckoutState>()((set) => ({
  amountText: '',
  amount: 0,
  phase: 'amount',
  outTradeNo: null,
  stoppedWaiting: false,
  setAmountText: (amountText) => set({ amountText }),
  startScanning: (amount) =>
    set({ amount, phase: 'scanning', outTradeNo: null, stoppedWaiting: false }),
  showSale: (outTradeNo) => set({ outTradeNo, phase: 'sale', stoppedWaiting: false }),
  cancelScan: () => set({ phase: 'amount' }),
  newSale: () =>
    set({ amountText: '', amount: 0, phase: 'amount', outTradeNo: null, stoppedWaiting: false }),
  noteStoppedWaiting: () => set({ stoppedWaiting: true }),
}));
