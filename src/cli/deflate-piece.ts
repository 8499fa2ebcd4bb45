import * as zlib from 'node:zlib';

/** One output buffer per 4 MiB: zlib's default 16 KiB chunks are joined at a cost. */
const DEFLATE_CHUNK = 4 << 20;

export const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.length);

/**
 * Raw deflate of a piece of a part. A piece that is not the last ends in a full flush: byte-aligned,
 * with no final block and nothing it refers back to, so the next piece's own deflate stream may follow it.
 */
export function deflatePiece(data: Uint8Array, level: number, last: boolean): Uint8Array {
  const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_FULL_FLUSH;
  return asBytes(zlib.deflateRawSync(data, { level, chunkSize: DEFLATE_CHUNK, finishFlush }));
}
