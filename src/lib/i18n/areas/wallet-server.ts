import type { PluralForms, Translation } from '../catalogue-types.ts';

/** The wallet-server setting's messages, merged into en.ts and zh-CN.ts. */
export const walletServerEn = {
  'walletServer.placeholder': '',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const walletServerZhCN: Translation<typeof walletServerEn> = {
  'walletServer.placeholder': '',
};
