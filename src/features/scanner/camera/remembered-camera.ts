const KEY = 'saoma.scanner.cameraId';
const MAX_ID_LENGTH = 512;

/** The camera the cashier picked last, if it was stored and looks like a device id. */
export function rememberedCamera(): string | null {
  try {
    const stored = localStorage.getItem(KEY);
    return stored && stored.length <= MAX_ID_LENGTH ? stored : null;
  } catch {
    return null; // storage blocked (private mode, policy): fall back to the default camera
  }
}

export function rememberCamera(deviceId: string | null): void {
  try {
    if (deviceId) localStorage.setItem(KEY, deviceId);
    else localStorage.removeItem(KEY);
  } catch {
    // Not remembering the choice is acceptable; the scanner still works.
  }
}
