import { corrupt } from './xlsx-file-error';
import { eachChunk, zipCodec } from './zip-codec';

/** One entry of a zip's central directory, enough to read it or copy it raw. */
export interface ZipEntry {
  name: string;
  nameBytes: Uint8Array;
  versionMadeBy: number;
  flags: number;
  method: number;
  dosTime: number;
  dosDate: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  internalAttrs: number;
  externalAttrs: number;
  comment: Uint8Array;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function need(bytes: Uint8Array, end: number): void {
  if (end > bytes.length) throw corrupt('The zip file is truncated.');
}

function findEndOfCentralDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (bytes[i] === 0x50 && u32(bytes, i) === EOCD) return i;
  }
  throw corrupt('The zip file is truncated (no central directory).');
}

/** Reads the central directory; entry data is located lazily. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(bytes);
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, eocd - 12);
    need(bytes, z + 56);
    if (u32(bytes, z) !== ZIP64_EOCD) throw corrupt('The zip64 directory is damaged.');
    count = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdOffset = u64(bytes, z + 48);
  }
  need(bytes, cdOffset + cdSize);
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    need(bytes, p + 46);
    if (u32(bytes, p) !== CENTRAL) throw corrupt('The zip directory is damaged.');
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    need(bytes, p + 46 + nameLen + extraLen + commentLen);
    const stored = bytes.subarray(p + 46, p + 46 + nameLen);
    const rawName = utf8.decode(stored);
    // Some writers separate folders with "\\" (Excel opens those files): the package's names use "/", and so does what we write back.
    const name = rawName.replace(/\\/g, '/');
    const entry: ZipEntry = {
      name,
      nameBytes: name === rawName ? stored : new TextEncoder().encode(name),
      versionMadeBy: u16(bytes, p + 4),
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      dosTime: u16(bytes, p + 12),
      dosDate: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      localOffset: u32(bytes, p + 42),
      internalAttrs: u16(bytes, p + 36),
      externalAttrs: u32(bytes, p + 38),
      comment: bytes.subarray(p + 46 + nameLen + extraLen, p + 46 + nameLen + extraLen + commentLen),
    };
    applyZip64Extra(entry, bytes, p + 46 + nameLen, extraLen);
    entries.push(entry);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function applyZip64Extra(entry: ZipEntry, bytes: Uint8Array, start: number, length: number): void {
  let q = start;
  while (q + 4 <= start + length) {
    const id = u16(bytes, q);
    const size = u16(bytes, q + 2);
    if (id === 0x0001) {
      let f = q + 4;
      if (entry.size === 0xffffffff) {
        entry.size = u64(bytes, f);
        f += 8;
      }
      if (entry.compressedSize === 0xffffffff) {
        entry.compressedSize = u64(bytes, f);
        f += 8;
      }
      if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, f);
      return;
    }
    q += 4 + size;
  }
}

/** The entry's stored (usually deflated) bytes, as they are in the file. */
export function rawEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const p = entry.localOffset;
  need(bytes, p + 30);
  if (u32(bytes, p) !== LOCAL) throw corrupt(`The zip entry ${entry.name} is damaged.`);
  const start = p + 30 + u16(bytes, p + 26) + u16(bytes, p + 28);
  need(bytes, start + entry.compressedSize);
  return bytes.subarray(start, start + entry.compressedSize);
}

function checkReadable(entry: ZipEntry): void {
  if (entry.flags & 1) throw corrupt(`The zip entry ${entry.name} is encrypted.`);
  if (entry.method !== 0 && entry.method !== 8) throw corrupt(`The zip entry ${entry.name} uses an unsupported compression method.`);
}

/** A damaged file must not read as a valid one (an empty sheet, a changed number): every entry read whole has its CRC checked. */
function checkCrc(entry: ZipEntry, crc: number): void {
  if (crc !== entry.crc) throw corrupt(`The zip entry ${entry.name} is damaged (its checksum does not match).`);
}

export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  checkReadable(entry);
  const raw = rawEntryData(bytes, entry);
  let out = raw;
  if (entry.method !== 0) {
    try {
      out = zipCodec().inflate(raw, entry.size);
    } catch (e) {
      throw corrupt(`The zip entry ${entry.name} cannot be decompressed.`, e);
    }
  }
  if (out.length !== entry.size) throw corrupt(`The zip entry ${entry.name} is damaged (its size does not match).`);
  checkCrc(entry, zipCodec().crc32(out, 0));
  return out;
}

/**
 * Hands the part on in chunks, so a reader holds no more than its own result. A codec that inflates
 * only whole parts checks the whole part before the first chunk; a chunked one before the last.
 * `reading`: the part is read into a grid, not streamed on into a written file (see ZipCodec.readsWhole).
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, onData: (chunk: Uint8Array, final: boolean) => void, reading = true): void {
  checkReadable(entry);
  const codec = zipCodec();
  if (entry.method === 0 || !codec.inflateChunks || (reading && codec.readsWhole)) {
    eachChunk(inflateEntry(bytes, entry), onData);
    return;
  }
  const raw = rawEntryData(bytes, entry);
  let crc = 0;
  let size = 0;
  let failure: unknown;
  // The checksum is known at the end: the last chunk is handed on only once it matches.
  const onChunk = (chunk: Uint8Array, final: boolean) => {
    try {
      crc = codec.crc32(chunk, crc);
      size += chunk.length;
      // a part longer than the directory says stops there, not once all of it is inflated
      if (size > entry.size || (final && size !== entry.size)) {
        throw corrupt(`The zip entry ${entry.name} is damaged (its size does not match).`);
      }
      if (final) {
        checkCrc(entry, crc);
      }
      onData(chunk, final);
    } catch (e) {
      failure = e;
      throw e;
    }
  };
  try {
    codec.inflateChunks(raw, entry.size, onChunk);
  } catch (e) {
    if (failure !== undefined) throw failure;
    throw corrupt(`The zip entry ${entry.name} cannot be decompressed.`, e);
  }
}
