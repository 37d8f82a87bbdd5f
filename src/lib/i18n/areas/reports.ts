import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The reports screen's messages, merged into en.ts and zh-CN.ts. */
export const reportsEn = {} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const reportsZhCN: Translation<typeof reportsEn> = {};
