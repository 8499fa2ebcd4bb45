import { decodeOoxmlEscapes } from './xml-text';

/**
 * Collects the visible text of an <si> or <is>: plain <t> and rich-text runs <r><t>,
 * but not the phonetic reading runs <rPh> Japanese Excel adds (furigana). Each <t> is
 * unescaped (_xHHHH_) on its own: runs "_x" and "0041_" are the text "_x0041_", not "A".
 */
export class RichTextCollector {
  private parts: string[] = [];
  /** The pieces of the current <t>: a parser may hand one text over in several. */
  private pieces: string[] = [];
  private phoneticDepth = 0;
  private inText = false;

  reset(): void {
    this.parts = [];
    this.pieces = [];
    this.phoneticDepth = 0;
    this.inText = false;
  }

  open(local: string): void {
    if (local === 'rPh') this.phoneticDepth++;
    else if (local === 't' && this.phoneticDepth === 0) {
      this.inText = true;
      this.pieces = [];
    }
  }

  close(local: string): void {
    if (local === 'rPh') this.phoneticDepth--;
    else if (local === 't' && this.inText) {
      this.inText = false;
      this.parts.push(decodeOoxmlEscapes(this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('')));
    }
  }

  text(text: string): void {
    if (this.inText) this.pieces.push(text);
  }

  value(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }
}
