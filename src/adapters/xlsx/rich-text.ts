/**
 * Collects the visible text of an <si> or <is>: plain <t> and rich-text runs <r><t>,
 * but not the phonetic reading runs <rPh> Japanese Excel adds (furigana).
 */
export class RichTextCollector {
  private parts: string[] = [];
  private phoneticDepth = 0;
  private inText = false;

  reset(): void {
    this.parts = [];
    this.phoneticDepth = 0;
    this.inText = false;
  }

  open(local: string): void {
    if (local === 'rPh') this.phoneticDepth++;
    else if (local === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  close(local: string): void {
    if (local === 'rPh') this.phoneticDepth--;
    else if (local === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  value(): string {
    return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
  }
}
