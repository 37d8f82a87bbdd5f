export type CameraDevice = { deviceId: string; label: string };

const BACK = /\b(back|rear|environment|world)\b|后/i;
const FRONT = /\b(front|user|face ?time|selfie)\b|前/i;
// Ultra-wide and telephoto lenses cannot focus at the 10–20 cm a phone is held from the camera.
const UNFOCUSABLE = /ultra|0\.5x|\btele(photo)?\b|超广角|长焦/i;
const ANDROID_INDEX = /camera2? (\d+)/i;

/** Higher is better for reading a code held close to the device. */
function score(device: CameraDevice): number {
  let points = 0;
  if (BACK.test(device.label)) points += 100;
  if (FRONT.test(device.label)) points -= 100;
  if (UNFOCUSABLE.test(device.label)) points -= 50;
  // Android lists the main back camera first ("camera2 0, facing back"); extra lenses come later.
  const index = ANDROID_INDEX.exec(device.label)?.[1];
  if (index !== undefined) points -= Number(index);
  return points;
}

/**
 * The camera to scan with: the remembered choice if it is still attached, else the best back
 * camera. Null when there is nothing to choose between (the browser's own pick stands).
 */
export function chooseCamera(
  devices: readonly CameraDevice[],
  remembered: string | null,
): string | null {
  if (remembered && devices.some((device) => device.deviceId === remembered)) return remembered;
  if (devices.length < 2) return null;
  let best: CameraDevice | null = null;
  for (const device of devices) {
    if (!best || score(device) > score(best)) best = device;
  }
  return best?.deviceId ?? null;
}

export function isBetterCamera(
  devices: readonly CameraDevice[],
  candidate: string,
  current: string | undefined,
): boolean {
  const find = (id: string | undefined) => devices.find((device) => device.deviceId === id);
  const chosen = find(candidate);
  const active = find(current);
  if (!chosen || candidate === current) return false;
  return !active || score(chosen) > score(active);
}
