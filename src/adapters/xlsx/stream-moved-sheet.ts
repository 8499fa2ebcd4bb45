import type { SheetPatches, StyleSource } from './patch-worksheet';
import { columnMover } from './move-columns';
import { StreamedCellPatch } from './streamed-cell-patch';
import { StreamSplicer } from './text-splice';
import { Utf8Sink } from './utf8-text';
import type { MovedSheet } from './workbook-columns';
import { localName, prefixOf, XmlStream } from './xml-events';
import { declaringUtf8 } from './xlsx-package';

/** Bytes kept in front of a streamed sheet for the text before its rows, written last (a few hundred bytes as a rule). */
const HEAD_ROOM = 1 << 16;
/** About what a written cell adds to a sheet, in bytes: the buffer is sized for the sheet and its new cells. */
const CELL_BYTES = 48;

/**
 * The last column insert's sheet, moved and given its written cells in one pass as its text streams
 * in (from `feed`): the moved rows get their cells and are encoded as they close (see StreamedCellPatch).
 * Neither the sheet's text nor the moved text is ever whole. `afterCells` lays the grade colours into
 * what follows the cells. Returns the new bytes, and whether a formula moved or a written cell held one.
 */
export function streamMovedSheet(
  sheet: MovedSheet,
  feed: (onText: (text: string) => void) => void,
  size: number,
  patches: SheetPatches,
  styles: () => StyleSource,
  afterCells: (tail: string, prefix: string) => string,
): { bytes: Uint8Array; formulas: boolean } {
  let cells = 0;
  for (const row of patches.values()) cells += row.size;
  const sink = new Utf8Sink(size * 1.05 + cells * CELL_BYTES, HEAD_ROOM);
  const written = new StreamedCellPatch(sheet.part, patches, styles, sink);
  const splicer = new StreamSplicer((piece) => written.emit(piece));
  const mover = columnMover(splicer, sheet.name, sheet.move, { moved: true, widen: sheet.widen, next: written.handler });
  const stream = new XmlStream(mover.handler, sheet.part);
  let first = true;
  feed((text) => {
    // the declaration is made to say UTF-8 before anything reads offsets in the text
    const chunk = first ? declaringUtf8(text) : text;
    first = false;
    splicer.feed(chunk);
    stream.write(chunk);
  });
  stream.end();
  mover.finish();
  splicer.finish();
  const { head, tail, removedFormula, root } = written.finish();
  const prefix = root !== undefined && localName(root) === 'worksheet' ? prefixOf(root) : '';
  sink.write(afterCells(tail, prefix));
  return { bytes: sink.finish(head), formulas: removedFormula || mover.hasFormulas() };
}
