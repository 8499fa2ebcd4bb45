/**
 * A text kept as the pieces an edit left it in: a large sheet moved and then patched is never
 * joined into one string between the steps (that would be a second copy of it in memory).
 */
export class PieceText {
  /** Where each piece starts in the whole. */
  private readonly starts: number[] = [];
  readonly length: number;

  constructor(readonly pieces: readonly string[]) {
    let at = 0;
    for (const piece of pieces) {
      this.starts.push(at);
      at += piece.length;
    }
    this.length = at;
  }

  /** The index of the piece holding offset `at` (the last piece for the end). */
  private pieceAt(at: number): number {
    let lo = 0;
    let hi = this.pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Appends the text from `start` to `end` to `out`, as cuts of the pieces it spans. */
  appendTo(out: string[], start: number, end: number): void {
    for (let i = this.pieceAt(start); i < this.pieces.length && this.starts[i] < end; i++) {
      const from = Math.max(0, start - this.starts[i]);
      const to = Math.min(this.pieces[i].length, end - this.starts[i]);
      if (to > from) out.push(from === 0 && to === this.pieces[i].length ? this.pieces[i] : this.pieces[i].slice(from, to));
    }
  }

  slice(start: number, end = this.length): string {
    const out: string[] = [];
    this.appendTo(out, start, Math.min(end, this.length));
    return out.join('');
  }
}

/** Where an editor reads a source's text and puts its edits: all of a text at once, or a text as it streams. */
export interface TextEdits {
  slice(start: number, end: number): string;
  replace(start: number, end: number, text: string): void;
  /** No edit comes before `at` any more: a streamed text up to there can go on. */
  settle?(at: number): void;
}

/** Edits to a source text by offset, applied in one pass so untouched text is copied as is. */
export class TextSplicer implements TextEdits {
  private readonly edits: { start: number; end: number; text: string; seq: number }[] = [];

  /** `base`: the offset of the source's start in the text the edits' offsets count in (a part of a streamed text). */
  constructor(
    private readonly source: string | PieceText,
    private readonly base = 0,
  ) {}

  slice(start: number, end: number): string {
    return this.source.slice(start - this.base, end - this.base);
  }

  get isEmpty(): boolean {
    return this.edits.length === 0;
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start: start - this.base, end: end - this.base, text, seq: this.edits.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  toString(): string {
    return this.toParts().join('');
  }

  /** The result as pieces, so a large part is never copied into one string just to be encoded. */
  toParts(): string[] {
    const sorted = [...this.edits].sort((a, b) => a.start - b.start || a.end - b.end || a.seq - b.seq);
    const parts: string[] = [];
    const source = this.source;
    const copy = (start: number, end: number) => {
      if (typeof source === 'string') parts.push(source.slice(start, end));
      else source.appendTo(parts, start, end);
    };
    let pos = 0;
    for (const e of sorted) {
      if (e.start < pos) throw new Error('Internal error: overlapping XML edits.');
      copy(pos, e.start);
      parts.push(e.text);
      pos = e.end;
    }
    copy(pos, source.length);
    return parts;
  }
}

/**
 * Edits applied as a text streams through, in the order of the text: the text is fed in chunks, what
 * lies between edits goes on to `emit` as it is, and only the text an edit may still need is kept.
 */
export class StreamSplicer implements TextEdits {
  /** The text fed from offset `kept` on. */
  private chunks: string[] = [];
  private kept = 0;
  private fed = 0;
  /** The source is given on up to here. */
  private pos = 0;

  constructor(private readonly emit: (piece: string) => void) {}

  feed(chunk: string): void {
    this.chunks.push(chunk);
    this.fed += chunk.length;
  }

  slice(start: number, end: number): string {
    if (start < this.kept || end > this.fed) throw new Error('Internal error: a streamed edit reads text no longer kept.');
    const out: string[] = [];
    let at = this.kept;
    for (const chunk of this.chunks) {
      const from = Math.max(start - at, 0);
      const to = Math.min(end - at, chunk.length);
      if (to > from) out.push(from === 0 && to === chunk.length ? chunk : chunk.slice(from, to));
      at += chunk.length;
      if (at >= end) break;
    }
    return out.length === 1 ? out[0] : out.join('');
  }

  replace(start: number, end: number, text: string): void {
    if (start < this.pos) throw new Error('Internal error: streamed XML edits out of order.');
    this.settle(start);
    if (text !== '') this.emit(text);
    this.pos = end;
    this.release();
  }

  settle(at: number): void {
    if (at <= this.pos) return;
    const text = this.slice(this.pos, at);
    if (text !== '') this.emit(text);
    this.pos = at;
    this.release();
  }

  /** Gives on the rest of the text fed. */
  finish(): void {
    this.settle(this.fed);
  }

  /** Chunks wholly before what is still to be given on are let go. */
  private release(): void {
    let drop = 0;
    while (drop < this.chunks.length - 1 && this.kept + this.chunks[drop].length <= this.pos) this.kept += this.chunks[drop++].length;
    if (drop > 0) this.chunks = this.chunks.slice(drop);
  }
}
