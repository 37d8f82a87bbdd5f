import type { Page } from '@playwright/test';

/**
 * Every key and value of every object store of every IndexedDB database the page's origin has,
 * as text. Byte arrays become their bytes as text too, and a CryptoKey (which cannot be read out)
 * its description, so that nothing the page stored escapes the search.
 */
export function dumpIndexedDb(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const text = (value: unknown): string =>
      JSON.stringify(value, (_key, item: unknown) => {
        if (item instanceof CryptoKey) return `[CryptoKey ${item.type} ${item.algorithm.name}]`;
        if (item instanceof ArrayBuffer) item = new Uint8Array(item);
        if (ArrayBuffer.isView(item)) {
          const bytes = new Uint8Array(item.buffer, item.byteOffset, item.byteLength);
          return String.fromCharCode(...bytes);
        }
        return item;
      });
    const request = <T>(of: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        of.onsuccess = () => resolve(of.result);
        of.onerror = () => reject(of.error ?? new Error('IndexedDB request failed'));
      });
    const lines: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      if (name === undefined) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        const cursorRequest = db.transaction(store, 'readonly').objectStore(store).openCursor();
        await new Promise<void>((resolve, reject) => {
          cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('cursor failed'));
          cursorRequest.onsuccess = () => {
            const cursor = cursorRequest.result;
            if (cursor === null) {
              resolve();
              return;
            }
            lines.push(`${name}/${store} ${text(cursor.key)} ${text(cursor.value)}`);
            cursor.continue();
          };
        });
      }
      db.close();
    }
    return lines.join('\n');
  });
}
