/** Columns a string takes in a terminal or a cell's width in characters: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width +=
      cp >= 0x1100 &&
      (cp <= 0x115f ||
        (cp >= 0x2e80 && cp <= 0xa4cf) ||
        (cp >= 0xac00 && cp <= 0xd7a3) ||
        (cp >= 0xf900 && cp <= 0xfaff) ||
        (cp >= 0xfe30 && cp <= 0xfe4f) ||
        (cp >= 0xff00 && cp <= 0xff60) ||
        (cp >= 0xffe0 && cp <= 0xffe6) ||
        cp >= 0x20000)
        ? 2
        : 1;
  }
  return width;
}

/** Points per line of 11-point text: Excel's default row height. */
const LINE_POINTS = 15;

/**
 * The height a row needs for `text` wrapped in a column `widthChars` wide (Excel's width unit: one
 * digit, so a full-width character takes two), or undefined when it fits on one line.
 */
export function wrappedRowHeight(text: string, widthChars: number): number | undefined {
  const lines = Math.ceil(displayWidth(text) / Math.max(1, widthChars - 1));
  return lines > 1 ? Math.min(lines, 27) * LINE_POINTS : undefined;
}
