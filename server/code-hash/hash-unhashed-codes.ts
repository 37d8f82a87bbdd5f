import type { Store } from '../store/store.ts';
import { codeMask, unkeyedHash, type CodeHasher } from './code-hasher.ts';

/**
 * Carries a database from before codes were keyed (schema version 1) over, in one transaction:
 * each code kept in full becomes a keyed hash and a mask, each online payment's bare SHA-256 of
 * its code becomes the keyed hash (so a retry still matches), and the table of full codes is
 * dropped. With SQLite's secure_delete the dropped text is overwritten with zeros. An offline
 * payment's bare hash stays: the SOP1 text it was made from is nowhere, and that text carries a
 * signature nobody can guess, so there is nothing to brute-force. Returns how many codes moved.
 */
export function hashUnhashedCodes(store: Store, hasher: CodeHasher): Promise<number> {
  return store.transaction(async (repos) => {
    if (!(await repos.unhashedCodes.exists())) return 0;
    const codes = await repos.unhashedCodes.list();
    const byUnkeyedHash = new Map(codes.map((each) => [unkeyedHash(each.code), each.code]));
    for (const each of codes) {
      await repos.wallets.insertCode({
        codeHash: hasher.hash(each.code),
        codeMask: codeMask(each.code),
        walletId: each.walletId,
        provider: each.provider,
        issuedAt: each.issuedAt,
        expiresAt: each.expiresAt,
      });
      if (each.usedAt !== null)
        await repos.wallets.markCodeUsed(hasher.hash(each.code), each.usedAt);
    }
    for (const payment of await repos.payments.listOnlineCodeHashes()) {
      const code = byUnkeyedHash.get(payment.authCodeHash);
      if (code !== undefined)
        await repos.payments.setAuthCodeHash(payment.tradeNo, hasher.hash(code));
    }
    await repos.unhashedCodes.drop();
    return codes.length;
  });
}
