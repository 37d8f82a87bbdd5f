import { expect, type Page } from '@playwright/test';
import { JournalSchema, type JournalRow } from './campaign/journal-row.ts';

/** Every row of the terminal's journal, read with the raw IndexedDB API (no app hooks). */
export async function readJournal(page: Page): Promise<JournalRow[]> {
  const rows = await readStore(page, 'sales');
  return JournalSchema.parse(rows);
}

/** The merchant the terminal paired with (its session row keeps it beside the key). */
export async function readMerchantId(page: Page): Promise<string> {
  const rows = await readStore(page, 'session');
  const merchantId = rows
    .map((row) =>
      typeof row === 'object' && row !== null && 'merchantId' in row ? row.merchantId : undefined,
    )
    .find((id) => typeof id === 'string');
  if (typeof merchantId !== 'string') throw new Error('The terminal has not paired yet');
  return merchantId;
}

/** Money accepted offline that the wallet has not confirmed yet. */
export async function offlineExposure(page: Page): Promise<number> {
  const rows = await readJournal(page);
  return rows
    .filter((row) => row.mode === 'offline' && row.pending === 1)
    .reduce((total, row) => total + row.amount, 0);
}

/** Waits until the outbox has no work left: no row is pending. */
export async function waitForDrain(page: Page, timeout: number): Promise<void> {
  await expect
    .poll(
      async () =>
        (await readJournal(page))
          .filter((row) => row.pending === 1)
          .map((row) => `${row.outTradeNo}: ${row.state}`),
      { timeout, intervals: [500, 1000, 2000, 5000], message: 'pending sales in the journal' },
    )
    .toEqual([]);
}

/**
 * A code's hash as the terminal's journal keeps it (src/lib/crypto/code-hash.ts): HMAC-SHA256
 * under the device secret in IndexedDB, which only a page of the origin can use.
 */
export function deviceCodeHash(page: Page, code: string): Promise<string> {
  return page.evaluate(
    (text) =>
      new Promise<string>((resolve, reject) => {
        const opening = indexedDB.open('saoma');
        opening.onerror = () => reject(opening.error ?? new Error('indexedDB.open failed'));
        opening.onsuccess = () => {
          const db = opening.result;
          const request = db
            .transaction('deviceSecrets', 'readonly')
            .objectStore('deviceSecrets')
            .get('code-hash');
          request.onerror = () => reject(request.error ?? new Error('get failed'));
          request.onsuccess = () => {
            db.close();
            const row: unknown = request.result;
            const key =
              typeof row === 'object' && row !== null && 'key' in row ? row.key : undefined;
            const hmac = { name: 'HMAC', hash: 'SHA-256' };
            const usable =
              key instanceof CryptoKey
                ? Promise.resolve(key)
                : key instanceof Uint8Array
                  ? crypto.subtle.importKey('raw', new Uint8Array(key), hmac, false, ['sign'])
                  : Promise.reject(new Error('The terminal has no code-hash key yet'));
            usable
              .then((cryptoKey) =>
                crypto.subtle.sign('HMAC', cryptoKey, new TextEncoder().encode(text)),
              )
              .then((mac) => {
                let binary = '';
                for (const byte of new Uint8Array(mac)) binary += String.fromCharCode(byte);
                const base64 = btoa(binary);
                resolve(`h1.${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`);
              })
              .catch(reject);
          };
        };
      }),
    code,
  );
}

/**
 * Reads a whole object store. Only plain fields leave the page: the session row's CryptoKey
 * cannot be serialised, so every value is copied without its non-plain fields.
 */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (storeName) =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open('saoma');
        opening.onerror = () => reject(opening.error ?? new Error('indexedDB.open failed'));
        opening.onsuccess = () => {
          const db = opening.result;
          if (!db.objectStoreNames.contains(storeName)) {
            db.close();
            resolve([]);
            return;
          }
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAll();
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
          request.onsuccess = () => {
            db.close();
            const values: unknown[] = request.result;
            resolve(
              values.map((value) => {
                const plain: unknown = JSON.parse(JSON.stringify(value));
                return plain;
              }),
            );
          };
        };
      }),
    store,
  );
}
