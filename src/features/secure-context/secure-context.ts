/**
 * Whether the page is a secure context (https://, or localhost). Browsers allow the camera, and
 * WebCrypto, the service worker and app install, only there; it does not change while the page
 * lives.
 */
export function pageIsSecure(): boolean {
  return window.isSecureContext;
}
