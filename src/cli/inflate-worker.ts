/**
 * The command line's inflate thread: started before its part is known, it inflates the part it is then given into
 * the shared ring as the command's thread takes it (see inflateAhead).
 */
import { parentPort } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { releaseMemory } from './release-memory';
import { CANCELLED, ENDED, FAILED, LENGTHS, PRODUCED, SEQ, SLOT, SLOTS, STATUS, TAKEN, type InflateJob } from './inflate-ring';

/** Past this without a slot taken, the command's thread is gone: the thread ends. */
const PATIENCE_MS = 60_000;

function inflateInto({ raw, ring, state }: InflateJob): void {
  const inflate = zlib.createInflateRaw({ chunkSize: SLOT });
  let produced = 0;
  const report = (status?: number) => {
    if (status !== undefined) Atomics.store(state, STATUS, status);
    Atomics.add(state, SEQ, 1);
    Atomics.notify(state, SEQ);
  };
  inflate.on('data', (chunk: Buffer) => {
    // a slot is free once the command's thread has taken what was in it
    for (let taken = Atomics.load(state, TAKEN); produced - taken >= SLOTS; taken = Atomics.load(state, TAKEN)) {
      if (Atomics.load(state, STATUS) === CANCELLED || Atomics.wait(state, TAKEN, taken, PATIENCE_MS) === 'timed-out') {
        return void inflate.destroy();
      }
    }
    if (Atomics.load(state, STATUS) === CANCELLED) return void inflate.destroy();
    const slot = produced % SLOTS;
    new Uint8Array(ring, slot * SLOT, chunk.length).set(chunk);
    Atomics.store(state, LENGTHS + slot, chunk.length);
    Atomics.store(state, PRODUCED, ++produced);
    report();
    // zlib's output buffers are garbage once copied; V8 would let 64 MB of them gather before it collects
    if (produced % SLOTS === 0) releaseMemory();
  });
  inflate.on('end', () => report(ENDED));
  inflate.on('error', () => report(FAILED));
  inflate.end(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength));
}

parentPort?.once('message', (job: InflateJob) => {
  parentPort?.close();
  inflateInto(job);
});
