import { startScanSession } from '../../src/features/scanner/engine/scan-session.ts';
import { runTrial } from './trial.ts';

await runTrial('saoma', async ({ onVideo, onText, note }) => {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  document.getElementById('view')?.append(video);
  onVideo(video);
  const session = await startScanSession({
    video,
    onScan: (scan) => onText(scan.scanned.code),
    onRefusal: (message) => note('refusal', message),
    onFailure: (problem, message) => note('failure', `${problem}: ${message}`),
  });
  for (const [key, value] of Object.entries(session.decoder)) note(key, value);
  return () => session.stop();
});
