import * as zlib from 'node:zlib';
import { crc32 } from '../adapters/xlsx/crc32';
import { PORTABLE_ZIP_CODEC, type ZipCodec } from '../adapters/xlsx/zip-codec';
import { deflateAlongside } from './deflate-alongside';
import { inflateAhead, type InflateAhead } from './inflate-ahead';
import { asBytes, deflatePiece } from './deflate-piece';

// zlib.crc32 came with Node 20.15; the engines field allows any Node 20.
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** zlib's smallest output chunk. */
const MIN_CHUNK = 64;
/** zlib's native deflate, inflate and CRC-32, for the command line and the bench; a large sheet deflated in a worker as it is written. */
export function nodeZipCodec(alongside: ZipCodec['deflateAlongside'], ahead?: InflateAhead): ZipCodec {
  return {
    // One output buffer of the part's size (zlib's 16 KiB chunks are joined at a cost); a part longer
    // than its directory says is refused by zlib, never inflated in full.
    inflate: (raw, size) => asBytes(zlib.inflateRawSync(raw, { maxOutputLength: size + 1, chunkSize: Math.max(size + 1, MIN_CHUNK) })),
    // only parts streamed into a written file inflate in chunks
    inflateChunks: ahead?.inflateChunks ?? PORTABLE_ZIP_CODEC.inflateChunks,
    prepareChunks: ahead?.prepareChunks,
    readsWhole: true,
    deflate: (data, level) => deflatePiece(data, level, true),
    deflateAlongside: alongside,
    crc32: nativeCrc32 ? (data, previous) => nativeCrc32(data, previous) : crc32,
  };
}

export const NODE_ZIP_CODEC: ZipCodec = nodeZipCodec(deflateAlongside(), inflateAhead());
