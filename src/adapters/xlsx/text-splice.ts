/** Edits to a source text by offset, applied in one pass so untouched text is copied as is. */
export class TextSplicer {
  private readonly edits: { start: number; end: number; text: string; seq: number }[] = [];

  constructor(private readonly source: string) {}

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
    let pos = 0;
    for (const e of sorted) {
      if (e.start < pos) throw new Error('Internal error: overlapping XML edits.');
      parts.push(this.source.slice(pos, e.start), e.text);
      pos = e.end;
    }
    parts.push(this.source.slice(pos));
    return parts;
  }
}
