import { Html5Qrcode } from 'html5-qrcode';
import { runTrial } from './trial.ts';

// Defaults (no config, see its src/html5-qrcode.ts and src/core.ts): fps 2, that is a 500 ms wait
// after each scan; the whole viewfinder; a second, inverted pass on each miss; and the native
// BarcodeDetector when the browser has one, alternating with its ZXing copy.
await runTrial(
  'html5-qrcode',
  async ({ onVideo, onText, note }) => {
    const view = document.getElementById('view');
    if (!view) throw new Error('No #view');
    // html5-qrcode creates its own <video> inside the element; catch it as it is added.
    const watcher = new MutationObserver(() => {
      const video = view.querySelector('video');
      if (video) {
        watcher.disconnect();
        onVideo(video);
      }
    });
    watcher.observe(view, { childList: true, subtree: true });
    const scanner = new Html5Qrcode('view');
    await scanner.start({ facingMode: 'environment' }, undefined, onText, undefined);
    return () => {
      // The canvas it decodes from is sized to the viewfinder on screen, not to the video.
      const canvas = view.querySelector('canvas');
      if (canvas) note('decodeCanvas', `${canvas.width}x${canvas.height}`);
      return scanner.stop();
    };
  },
  { fps: 2, barcodeDetector: 'BarcodeDetector' in window },
);
