/** Part text in and out: UTF-8 (or, when a BOM says so, UTF-16) in small pieces. */

/** The encoding from the byte-order mark, or without one from how "<" is written (the XML spec's appendix F). */
function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  if (head[0] === 0x3c && head[1] === 0x00) return new TextDecoder('utf-16le');
  if (head[0] === 0x00 && head[1] === 0x3c) return new TextDecoder('utf-16be');
  return new TextDecoder('utf-8');
}

/** A part's text, its byte-order mark dropped. */
export function decodeText(bytes: Uint8Array): string {
  return decoderFor(bytes).decode(bytes);
}

/**
 * Whether a part's text holds any of `needles`, looked for in its UTF-8 bytes without decoding them
 * (a large sheet that names no other sheet is never turned into a string just to say so). UTF-8 is
 * self-synchronising: a needle's bytes match only where its characters do. A UTF-16 part is decoded.
 */
export function textIncludesAny(bytes: Uint8Array, needles: readonly string[]): boolean {
  if (decoderFor(bytes).encoding !== 'utf-8') {
    const text = decodeText(bytes);
    return needles.some((needle) => text.includes(needle));
  }
  return needles.some((needle) => indexOfBytes(bytes, encoder.encode(needle)) >= 0);
}

/** Boyer–Moore–Horspool: the bytes after a mismatch skip by how far the window's last byte is from the needle's end. */
function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const last = needle.length - 1;
  if (last < 0) return 0;
  const skip = new Array<number>(256).fill(needle.length);
  for (let i = 0; i < last; i++) skip[needle[i]] = last - i;
  for (let at = 0; at + last < haystack.length; at += skip[haystack[at + last]]) {
    let k = last;
    while (k >= 0 && haystack[at + k] === needle[k]) k--;
    if (k < 0) return at;
  }
  return -1;
}

/** Characters (or bytes) handled at a time; small pieces keep Node's UTF-8 conversion on its fast path. */
export const PIECE = 1 << 16;
const encoder = new TextEncoder();

/** Length of the prefix of `b` that ends on a complete UTF-8 character. */
function utf8Boundary(b: Uint8Array): number {
  let i = b.length - 1;
  while (i >= 0 && i > b.length - 4 && (b[i] & 0xc0) === 0x80) i--;
  if (i < 0) return b.length;
  const lead = b[i];
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return b.length - i < size ? i : b.length;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Bytes handed on together (see Utf8Sink's onBytes): few enough calls, small enough copies. */
export const HAND_ON = 1 << 20;

/**
 * UTF-8 bytes written as the text comes, into one buffer (a spliced sheet has hundreds of thousands of
 * pieces: encoding each into a buffer of its own, or joining them first, costs several times more).
 * A long piece goes a slice of PIECE at a time, so the buffer grows by what the text needs, never by
 * three bytes for every character up front; a surrogate pair split between two pieces is encoded whole.
 */
export class Utf8Sink {
  private out: Uint8Array;
  private at: number;
  private carry = '';
  /** Where the bytes not yet handed to `onBytes` start. */
  private handed: number;
  /** Bytes handed on and not kept (see `keep`). */
  private passed = 0;

  /**
   * `expected`: about how many bytes will come (markup is mostly ASCII); the buffer grows past it as needed.
   * `room`: bytes kept free in front, for text given to finish() (a sheet's head, written once its rows are read).
   * `onBytes`: given the bytes written, a run of about HAND_ON at a time and the rest at finish(), to copy at once.
   * `keep`: false, the bytes handed on are not kept: the buffer is filled again from its start (a large sheet's
   * bytes deflated beside the writing are never whole here), and finish() gives what goes in front alone.
   */
  constructor(
    expected: number,
    private readonly room = 0,
    private readonly onBytes?: (bytes: Uint8Array) => void,
    private readonly keep = true,
  ) {
    this.out = new Uint8Array(room + Math.max(1024, Math.ceil(expected)));
    this.at = room;
    this.handed = room;
  }

  write(piece: string): void {
    let text = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
      this.carry = text.slice(-1);
      text = text.slice(0, -1);
    }
    for (let pos = 0; pos < text.length;) {
      let end = Math.min(text.length, pos + PIECE);
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
      this.encode(pos === 0 && end === text.length ? text : text.slice(pos, end));
      pos = end;
    }
  }

  /** How many bytes were written, not counting what finish() puts in front of them. */
  get bodyLength(): number {
    return this.passed + this.at - this.room;
  }

  /** The bytes written (those kept), with `before` in front of them: in the room kept for it, else in a copy. */
  finish(before = ''): Uint8Array {
    // a high surrogate at the very end has no pair: encoded as U+FFFD, as TextEncoder does
    if (this.carry !== '') this.encode(this.carry);
    this.carry = '';
    this.handOn(1);
    const head = encoder.encode(before);
    if (head.length <= this.room) {
      const from = this.room - head.length;
      this.out.set(head, from);
      return this.out.subarray(from, this.at);
    }
    const whole = new Uint8Array(head.length + this.at - this.room);
    whole.set(head);
    whole.set(this.out.subarray(this.room, this.at), head.length);
    return whole;
  }

  private encode(text: string): void {
    if (this.out.length - this.at < text.length * 3) {
      // by half again: a large sheet's buffer is not doubled for its last few rows
      const bigger = new Uint8Array(Math.max(Math.ceil(this.out.length * 1.5), this.at + text.length * 3));
      bigger.set(this.out.subarray(0, this.at));
      this.out = bigger;
    }
    this.at += encoder.encodeInto(text, this.out.subarray(this.at)).written;
    this.handOn(HAND_ON);
  }

  private handOn(atLeast: number): void {
    if (!this.onBytes || this.at - this.handed < atLeast) return;
    this.onBytes(this.out.subarray(this.handed, this.at));
    if (this.keep) {
      this.handed = this.at;
      return;
    }
    this.passed += this.at - this.room;
    this.at = this.handed = this.room;
  }
}

/** UTF-8 bytes of the concatenated pieces. */
export function encodeUtf8(pieces: readonly string[]): Uint8Array {
  let chars = 0;
  for (const piece of pieces) chars += piece.length;
  // markup is mostly ASCII: a little over a byte a character, grown when Japanese text needs more
  const sink = new Utf8Sink(chars * 1.25 + 1024);
  for (const piece of pieces) sink.write(piece);
  return sink.finish();
}

/**
 * Text of a part from its bytes as they arrive. Node decodes UTF-8 slowly in streaming
 * mode, so the bytes are cut at character boundaries into small pieces, each decoded
 * whole. UTF-16 (rare) streams.
 */
export class Utf8Pieces {
  private decoder?: TextDecoder;
  private carry?: Uint8Array;

  constructor(private readonly onText: (text: string) => void) {}

  push(chunk: Uint8Array, final: boolean): void {
    let data = chunk;
    if (this.carry) {
      data = new Uint8Array(this.carry.length + chunk.length);
      data.set(this.carry);
      data.set(chunk, this.carry.length);
      this.carry = undefined;
    }
    if (!this.decoder) {
      // The byte-order mark decides the encoding: wait until it can be seen whole.
      if (data.length < 3 && !final) {
        this.carry = data.slice();
        return;
      }
      this.decoder = decoderFor(data);
      if (this.decoder.encoding === 'utf-8') {
        this.decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      }
    }
    if (this.decoder.encoding !== 'utf-8') {
      const text = this.decoder.decode(data, { stream: !final });
      if (text) this.onText(text);
      return;
    }
    let pos = 0;
    while (data.length - pos > PIECE) {
      const end = pos + utf8Boundary(data.subarray(pos, pos + PIECE));
      this.onText(this.decoder.decode(data.subarray(pos, end)));
      pos = end;
    }
    // Only an incomplete character (at most three bytes) waits for the next chunk.
    const end = final ? data.length : pos + utf8Boundary(data.subarray(pos));
    if (end > pos) this.onText(this.decoder.decode(data.subarray(pos, end)));
    if (end < data.length) this.carry = data.slice(end);
  }
}
