/** A certificate problem the user must fix; main prints its message and exits. */
export class TlsSetupError extends Error {
  override name = 'TlsSetupError';
}
