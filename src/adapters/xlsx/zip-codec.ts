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
  /** `previous` continues one checksum over several chunks. */
  crc32(data: Uint8Array, previous: number): number;
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
