import { encodeOfflineCode } from '../../../../protocol/offline-code.ts';
import { routeScannedCode, type ScannedCode } from '../../../../protocol/scanned-code.ts';
import { newOfflineTestKey } from '../../../../protocol/test-support/offline-keys.ts';
import { saveWalletKeys } from '../../../lib/db/keyring.ts';
import { START } from '../../../lib/outbox/test-support/outbox-fixture.ts';

/** A wallet whose keys the terminal holds: it makes offline codes the terminal can verify. */
export async function offlineWallet() {
  const { sign, jwks } = await newOfflineTestKey('k1');
  await saveWalletKeys(jwks, new Date(START));
  return {
    async code(cid: string, iat = START - 60_000): Promise<ScannedCode> {
      const text = await encodeOfflineCode(
        { kid: 'k1', cid, wid: 'w_1', provider: 'alipay', iat, exp: iat + 86_400_000, cap: 10_000 },
        sign,
      );
      const route = routeScannedCode(text);
      if (!route.ok) throw new Error(route.message);
      return route;
    },
  };
}
