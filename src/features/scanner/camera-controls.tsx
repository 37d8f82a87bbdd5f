import { useState } from 'react';
import type { PlainMessageKey } from '../../lib/i18n/catalogue-types.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { CameraDevice } from './camera/choose-camera.ts';
import { readControls, setTorch, setZoom } from './camera/track-controls.ts';

/** Camera picker, torch and zoom, each shown only where the device offers it. */
export function CameraControls({
  track,
  cameras,
  deviceId,
  onPickCamera,
}: {
  track: MediaStreamTrack;
  cameras: readonly CameraDevice[];
  deviceId: string | undefined;
  onPickCamera: (deviceId: string) => void;
}) {
  const t = useT();
  const [controls, setControls] = useState(() => readControls(track));
  const [problem, setProblem] = useState<string | null>(null);

  async function change(action: Promise<void>, refused: PlainMessageKey) {
    try {
      await action;
      setProblem(null);
    } catch {
      setProblem(t(refused));
    }
    setControls(readControls(track));
  }

  return (
    <div className="camera-controls">
      {cameras.length > 1 && (
        <label>
          {t('scanner.camera')}
          <select value={deviceId ?? ''} onChange={(event) => onPickCamera(event.target.value)}>
            {cameras.map((camera) => (
              <option key={camera.deviceId} value={camera.deviceId}>
                {camera.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {controls.torch !== null && (
        <button
          type="button"
          aria-pressed={controls.torch}
          onClick={() => void change(setTorch(track, !controls.torch), 'scanner.torchRefused')}
        >
          {t('scanner.torch')}
        </button>
      )}
      {controls.zoom && (
        <label>
          {t('scanner.zoom')}
          <input
            type="range"
            min={controls.zoom.min}
            max={controls.zoom.max}
            step={controls.zoom.step}
            value={controls.zoom.value}
            onChange={(event) =>
              void change(setZoom(track, Number(event.target.value)), 'scanner.zoomRefused')
            }
          />
        </label>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
