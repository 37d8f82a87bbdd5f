import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The secure-context notice's messages, merged into en.ts and zh-CN.ts. */
export const secureContextEn = {
  'secureContext.placeholder': '',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const secureContextZhCN: Translation<typeof secureContextEn> = {
  'secureContext.placeholder': '',
};
