import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { DeflateAlongside } from '../adapters/xlsx/zip-codec';
import { deflatePiece } from './deflate-piece';

/** What the deflate thread is given; the part's bytes follow on `port`, then null for their end. */
export interface DeflateJob {
  level: number;
  /** [0] turns 1 once the deflate is posted (or the thread gave up). */
  signal: Int32Array;
  port: MessagePort;
  /** Where each buffer goes back once deflated, to be filled again: a worker frees memory only when it collects. */
  spent: MessagePort;
}

/** Some bytes of the part, at the start of a buffer that is handed over and back. */
export interface DeflateChunk {
  buffer: ArrayBuffer;
  length: number;
}

/** Longer than the last bytes of any part take to deflate once written: past it the part is deflated whole. */
const PATIENCE_MS = 30_000;

/**
 * A part deflated in a worker thread while this one writes it: the bytes go over as they come (copied), and
 * the worker's stream ends the part; the head, known last, is deflated here as a piece that goes before
 * it (see deflatePiece). A worker that cannot start, dies or fails leaves the part to be deflated whole, to
 * the same effect. Run from the sources (the tests), there is no built worker: undefined.
 */
export function deflateAlongside(
  script = join(__dirname, 'deflate-worker.js'),
  patienceMs = PATIENCE_MS,
): ((level: number) => DeflateAlongside | undefined) | undefined {
  if (!existsSync(script)) return undefined;
  return (level) => {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    const { port1, port2 } = new MessageChannel();
    const back = new MessageChannel();
    const job: DeflateJob = { level, signal, port: port2, spent: back.port2 };
    let worker: Worker;
    try {
      worker = new Worker(script, { workerData: job, transferList: [port2, back.port2] });
    } catch {
      // no thread to be had (a limit of the machine)
      port1.close();
      back.port1.close();
      return undefined;
    }
    worker.unref();
    // a thread that fails leaves its work to this one (see below): its error must not end the command
    worker.on('error', () => undefined);
    const stop = () => {
      port1.close();
      back.port1.close();
      void worker.terminate();
    };
    const free: ArrayBuffer[] = [];
    let ended = false;
    const end = () => {
      if (!ended) port1.postMessage(null);
      ended = true;
    };
    return {
      push(bytes) {
        for (let m = receiveMessageOnPort(back.port1); m; m = receiveMessageOnPort(back.port1)) free.push(m.message as ArrayBuffer);
        const reused = free.findIndex((b) => b.byteLength >= bytes.length);
        const buffer = reused < 0 ? new ArrayBuffer(bytes.length) : free.splice(reused, 1)[0];
        new Uint8Array(buffer).set(bytes);
        port1.postMessage({ buffer, length: bytes.length } satisfies DeflateChunk, [buffer]);
      },
      end,
      finish(head) {
        end();
        Atomics.wait(signal, 0, 0, patienceMs);
        const body = receiveMessageOnPort(port1)?.message as Uint8Array[] | null | undefined;
        stop();
        if (!body) return undefined;
        return Buffer.concat([deflatePiece(head, level, false), ...body]);
      },
      cancel: stop,
    };
  };
}
