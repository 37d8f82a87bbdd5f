import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The receipt screen's messages, merged into en.ts and zh-CN.ts. */
export const receiptEn = {} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const receiptZhCN: Translation<typeof receiptEn> = {};
