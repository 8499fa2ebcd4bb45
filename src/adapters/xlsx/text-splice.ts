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

/** Edits to a source text by offset, applied in one pass so untouched text is copied as is. */
export class TextSplicer {
  private readonly edits: { start: number; end: number; text: string; seq: number }[] = [];

  constructor(private readonly source: string | PieceText) {}

  get isEmpty(): boolean {
    return this.edits.length === 0;
  }

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text, seq: this.edits.length });
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
