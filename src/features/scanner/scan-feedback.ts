let audio: AudioContext | null = null;

/** A short beep and a buzz on a good read, where the device allows them. */
export function signalGoodRead(): void {
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = 1800;
    gain.gain.value = 0.1;
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.08);
  } catch {
    // Audio is a nicety; a browser that blocks it must not break the scan.
  }
  if ('vibrate' in navigator) navigator.vibrate(60);
}
