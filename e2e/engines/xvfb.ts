import { spawn } from 'node:child_process';

export type Display = { display: string; stop: () => Promise<void> };

/**
 * A virtual X display for WebKitGTK, which has no headless mode. Xvfb picks a free display
 * number itself and writes it to `-displayfd` once it accepts clients: no guessing, no waiting.
 */
export function startXvfb(): Promise<Display> {
  const child = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`Xvfb could not start (apt install xvfb): ${error.message}`)),
    );
    void exited.then(() => reject(new Error(`Xvfb exited before it was ready:\n${stderr}`)));
    let written = '';
    const fd = child.stdio[3];
    if (!fd || !('setEncoding' in fd)) {
      reject(new Error('no display pipe'));
      return;
    }
    fd.setEncoding('utf8');
    fd.on('data', (chunk: string) => {
      written += chunk;
      if (!written.endsWith('\n')) return;
      resolve({
        display: `:${written.trim()}`,
        stop: () => {
          if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
