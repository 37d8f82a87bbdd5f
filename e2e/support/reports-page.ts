import type { Locator, Page } from '@playwright/test';

/** The cells of one row of Reports' totals table: "Alipay", …, or "All providers". */
export function totalsRowCells(page: Page, rowName: string): Locator {
  return page
    .getByRole('region', { name: 'Totals by provider (scrolls sideways)' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) })
    .getByRole('cell');
}
