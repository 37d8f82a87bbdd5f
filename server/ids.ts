import { randomBytes, randomInt } from 'node:crypto';
import { bytesToBase64Url } from '../protocol/base64url.ts';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const DIGITS = '0123456789';

export function randomString(alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet.charAt(randomInt(alphabet.length));
  return text;
}

export function randomDigits(length: number): string {
  return randomString(DIGITS, length);
}

export function randomItem<T>(items: readonly T[]): T {
  const item = items[randomInt(items.length)];
  if (item === undefined) throw new RangeError('Nothing to pick from');
  return item;
}

/** An opaque id such as `w_3kXw9...`; the prefix tells the kind of object. */
export function newId(prefix: 'm' | 't' | 'w'): string {
  return `${prefix}_${randomString(ALPHANUMERIC, 20)}`;
}

/** The wallet's own payment id: the UTC date and 20 random digits, like the real wallets'. */
export function newTradeNo(at: number): string {
  return new Date(at).toISOString().slice(0, 10).replaceAll('-', '') + randomDigits(20);
}

/** 32 random bytes as base64url: terminal secrets, wallet and admin tokens. */
export function newSecret(): string {
  return bytesToBase64Url(randomBytes(32));
}
