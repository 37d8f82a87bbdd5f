import { useState } from 'react';
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
  const [controls, setControls] = useState(() => readControls(track));
  const [problem, setProblem] = useState<string | null>(null);

  async function change(action: Promise<void>, what: string) {
    try {
      await action;
      setProblem(null);
    } catch {
      setProblem(`The camera refused to change its ${what}.`);
    }
    setControls(readControls(track));
  }

  return (
    <div className="camera-controls">
      {cameras.length > 1 && (
        <label>
          Camera
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
          onClick={() => void change(setTorch(track, !controls.torch), 'torch')}
        >
          Torch
        </button>
      )}
      {controls.zoom && (
        <label>
          Zoom
          <input
            type="range"
            min={controls.zoom.min}
            max={controls.zoom.max}
            step={controls.zoom.step}
            value={controls.zoom.value}
            onChange={(event) => void change(setZoom(track, Number(event.target.value)), 'zoom')}
          />
        </label>
      )}
      {problem && <p role="alert">{problem}</p>}
    </div>
  );
}
