import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PORTABLE_ZIP_CODEC, type ZipCodec } from '../adapters/xlsx/zip-codec';
import { CANCELLED, ENDED, FAILED, LENGTHS, PRODUCED, SEQ, SLOT, SLOTS, STATUS, TAKEN, type InflateJob } from './inflate-ring';

type InflateChunks = NonNullable<ZipCodec['inflateChunks']>;

export interface InflateAheadOptions {
  /** A thread that inflates nothing for this long is taken for dead: it reports even a failure, so only a crash is silent. */
  silenceMs: number;
  /**
   * Parts smaller than this are inflated here. The first bytes come about 90 ms after the thread is asked
   * (60 of them to start it), while fflate inflates about 200 MB a second here: below some 16 MB, a thread
   * costs more than it saves.
   */
  fromBytes: number;
}

const DEFAULTS: InflateAheadOptions = { silenceMs: 30_000, fromBytes: 16 << 20 };

/** The command line's inflate in chunks (see ZipCodec.inflateChunks and prepareChunks). */
export interface InflateAhead {
  inflateChunks: InflateChunks;
  prepareChunks(size: number): void;
}

/**
 * A part streamed into a written file is inflated by zlib in a worker thread while this one writes it, a
 * slot of a shared ring at a time (zlib has no synchronous inflate in chunks; fflate's, here, took 0.4 s of
 * a 100,000-row grade's 6.6). A chunk handed on is only valid during the call: its slot is filled again.
 * The thread is started when the part is announced (prepareChunks), so it is ready when the part is asked
 * for; it is given its part then. A thread that cannot start or dies leaves the rest to fflate here, from
 * where the thread stopped; a damaged part fails as it does there. Run from the sources (the tests), there
 * is no built worker: undefined.
 */
export function inflateAhead(script = join(__dirname, 'inflate-worker.js'), options = DEFAULTS): InflateAhead | undefined {
  const { silenceMs, fromBytes } = options;
  if (!existsSync(script)) return undefined;
  let ready: Worker | undefined;
  const start = (): Worker | undefined => {
    try {
      const worker = new Worker(script);
      worker.unref();
      // a thread that fails is waited out (silenceMs) and its part inflated here: its error must not end the command
      worker.on('error', () => undefined);
      return worker;
    } catch {
      // no thread to be had (a limit of the machine)
      return undefined;
    }
  };
  const inflateChunks: InflateChunks = (raw, size, onChunk) => {
    const prepared = ready;
    ready = undefined;
    if (size < fromBytes) void prepared?.terminate();
    const worker = size < fromBytes ? undefined : (prepared ?? start());
    if (!worker) return PORTABLE_ZIP_CODEC.inflateChunks!(raw, size, onChunk);
    const ring = new SharedArrayBuffer(SLOTS * SLOT);
    const state = new Int32Array(new SharedArrayBuffer(4 * (LENGTHS + SLOTS)));
    // bytes in shared memory (readSharedFile) are read there as they are; others are copied
    const shared = raw.buffer instanceof SharedArrayBuffer ? raw : new Uint8Array(new SharedArrayBuffer(raw.length));
    if (shared !== raw) shared.set(raw);
    worker.postMessage({ raw: shared, ring, state } satisfies InflateJob);
    let taken = 0;
    let given = 0;
    try {
      for (;;) {
        const seq = Atomics.load(state, SEQ);
        // the status before the slots: the thread fills its last slot before it says it has ended
        const status = Atomics.load(state, STATUS);
        if (taken < Atomics.load(state, PRODUCED)) {
          const slot = taken % SLOTS;
          const chunk = new Uint8Array(ring, slot * SLOT, Atomics.load(state, LENGTHS + slot));
          onChunk(chunk, false);
          given += chunk.length;
          Atomics.store(state, TAKEN, ++taken);
          Atomics.notify(state, TAKEN);
          continue;
        }
        if (status === ENDED) return onChunk(new Uint8Array(0), true);
        if (status === FAILED) throw new Error('zlib could not inflate the part.');
        if (Atomics.wait(state, SEQ, seq, silenceMs) === 'timed-out') break;
      }
    } finally {
      // a thread about to wait for a free slot sees TAKEN move, and then the status
      Atomics.store(state, STATUS, CANCELLED);
      Atomics.add(state, TAKEN, 1);
      Atomics.notify(state, TAKEN);
      void worker.terminate();
    }
    // the thread died: fflate inflates the part again, and what the thread handed on is not handed on twice
    let skip = given;
    PORTABLE_ZIP_CODEC.inflateChunks!(raw, size, (chunk, final) => {
      const rest = chunk.subarray(Math.min(skip, chunk.length));
      skip -= chunk.length - rest.length;
      if (rest.length > 0 || final) onChunk(rest, final);
    });
  };
  return {
    inflateChunks,
    prepareChunks(size) {
      if (size >= fromBytes) ready ??= start();
    },
  };
}
