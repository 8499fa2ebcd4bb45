import { Inflate, deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

/**
 * Deflate, inflate and CRC-32 for the zip reader and writer. The portable codec (fflate) runs in
 * the browser; on Node the command line hands in zlib's native one (`setZipCodec`), several
 * times faster on a sheet of 100 MB.
 */
export interface ZipCodec {
  /** Raw deflate data inflated into a part of `size` bytes; throws on damaged data. */
  inflate(raw: Uint8Array, size: number): Uint8Array;
  /**
   * Inflates a part of `size` bytes chunk by chunk; without it a part is inflated whole. A chunk is only valid
   * during the call (its memory may be filled again).
   */
  inflateChunks?(raw: Uint8Array, size: number, onChunk: (chunk: Uint8Array, final: boolean) => void): void;
  /** A part of `size` bytes will soon be inflated in chunks: what inflates it may start getting ready. */
  prepareChunks?(size: number): void;
  /**
   * A part read into a grid is inflated whole even so; only one streamed on into a written file goes in chunks.
   * On Node: zlib's native code outruns chunked JS while the grid is built, and glibc's allocator kept the
   * chunks' freed memory from the process for the rest of the run (a 100,000-row grade peaked 25 MB higher);
   * a file's write is a run's last step, and there chunks keep a 70 MB sheet from being whole beside its copy.
   */
  readsWhole?: boolean;
  deflate(data: Uint8Array, level: number): Uint8Array;
  /**
   * A deflate that runs beside the writing (another thread) as a part's bytes come; without it, or when it
   * gives undefined, the part is deflated whole once written.
   */
  deflateAlongside?(level: number): DeflateAlongside | undefined;
  /** `previous` continues one checksum over several chunks. */
  crc32(data: Uint8Array, previous: number): number;
}

/** A part deflated as it is written (see ZipCodec.deflateAlongside): its head comes last, but goes first. */
export interface DeflateAlongside {
  /** The next bytes of the part after its head; taken as they are now (the caller may reuse the memory). */
  push(bytes: Uint8Array): void;
  /** No more bytes come: what runs beside may finish (and let go of its memory) before the head is given. */
  end(): void;
  /** The part's raw deflate data, `head` before the bytes pushed; undefined when none came (the part is then deflated whole). */
  finish(head: Uint8Array): Uint8Array | undefined;
  /** The part will not be finished (its writing failed): what runs beside it stops. */
  cancel(): void;
}

/** Above this, a faster deflate level: half the time of level 6 for a quarter more bytes. */
const LARGE_PART = 8 << 20;

/** The deflate level for a part of `size` bytes. */
export function deflateLevel(size: number): number {
  return size > LARGE_PART ? 3 : 6;
}

/**
 * From this size a part is deflated beside the writing, where the codec can: below, a thread costs more
 * than it saves (a 4 MiB part deflates in about 40 ms).
 */
export const DEFLATE_BESIDE_FROM = 4 << 20;

/** A deflate beside the writing for a part of about `size` bytes, if it is large enough and the codec has one. */
export function deflateBeside(size: number): DeflateAlongside | undefined {
  return size >= DEFLATE_BESIDE_FROM ? current.deflateAlongside?.(deflateLevel(size)) : undefined;
}

const CHUNK = 1 << 16;

/** The bytes in chunks of 64 KiB, the last one marked final; empty bytes are one empty final chunk. */
export function eachChunk(bytes: Uint8Array, onChunk: (chunk: Uint8Array, final: boolean) => void): void {
  for (let off = 0; off < bytes.length || off === 0; off += CHUNK) {
    const end = Math.min(bytes.length, off + CHUNK);
    onChunk(bytes.subarray(off, end), end >= bytes.length);
    if (end >= bytes.length) break;
  }
}

export const PORTABLE_ZIP_CODEC: ZipCodec = {
  inflate: (raw, size) => inflateSync(raw, { out: new Uint8Array(size) }),
  inflateChunks(raw, _size, onChunk) {
    const inflater = new Inflate(onChunk);
    eachChunk(raw, (chunk, final) => inflater.push(chunk, final));
  },
  deflate: (data, level) => deflateSync(data, { level: level as 3 | 6 }),
  crc32,
};

let current = PORTABLE_ZIP_CODEC;

/** The codec every zip read and write uses from now on (the command line's composition root sets zlib's). */
export function setZipCodec(codec: ZipCodec): void {
  current = codec;
}

export function zipCodec(): ZipCodec {
  return current;
}
