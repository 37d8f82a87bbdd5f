import { t } from '../../../lib/i18n/translate.ts';
import type { FramePayload, FromWorker, WorkerCapabilities } from './worker-messages.ts';

export type WorkerAnswer = Extract<FromWorker, { type: 'decoded' | 'skipped' }>;

type Waiter = { resolve: (answer: WorkerAnswer) => void; reject: (error: Error) => void };

let shared: Promise<DecodeWorkerClient> | null = null;

/** The page's side of the decode worker: posts frames (transferred, never copied) and awaits reads. */
export class DecodeWorkerClient {
  private nextId = 1;
  private readonly waiters = new Map<number, Waiter>();

  private constructor(
    private readonly worker: Worker,
    readonly capabilities: WorkerCapabilities,
  ) {
    worker.addEventListener('message', (event: MessageEvent<FromWorker>) =>
      this.settle(event.data),
    );
    worker.addEventListener('error', (event) => {
      shared = null;
      worker.terminate();
      this.failAll(workerError(event));
    });
  }

  /**
   * The page's one decode worker, started on first use and kept between scanner sessions, so the
   * decoder module and the BarcodeDetector self-test are paid for once, not on every sale. A
   * worker that fails to start or dies is replaced on the next call.
   */
  static shared(): Promise<DecodeWorkerClient> {
    shared ??= DecodeWorkerClient.start().catch((error: unknown) => {
      shared = null;
      throw error;
    });
    return shared;
  }

  private static start(): Promise<DecodeWorkerClient> {
    const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), {
      type: 'module',
      name: 'saoma-decoder',
    });
    return new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<FromWorker>) => {
        if (event.data.type !== 'ready') return;
        cleanUp();
        resolve(new DecodeWorkerClient(worker, event.data.capabilities));
      };
      const onError = (event: ErrorEvent) => {
        cleanUp();
        worker.terminate();
        reject(workerError(event));
      };
      const cleanUp = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
    });
  }

  decode(frame: FramePayload): Promise<WorkerAnswer> {
    const id = this.nextId++;
    const transfer = frame.kind === 'bitmap' ? [frame.bitmap] : [frame.pixels];
    return new Promise((resolve, reject) => {
      this.waiters.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'decode', id, frame }, transfer);
    });
  }

  private settle(message: FromWorker): void {
    if (message.type === 'ready') return;
    const waiter = this.waiters.get(message.id);
    if (!waiter) return;
    this.waiters.delete(message.id);
    if (message.type === 'failed') waiter.reject(new Error(message.message));
    else waiter.resolve(message);
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiters.values()) waiter.reject(error);
    this.waiters.clear();
  }
}

function workerError(event: ErrorEvent): Error {
  return new Error(
    t('scanner.workerFailed', { reason: event.message || t('scanner.workerNotLoaded') }),
  );
}
