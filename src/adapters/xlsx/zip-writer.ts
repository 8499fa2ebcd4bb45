import { rawEntryData, type ZipEntry } from './zip-archive';
import { XlsxFileError } from './xlsx-file-error';
import { deflateLevel, zipCodec } from './zip-codec';

/**
 * New content kept only as its raw deflate, with what the zip says of the bytes: they went by as they were
 * written (a large sheet deflated beside the writing, see streamWrittenSheet) and are not held to count again.
 */
export interface PackedContent {
  deflated: Uint8Array;
  crc: number;
  size: number;
}

/** An entry copied with its compressed bytes untouched, new content to deflate, or new content deflated already. */
export type ZipOutputEntry =
  | { kind: 'copy'; entry: ZipEntry; source: Uint8Array }
  /** `deflated`: the data's raw deflate, made already as it was written (see ZipCodec.deflateAlongside). */
  | { kind: 'new'; name: string; data: Uint8Array; dosTime: number; dosDate: number; deflated?: Uint8Array }
  | { kind: 'packed'; name: string; packed: PackedContent; dosTime: number; dosDate: number };

/** A part's new content: its bytes, or only their deflate. */
export type PartContent = Uint8Array | PackedContent;

/** The content's bytes, inflated when only their deflate was kept. */
export function contentBytes(content: PartContent): Uint8Array {
  return content instanceof Uint8Array ? content : zipCodec().inflate(content.deflated, content.size);
}

/** A central-directory entry's fields, with the (compressed) data to store. */
type Prepared = Omit<ZipEntry, 'name' | 'compressedSize' | 'localOffset'> & { data: Uint8Array };

const utf8 = new TextEncoder();

/** 1980-01-01 00:00, the zip epoch: keeps generated files reproducible. */
export const ZIP_EPOCH = { dosTime: 0, dosDate: (1 << 5) | 1 };

function prepare(e: ZipOutputEntry): Prepared {
  if (e.kind === 'copy') {
    const src = e.entry;
    return {
      nameBytes: src.nameBytes,
      versionMadeBy: src.versionMadeBy,
      // The data descriptor bit is dropped: sizes and CRC go into the local header instead.
      flags: src.flags & ~0x0008,
      method: src.method,
      dosTime: src.dosTime,
      dosDate: src.dosDate,
      crc: src.crc,
      size: src.size,
      data: rawEntryData(e.source, src),
      internalAttrs: src.internalAttrs,
      externalAttrs: src.externalAttrs,
      comment: src.comment,
    };
  }
  const nameBytes = utf8.encode(e.name);
  const ascii = nameBytes.length === e.name.length;
  const packed: PackedContent =
    e.kind === 'packed'
      ? e.packed
      : {
          crc: zipCodec().crc32(e.data, 0),
          size: e.data.length,
          deflated: e.deflated ?? zipCodec().deflate(e.data, deflateLevel(e.data.length)),
        };
  return {
    nameBytes,
    versionMadeBy: 20,
    flags: ascii ? 0 : 0x0800,
    method: 8,
    dosTime: e.dosTime,
    dosDate: e.dosDate,
    crc: packed.crc,
    size: packed.size,
    data: packed.deflated,
    internalAttrs: 0,
    externalAttrs: 0,
    comment: new Uint8Array(0),
  };
}

export function writeZip(entries: ZipOutputEntry[]): Uint8Array {
  const items = entries.map(prepare);
  let localTotal = 0;
  let centralTotal = 0;
  for (const it of items) {
    localTotal += 30 + it.nameBytes.length + it.data.length;
    centralTotal += 46 + it.nameBytes.length + it.comment.length;
  }
  if (localTotal + centralTotal > 0xfffffff0 || items.length > 0xffff || items.some((it) => it.size > 0xfffffff0)) {
    throw new XlsxFileError('too-large', 'The workbook is too large to write without zip64.');
  }
  const out = new Uint8Array(localTotal + centralTotal + 22);
  const view = new DataView(out.buffer);
  let p = 0;
  const offsets: number[] = [];
  for (const it of items) {
    offsets.push(p);
    view.setUint32(p, 0x04034b50, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, it.flags, true);
    view.setUint16(p + 8, it.method, true);
    view.setUint16(p + 10, it.dosTime, true);
    view.setUint16(p + 12, it.dosDate, true);
    view.setUint32(p + 14, it.crc, true);
    view.setUint32(p + 18, it.data.length, true);
    view.setUint32(p + 22, it.size, true);
    view.setUint16(p + 26, it.nameBytes.length, true);
    view.setUint16(p + 28, 0, true);
    out.set(it.nameBytes, p + 30);
    out.set(it.data, p + 30 + it.nameBytes.length);
    p += 30 + it.nameBytes.length + it.data.length;
  }
  const cdStart = p;
  items.forEach((it, i) => {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, it.versionMadeBy, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, it.flags, true);
    view.setUint16(p + 10, it.method, true);
    view.setUint16(p + 12, it.dosTime, true);
    view.setUint16(p + 14, it.dosDate, true);
    view.setUint32(p + 16, it.crc, true);
    view.setUint32(p + 20, it.data.length, true);
    view.setUint32(p + 24, it.size, true);
    view.setUint16(p + 28, it.nameBytes.length, true);
    view.setUint16(p + 30, 0, true);
    view.setUint16(p + 32, it.comment.length, true);
    view.setUint16(p + 34, 0, true);
    view.setUint16(p + 36, it.internalAttrs, true);
    view.setUint32(p + 38, it.externalAttrs, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(it.nameBytes, p + 46);
    out.set(it.comment, p + 46 + it.nameBytes.length);
    p += 46 + it.nameBytes.length + it.comment.length;
  });
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, items.length, true);
  view.setUint16(p + 10, items.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}
