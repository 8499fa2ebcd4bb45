import { assertZipSignature } from './file-signature';
import { inflateEntry, readZipDirectory, streamEntry, type ZipEntry } from './zip-archive';
import { contentBytes, writeZip, ZIP_EPOCH, type PartContent, type ZipOutputEntry } from './zip-writer';
import { deflateBeside, zipCodec, type DeflateAlongside } from './zip-codec';
import { corrupt, XlsxFileError } from './xlsx-file-error';
import { decodeText, encodeUtf8, textIncludesAny, Utf8Pieces } from './utf8-text';

/**
 * The zip package: parts are read on demand, and on output every part we did not
 * replace is copied with its compressed bytes untouched, in its original order.
 */
export class XlsxPackage {
  private readonly originals = new Map<string, ZipEntry>();
  private readonly lowerNames = new Map<string, string>();
  private readonly order: string[] = [];
  /** New content: its bytes, or only their deflate (see PackedContent). */
  private readonly replaced = new Map<string, PartContent>();
  /** A replaced part's raw deflate, made beside this thread as it was written (see writeBytes). */
  private readonly deflated = new Map<string, Uint8Array | DeflateAlongside>();
  private readonly deleted = new Set<string>();

  private constructor(
    private readonly source: Uint8Array,
    private readonly entries: ZipEntry[],
  ) {
    for (const e of entries) {
      // Two entries of one part name (OPC names ignore case): which one Excel would use is unknown, and one would be lost on write.
      if (this.lowerNames.has(e.name.toLowerCase()) && !e.name.endsWith('/')) throw corrupt(`The zip holds ${e.name} twice.`);
      if (this.originals.has(e.name)) continue;
      this.originals.set(e.name, e);
      this.order.push(e.name);
      this.lowerNames.set(e.name.toLowerCase(), e.name);
    }
  }

  static open(bytes: Uint8Array): XlsxPackage {
    assertZipSignature(bytes);
    try {
      return new XlsxPackage(bytes, readZipDirectory(bytes));
    } catch (e) {
      if (e instanceof XlsxFileError) throw e;
      throw corrupt('The zip directory is damaged.', e);
    }
  }

  /**
   * Opens a spreadsheet package. A zip with nothing under xl/ whose content types name no
   * spreadsheet is another kind of file (.ods, .docx, a zip of files) renamed, not a damaged
   * workbook: that is said, for reading and patching alike.
   */
  static openWorkbook(bytes: Uint8Array): XlsxPackage {
    const pkg = XlsxPackage.open(bytes);
    if (pkg.partNames().some((name) => /^xl\//i.test(name))) return pkg;
    const mimetype = pkg.find('mimetype');
    if (mimetype !== undefined && /^application\/vnd\.oasis\.opendocument/.test(pkg.readText(mimetype))) {
      throw new XlsxFileError('opendocument', 'The file is an OpenDocument package (.ods), not an Excel workbook.');
    }
    const types = pkg.find('[Content_Types].xml');
    if (types !== undefined && /spreadsheetml|ms-excel/i.test(pkg.readText(types))) return pkg;
    throw new XlsxFileError('not-xlsx', 'The file is a zip package but not an .xlsx workbook.');
  }

  static fromParts(parts: [string, string][]): XlsxPackage {
    const zip = writeZip(parts.map(([name, text]) => ({ kind: 'new', name, data: encodeUtf8([text]), ...ZIP_EPOCH })));
    return XlsxPackage.open(zip);
  }

  /** The stored name of a part, matched case-insensitively as OPC part names are. */
  find(part: string): string | undefined {
    if (this.deleted.has(part)) return undefined;
    if (this.originals.has(part) || this.replaced.has(part)) return part;
    const actual = this.lowerNames.get(part.toLowerCase());
    return actual !== undefined && !this.deleted.has(actual) ? actual : undefined;
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The first free name `${stem}${n}${ext}` (n from 1): "xl/charts/chart3.xml". */
  unusedName(stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}${ext}`)) return `${stem}${n}${ext}`;
  }

  partNames(): string[] {
    return this.order.filter((n) => !this.deleted.has(n));
  }

  uncompressedSize(part: string): number {
    const name = this.require(part);
    const content = this.replaced.get(name);
    if (!content) return this.originals.get(name)!.size;
    return content instanceof Uint8Array ? content.length : content.size;
  }

  /** The part will soon be streamed into a written file (see ZipCodec.prepareChunks). */
  willStream(part: string): void {
    const name = this.require(part);
    const entry = this.originals.get(name);
    // a part stored as it is, or replaced, is not inflated
    if (!this.replaced.has(name) && entry && entry.method !== 0) zipCodec().prepareChunks?.(entry.size);
  }

  readBytes(part: string): Uint8Array {
    const name = this.require(part);
    const content = this.replaced.get(name);
    if (!content) return inflateEntry(this.source, this.originals.get(name)!);
    return contentBytes(content);
  }

  /** The whole part as one string: decoded at once, three times faster than joining decoded pieces. */
  readText(part: string): string {
    return decodeText(this.readBytes(part));
  }

  /** Whether the part's text holds any of `needles`, found in its bytes: the part is not decoded to say so. */
  includesAny(part: string, needles: readonly string[]): boolean {
    return textIncludesAny(this.readBytes(part), needles);
  }

  /**
   * Decodes the part chunk by chunk, so a reader can stop before inflating all of it. `reading`: the text is
   * read into a grid, not streamed on into a written file (see ZipCodec.readsWhole).
   */
  streamText(part: string, onText: (text: string) => void, reading = true): void {
    const name = this.require(part);
    const decoder = new Utf8Pieces(onText);
    if (this.replaced.has(name)) decoder.push(this.readBytes(name), true);
    else streamEntry(this.source, this.originals.get(name)!, (chunk, final) => decoder.push(chunk, final), reading);
  }

  /** Stores new content for a part; pieces (from a splice) are encoded without being joined first. */
  writeText(part: string, text: string | readonly string[]): void {
    const pieces = typeof text === 'string' ? [text] : [...text];
    if (pieces.length) pieces[0] = declaringUtf8(pieces[0]);
    this.writeBytes(part, encodeUtf8(pieces));
  }

  /**
   * Stores new content for a part: UTF-8 bytes (an XML declaration in them must say so: see declaringUtf8), or
   * only their deflate (a sheet deflated beside its writing; read again, it is inflated).
   */
  writeBytes(part: string, content: PartContent): void {
    const name = this.find(part) ?? part;
    if (!this.originals.has(name) && !this.replaced.has(name)) {
      this.order.push(name);
      this.lowerNames.set(name.toLowerCase(), name);
    }
    this.deleted.delete(name);
    this.replaced.set(name, content);
    this.forget(name);
    if (!(content instanceof Uint8Array)) return;
    // a large part is deflated in another thread while this one goes on (a large sheet may still be written)
    const beside = deflateBeside(content.length);
    if (!beside) return;
    beside.push(content);
    beside.end();
    this.deflated.set(name, beside);
  }

  delete(part: string): void {
    const name = this.find(part);
    if (name === undefined) return;
    this.deleted.add(name);
    this.forget(name);
  }

  /** A part's deflate, made or being made, is not wanted: its content changed or it is gone. */
  private forget(name: string): void {
    const made = this.deflated.get(name);
    if (made && !(made instanceof Uint8Array)) made.cancel();
    this.deflated.delete(name);
  }

  /** The part's deflate, if one was made or is being made beside this thread (undefined: to deflate whole). */
  private deflatedPart(name: string): Uint8Array | undefined {
    const made = this.deflated.get(name);
    if (made instanceof Uint8Array || made === undefined) return made;
    // kept, for a package written twice: what ran beside is done
    const finished = made.finish(new Uint8Array(0));
    if (finished) this.deflated.set(name, finished);
    else this.deflated.delete(name);
    return finished;
  }

  toBytes(): Uint8Array {
    const out: ZipOutputEntry[] = [];
    const seen = new Set<string>();
    for (const entry of this.entries) {
      if (seen.has(entry.name) || this.deleted.has(entry.name)) continue;
      seen.add(entry.name);
      out.push(
        this.replaced.has(entry.name)
          ? this.newEntry(entry.name, { dosTime: entry.dosTime, dosDate: entry.dosDate })
          : { kind: 'copy', entry, source: this.source },
      );
    }
    for (const name of this.order) {
      if (seen.has(name) || this.deleted.has(name)) continue;
      out.push(this.newEntry(name, ZIP_EPOCH));
    }
    return writeZip(out);
  }

  private newEntry(name: string, time: { dosTime: number; dosDate: number }): ZipOutputEntry {
    const content = this.replaced.get(name)!;
    if (!(content instanceof Uint8Array)) return { kind: 'packed', name, packed: content, ...time };
    return { kind: 'new', name, data: content, ...time, deflated: this.deflatedPart(name) };
  }

  private require(part: string): string {
    const name = this.find(part);
    if (name === undefined) throw corrupt(`The package has no part ${part}.`);
    return name;
  }
}

/** We always write UTF-8: an XML declaration at the start of `text` naming another encoding is made to say UTF-8. */
export function declaringUtf8(text: string): string {
  return text.replace(/^(\s*<\?xml[^>]*?encoding\s*=\s*)("[^"]*"|'[^']*')/, '$1"UTF-8"');
}
