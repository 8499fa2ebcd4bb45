import { putsFormula, type SheetPatches, type StyleSource } from './patch-worksheet';
import { columnMover } from './move-columns';
import { StreamedCellPatch } from './streamed-cell-patch';
import { StreamSplicer } from './text-splice';
import { partSink } from './part-sink';
import type { PartContent } from './zip-writer';
import type { MovedSheet } from './workbook-columns';
import { localName, prefixOf, XmlStream } from './xml-events';
import { declaringUtf8 } from './xlsx-package';

/** Bytes kept in front of a streamed sheet for the text before its rows, written last (a few hundred bytes as a rule). */
const HEAD_ROOM = 1 << 16;
/** About what a written cell adds to a sheet, in bytes: the buffer is sized for the sheet and its new cells. */
const CELL_BYTES = 48;

/** A part's text as it comes (from the zip, or as an earlier step left it) and about how long it is. */
export interface SheetSource {
  feed(onText: (text: string) => void): void;
  size: number;
}

/**
 * A worksheet given its written cells in one pass as its text streams in, its columns moved first when it is
 * the sheet of the run's last insert (`moved`): each row gets its cells and is encoded as it closes (see
 * StreamedCellPatch), so the sheet's text, as read or as moved, is never whole. `afterCells` lays the grade
 * colours into what follows the cells. Returns the new part (its bytes, or only their deflate when the codec made
 * it beside the writing: see partSink), and whether a formula moved or a written cell held one. `wholeRows: false`
 * takes every row through the scanner's events, the reference the rows read whole are held to
 * (test/property/move-and-patch).
 */
export function streamWrittenSheet(
  part: string,
  source: SheetSource,
  patches: SheetPatches,
  styles: () => StyleSource,
  afterCells: (tail: string, prefix: string) => string,
  moved?: MovedSheet,
  wholeRows = true,
): { written: PartContent; formulas: boolean } {
  let cells = 0;
  for (const row of patches.values()) cells += row.size;
  const write = (beside: boolean) => {
    const out = partSink(source.size * 1.05 + cells * CELL_BYTES, HEAD_ROOM, beside);
    try {
      const written = new StreamedCellPatch(part, patches, styles, out.sink, wholeRows);
      const pass = moved ? movingPass(part, moved, written, wholeRows) : writingPass(part, written);
      let first = true;
      source.feed((text) => {
        // the declaration is made to say UTF-8 before anything reads offsets in the text
        pass.write(first ? declaringUtf8(text) : text);
        first = false;
      });
      const formulasMoved = pass.end();
      const { head, tail, removedFormula, root } = written.finish();
      const prefix = root !== undefined && localName(root) === 'worksheet' ? prefixOf(root) : '';
      out.sink.write(afterCells(tail, prefix));
      const done = out.finish(head);
      // a formula written before columns are taken out is in the text they move, as a sheet's own are
      const formulas = removedFormula || formulasMoved || (!!moved && moved.move.delta < 0 && putsFormula(patches));
      return done && { written: done, formulas };
    } catch (e) {
      out.cancel();
      throw e;
    }
  };
  // a deflate beside that gave out took bytes that were not kept: the sheet is written again, kept whole
  return write(true) ?? write(false)!;
}

interface Pass {
  write(chunk: string): void;
  /** Ends the text; says whether formulas moved. */
  end(): boolean;
}

/** The text as it is: each chunk goes on before it is parsed, so a row's text is there when it closes. */
function writingPass(part: string, written: StreamedCellPatch): Pass {
  const stream = new XmlStream(written.handler, part);
  return {
    write: (chunk) => {
      written.emit(chunk);
      stream.write(chunk);
    },
    end: () => {
      stream.end();
      return false;
    },
  };
}

/** The text with the columns moved: the mover's edits go on as they are made, and it hands on the moved events. */
function movingPass(part: string, moved: MovedSheet, written: StreamedCellPatch, wholeRows: boolean): Pass {
  const splicer = new StreamSplicer((piece) => written.emit(piece));
  const mover = columnMover(splicer, moved.name, moved.move, {
    moved: true,
    widen: moved.widen,
    next: written.handler,
    nextRows: written.rows,
    wholeRows,
  });
  const stream = new XmlStream(mover.handler, part);
  return {
    write: (chunk) => {
      splicer.feed(chunk);
      stream.write(chunk);
    },
    end: () => {
      stream.end();
      splicer.finish();
      return mover.hasFormulas();
    },
  };
}
