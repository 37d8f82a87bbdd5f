import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The history screen's messages, merged into en.ts and zh-CN.ts. */
export const historyEn = {} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const historyZhCN: Translation<typeof historyEn> = {};
