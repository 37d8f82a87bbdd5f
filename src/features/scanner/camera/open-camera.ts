import { t } from '../../../lib/i18n/translate.ts';
import { CameraError, cameraProblemOf, errorNameOf } from './camera-errors.ts';
import { chooseCamera, isBetterCamera, type CameraDevice } from './choose-camera.ts';

const FRAME_SIZE = { width: { ideal: 1280 }, height: { ideal: 720 } };

export type OpenedCamera = {
  stream: MediaStream;
  track: MediaStreamTrack;
  deviceId: string | undefined;
  cameras: CameraDevice[];
};

function request(video: MediaTrackConstraints): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: false, video: { ...video, ...FRAME_SIZE } });
}

/**
 * Any camera at all, once no camera fits the constraints (WebKit's OverconstrainedError): the
 * retry without them tells "no camera" from a camera that merely lacks the preferred settings.
 */
async function requestOrAnyCamera(video: MediaTrackConstraints): Promise<MediaStream> {
  try {
    return await request(video);
  } catch (error) {
    if (errorNameOf(error) !== 'OverconstrainedError') throw error;
    return navigator.mediaDevices.getUserMedia({ audio: false, video: true });
  }
}

async function listCameras(): Promise<CameraDevice[]> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return devices
    .filter((device) => device.kind === 'videoinput' && device.deviceId !== '')
    .map((device, i) => ({
      deviceId: device.deviceId,
      label: device.label || t('scanner.cameraNumber', { number: i + 1 }),
    }));
}

export function stopStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * Opens the camera to scan with, at about 1280×720: the cashier's remembered choice, else the back
 * camera. Device labels are only readable once permission is granted, so when the browser's own
 * pick turns out to be an ultra-wide or front lens, the better back camera is opened instead.
 */
export async function openCamera(preferred: string | null): Promise<OpenedCamera> {
  if (!window.isSecureContext) throw new CameraError('insecure');
  // Browsers without camera support (or with it switched off) lack mediaDevices altogether.
  if (!('mediaDevices' in navigator) || typeof navigator.mediaDevices.getUserMedia !== 'function') {
    throw new CameraError('unsupported');
  }
  let stream: MediaStream;
  try {
    stream = preferred
      ? await request({ deviceId: { exact: preferred } }).catch(() =>
          requestOrAnyCamera({ facingMode: { ideal: 'environment' } }),
        )
      : await requestOrAnyCamera({ facingMode: { ideal: 'environment' } });
  } catch (error) {
    throw new CameraError(cameraProblemOf(error));
  }
  const cameras = await listCameras().catch(() => []);
  const current = () => stream.getVideoTracks()[0]?.getSettings().deviceId;
  const choice = chooseCamera(cameras, preferred);
  const switchTo =
    choice !== null &&
    choice !== current() &&
    (choice === preferred || isBetterCamera(cameras, choice, current()));
  if (choice && switchTo) {
    stopStream(stream);
    try {
      stream = await request({ deviceId: { exact: choice } });
    } catch (error) {
      throw new CameraError(cameraProblemOf(error));
    }
  }
  const track = stream.getVideoTracks()[0];
  if (!track) {
    stopStream(stream);
    throw new CameraError('missing');
  }
  return { stream, track, deviceId: track.getSettings().deviceId, cameras };
}
