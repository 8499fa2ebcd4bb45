import * as zlib from 'node:zlib';
import { crc32 } from '../adapters/xlsx/crc32';
import type { ZipCodec } from '../adapters/xlsx/zip-codec';

// zlib.crc32 came with Node 20.15; the engines field allows any Node 20.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** zlib's smallest output chunk. */
const MIN_CHUNK = 64;
const DEFLATE_CHUNK = 4 << 20;

const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.length);

/** zlib's native deflate, inflate and CRC-32, for the command line and the bench. */
export const NODE_ZIP_CODEC: ZipCodec = {
  // One output buffer of the part's size (zlib's 16 KiB chunks are joined at a cost); a part longer
  // than its directory says is refused by zlib, never inflated in full.
  inflate: (raw, size) => asBytes(zlib.inflateRawSync(raw, { maxOutputLength: size + 1, chunkSize: Math.max(size + 1, MIN_CHUNK) })),
  deflate: (data, level) => asBytes(zlib.deflateRawSync(data, { level, chunkSize: DEFLATE_CHUNK })),
  crc32: nativeCrc32 ? (data, previous) => nativeCrc32(data, previous) : crc32,
};
