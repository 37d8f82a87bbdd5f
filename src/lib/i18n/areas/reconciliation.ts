import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The reconciliation screen's messages, merged into en.ts and zh-CN.ts. */
export const reconciliationEn = {} as const satisfies Readonly<
  Record<string, string | PluralForms>
>;

export const reconciliationZhCN: Translation<typeof reconciliationEn> = {};
