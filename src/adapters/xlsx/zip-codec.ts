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
  /** Inflates chunk by chunk; without it a part is inflated whole (native code outruns any chunked JS). */
  inflateChunks?(raw: Uint8Array, onChunk: (chunk: Uint8Array, final: boolean) => void): void;
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
  /** The part's raw deflate data, `head` before the bytes pushed; undefined when none came (the part is then deflated whole). */
  finish(head: Uint8Array): Uint8Array | undefined;
  /** The part will not be finished (its writing failed): what runs beside it stops. */
  cancel(): void;
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
  inflateChunks(raw, onChunk) {
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
