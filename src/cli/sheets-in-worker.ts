import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { readWorksheets, type SheetsElsewhere, type SheetsRead } from '../adapters/xlsx/read-xlsx';

/** What the second thread is given. */
export interface SheetsJob {
  bytes: Uint8Array;
  parts: readonly string[];
  maxCells: number;
  /** The workbook's shared strings as the command's thread read them (copied over with the job). */
  sharedStrings: readonly string[];
  /** [SIGNAL_DONE] turns 1 once the cells are posted; [SIGNAL_PROGRESS] counts the pieces of text read. */
  signal: Int32Array;
  port: MessagePort;
}

export const SIGNAL_DONE = 0;
export const SIGNAL_PROGRESS = 1;

/** A thread that reads no text for this long is taken for dead: it posts even what stops it, so only a crash is silent. */
const SILENCE_MS = 30_000;

/**
 * Some sheets of a large workbook read in a worker thread while the command's own thread reads the others:
 * the command waits for them (the engine needs every sheet), blocking, as the whole command line runs. Run
 * from the sources (the tests), there is no built worker: undefined, and every sheet is read here.
 */
export function sheetsInWorker(script = join(__dirname, 'sheet-read-worker.js'), silenceMs = SILENCE_MS): SheetsElsewhere | undefined {
  if (!existsSync(script)) return undefined;
  return (bytes, parts, maxCells, sharedStrings) => {
    const signal = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    // bytes in shared memory (readSharedFile) are read there as they are; others are copied and handed over
    const copy = bytes.buffer instanceof SharedArrayBuffer ? undefined : bytes.slice();
    const job: SheetsJob = { bytes: copy ?? bytes, parts, maxCells, sharedStrings, signal, port: port2 };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: job, transferList: copy ? [port2, copy.buffer] : [port2] });
    } catch {
      // no thread to be had (a limit of the machine): the sheets are read here, once this thread is done
      port1.close();
      return () => readWorksheets(bytes, parts, maxCells, sharedStrings);
    }
    worker.unref();
    // a thread that fails leaves its work to this one (see below): its error must not end the command
    worker.on('error', () => undefined);
    return (): SheetsRead => {
      let seen = Atomics.load(signal, SIGNAL_PROGRESS);
      while (Atomics.wait(signal, SIGNAL_DONE, 0, silenceMs) === 'timed-out') {
        const now = Atomics.load(signal, SIGNAL_PROGRESS);
        if (now === seen) break;
        seen = now;
      }
      const posted = receiveMessageOnPort(port1)?.message as SheetsRead | undefined;
      port1.close();
      void worker.terminate();
      // a thread that died (out of memory) posted nothing: its sheets are read here
      return posted ?? readWorksheets(bytes, parts, maxCells, sharedStrings);
    };
  };
}
