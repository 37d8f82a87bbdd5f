/**
 * Torch, zoom and focus of a camera track. TypeScript's DOM library lacks these image-capture
 * constraints, so the slice Saoma uses is declared here.
 */
type Range = { min: number; max: number; step?: number };
type ImageCaptureCapabilities = MediaTrackCapabilities & {
  torch?: boolean;
  zoom?: Range;
  focusMode?: string[];
};
type ImageCaptureSettings = MediaTrackSettings & { torch?: boolean; zoom?: number };
type ImageCaptureConstraint = MediaTrackConstraintSet & {
  torch?: boolean;
  zoom?: number;
  focusMode?: string;
};

export type ZoomRange = { min: number; max: number; step: number; value: number };
export type TrackControls = { torch: boolean | null; zoom: ZoomRange | null };

function capabilitiesOf(track: MediaStreamTrack): ImageCaptureCapabilities {
  // Firefox has no getCapabilities on tracks.
  return typeof track.getCapabilities === 'function' ? track.getCapabilities() : {};
}

/** What the track lets the cashier change: null where the camera does not offer it. */
export function readControls(track: MediaStreamTrack): TrackControls {
  const capabilities = capabilitiesOf(track);
  const settings: ImageCaptureSettings = track.getSettings();
  const zoom = capabilities.zoom;
  return {
    torch: capabilities.torch === true ? settings.torch === true : null,
    zoom:
      zoom && zoom.max > zoom.min
        ? {
            min: zoom.min,
            max: zoom.max,
            step: zoom.step && zoom.step > 0 ? zoom.step : 0.1,
            value: settings.zoom ?? zoom.min,
          }
        : null,
  };
}

function apply(track: MediaStreamTrack, constraint: ImageCaptureConstraint): Promise<void> {
  return track.applyConstraints({ advanced: [constraint] });
}

export function setTorch(track: MediaStreamTrack, on: boolean): Promise<void> {
  return apply(track, { torch: on });
}

export function setZoom(track: MediaStreamTrack, zoom: number): Promise<void> {
  return apply(track, { zoom });
}

/** Continuous autofocus where the camera has it; a camera without it keeps its own mode. */
export async function preferContinuousFocus(track: MediaStreamTrack): Promise<void> {
  if (!capabilitiesOf(track).focusMode?.includes('continuous')) return;
  try {
    await apply(track, { focusMode: 'continuous' });
  } catch {
    // Focus is a nicety: a refused constraint must not stop the scanner.
  }
}
