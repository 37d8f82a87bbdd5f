import type { PluralForms, Translation } from '../catalogue-types.ts';

/**
 * Messages about a wallet that does not answer, the cashier's Cancel while charging, and the
 * browser's storage prompt; merged into en.ts and zh-CN.ts.
 */
export const reachEn = {
  'reach.noAnswerInTime': 'The wallet did not answer in time.',
  'reach.stoppedWaiting': 'The terminal stopped waiting for the wallet’s answer.',
  'reach.walletNotAnswering': 'wallet not answering',
  'reach.stoppedCharging':
    'Stopped waiting. The outcome of {outTradeNo} is unknown: the terminal will ask the wallet. Do not charge again.',
  'reach.storageAsking':
    'Storage: the browser is asking whether this site may keep its data; answer its prompt',
} as const satisfies Readonly<Record<string, string | PluralForms>>;

export const reachZhCN: Translation<typeof reachEn> = {
  'reach.noAnswerInTime': '钱包未在规定时间内响应。',
  'reach.stoppedWaiting': '终端已停止等待钱包的应答。',
  'reach.walletNotAnswering': '钱包无响应',
  'reach.stoppedCharging': '已停止等待。{outTradeNo} 的结果未知：终端会向钱包查询。请勿重复收款。',
  'reach.storageAsking': '存储：浏览器正在询问是否允许本网站保留数据，请回应其提示',
};
