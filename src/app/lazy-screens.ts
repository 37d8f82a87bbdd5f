import { lazy } from 'react';

const loadHistory = () => import('../features/history/history-page.tsx');
const loadReports = () => import('./reports-screen.tsx');
const loadReceipt = () => import('../features/receipt/receipt-dialog.tsx');

/** Screens the first visit does not need: their code loads apart from the checkout's. */
export const HistoryPage = lazy(() =>
  loadHistory().then((module) => ({ default: module.HistoryPage })),
);
export const ReportsScreen = lazy(() =>
  loadReports().then((module) => ({ default: module.ReportsScreen })),
);
export const ReceiptDialog = lazy(() =>
  loadReceipt().then((module) => ({ default: module.ReceiptDialog })),
);

/**
 * Fetches those screens once the browser is idle, so that opening one is instant and works
 * offline even before the service worker has cached them.
 */
export function preloadScreens(): () => void {
  const load = () => {
    void loadHistory();
    void loadReports();
    void loadReceipt();
  };
  if ('requestIdleCallback' in window) {
    const id = window.requestIdleCallback(load, { timeout: 5_000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(load, 1_000);
  return () => clearTimeout(id);
}
