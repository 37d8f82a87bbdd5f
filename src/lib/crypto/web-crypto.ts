/**
 * The page's WebCrypto, or undefined where the browser hides it: outside a secure context (a
 * terminal opened over plain HTTP on the LAN) there is no `crypto.subtle`.
 */
export function subtleCrypto(): SubtleCrypto | undefined {
  const page: { subtle?: SubtleCrypto } = globalThis.crypto;
  return page.subtle;
}
