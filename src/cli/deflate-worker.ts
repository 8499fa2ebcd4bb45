/** The command line's deflate thread: deflates a part's bytes as they are written (see deflateAlongside). */
import { workerData } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import type { DeflateChunk, DeflateJob } from './deflate-alongside';

const job = workerData as DeflateJob;
const out: Buffer[] = [];
const deflate = zlib.createDeflateRaw({ level: job.level, chunkSize: 1 << 20 });
const done = (deflated: Uint8Array[] | null) => {
  // zlib's output chunks share its buffers: each buffer handed over once, not copied
  job.port.postMessage(deflated, [...new Set(deflated?.map((chunk) => chunk.buffer as ArrayBuffer))]);
  job.port.close();
  job.spent.close();
  Atomics.store(job.signal, 0, 1);
  Atomics.notify(job.signal, 0);
};
deflate.on('data', (chunk: Buffer) => out.push(chunk));
deflate.on('end', () => done(out));
// null: the part is deflated whole by the writing thread
deflate.on('error', () => done(null));
job.port.on('message', (chunk: DeflateChunk | null) => {
  if (chunk === null) return void deflate.end();
  // once zlib has taken the bytes, the buffer goes back to be filled again
  deflate.write(new Uint8Array(chunk.buffer, 0, chunk.length), () => job.spent.postMessage(chunk.buffer, [chunk.buffer]));
});
