/**
 * The wallet server as a real process (`node --import tsx server/main.ts`, as `npm start` runs
 * it), for tests that kill it. Every wait is on an event: the banner line, the exit.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = fileURLToPath(new URL('../main.ts', import.meta.url));
/** The first line: `Saoma is serving http://localhost:8080` (https with HTTPS=1). */
const BANNER = /Saoma is serving (https?):\/\/(\[[^\]\s]+\]|[^\s:/]+):(\d+)\n/;
/** With HTTPS, the banner names the plain-HTTP redirect port (or says it is off). */
const REDIRECT = /\n {2}Redirect: +(?:http:\/\/\S+:(\d+) |off)/;

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  /** The API origin, e.g. http://127.0.0.1:43121 (https://… with HTTPS=1). */
  origin: string;
  /** With HTTPS, the port of the plain-HTTP redirect; null without HTTPS or with HTTP_PORT=off. */
  httpPort: number | null;
  pid: number;
  exited: Promise<Exit>;
  /** Sends a signal and waits for the process to end. */
  stop: (signal: NodeJS.Signals) => Promise<Exit>;
  output: () => { stdout: string; stderr: string };
};

/** Starts the server with only `env` (and PATH) set; resolves once it prints its banner. */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const output = () => ({ stdout, stderr });
  return new Promise<ServerProcess>((resolve, reject) => {
    child.once('error', reject);
    void exited.then(({ code, signal }) =>
      reject(
        new Error(
          `The server exited (${String(code ?? signal)}) before serving:\n${stdout}\n${stderr}`,
        ),
      ),
    );
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const banner = BANNER.exec(stdout);
      if (banner === null || child.pid === undefined) return;
      const [, scheme, host, port] = banner;
      const redirect = scheme === 'https' ? REDIRECT.exec(stdout) : null;
      if (scheme === 'https' && redirect === null) return;
      const pid = child.pid;
      resolve({
        origin: `${scheme}://${host === 'localhost' ? '127.0.0.1' : host}:${port}`,
        httpPort: redirect?.[1] === undefined ? null : Number(redirect[1]),
        pid,
        exited,
        output,
        stop: (signal) => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    });
  });
}
