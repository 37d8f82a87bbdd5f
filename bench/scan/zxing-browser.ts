import { BrowserMultiFormatReader } from '@zxing/browser';
import { runTrial } from './trial.ts';

// Defaults: every format, no hints, 500 ms between attempts (delayBetweenScanAttempts).
await runTrial(
  'zxing-browser',
  async ({ onVideo, onText }) => {
    const video = document.createElement('video');
    document.getElementById('view')?.append(video);
    onVideo(video);
    const reader = new BrowserMultiFormatReader();
    const controls = await reader.decodeFromVideoDevice(undefined, video, (result) => {
      if (result) onText(result.getText());
    });
    return () => controls.stop();
  },
  { delayBetweenScanAttemptsMs: 500 },
);
