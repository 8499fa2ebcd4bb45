import { assembleSheetGrid, type LoadedSheet } from '../src/adapters/office/assemble-sheet-grid';
import { groupIntoRectangles } from '../src/adapters/office/cell-rectangles';
import { SYNC_BUDGET_BYTES } from '../src/adapters/office/payload-size';
import type { CellRange, OutputCell, SheetGrid, SheetOutput } from '../src/core/workbook/cell-grid';

/** Excel's answer for a sheet, and the merges (the bench's sheets have none to list as addresses). */
export type OfficeAnswer = LoadedSheet & { merges: SheetGrid['merges'] };

/**
 * A sheet as the Office adapter's reader receives it: the used range's `formulas` (a constant where a
 * cell has no formula, '' where it is empty) in blocks of rows of about one sync's budget (their JSON's
 * length × 3, more than its UTF-8 can be; a block ends with the row that reaches it), and the formats of the number cells in rectangles. Rows are as wide as the used
 * range, as Excel returns them: not the growing arrays a test grid is built of.
 */
export function officeAnswer(sheet: SheetOutput): OfficeAnswer {
  const bottom = sheet.cells.reduce((max, c) => Math.max(max, c.row), 0);
  const right = sheet.cells.reduce((max, c) => Math.max(max, c.col), 0);
  const formulas = Array.from({ length: bottom + 1 }, () => new Array<unknown>(right + 1).fill(''));
  for (const c of sheet.cells) if (c.value !== null) formulas[c.row][c.col] = c.value;
  const blocks: LoadedSheet['blocks'] = [];
  let top = 0;
  let bytes = 0;
  formulas.forEach((row, r) => {
    bytes += JSON.stringify(row).length * 3;
    if (bytes < SYNC_BUDGET_BYTES && r < bottom) return;
    const range: CellRange = { top, left: 0, bottom: r, right };
    blocks.push({ range, formulas: formulas.slice(top, r + 1) });
    top = r + 1;
    bytes = 0;
  });
  const numbers = sheet.cells.filter((c) => typeof c.value === 'number');
  return {
    name: sheet.name,
    hidden: !!sheet.hidden,
    used: { top: 0, left: 0, bottom, right },
    blocks,
    details: groupIntoRectangles<OutputCell>(numbers).map(({ range, cells }) => ({
      kind: 'number' as const,
      range,
      numberFormat: cells.map((row) => row.map((c) => c.style?.numberFormat ?? 'General')),
    })),
    mergeAddresses: [],
    merges: sheet.merges,
  };
}

/**
 * A line of an answers file (answer-file.ts) added to the answers read before it: a sheet without its blocks, or
 * the next block of the last sheet. Read in node from the file, and in a browser page from the text it fetched.
 */
export function addAnswerLine(answers: OfficeAnswer[], line: string): void {
  const parsed = JSON.parse(line) as { sheet?: OfficeAnswer; block?: OfficeAnswer['blocks'][number] };
  if (parsed.sheet) answers.push(parsed.sheet);
  else if (parsed.block) answers[answers.length - 1].blocks.push(parsed.block);
}

/** The engine's grid from Excel's answer, as the adapter assembles it. */
export function gridFromAnswer(answer: OfficeAnswer): SheetGrid {
  return { ...assembleSheetGrid(answer), merges: answer.merges };
}

/** A sheet as the add-in's engine gets it: Excel's answer reaches the pane as JSON text, parsed (its strings flat). */
export function officeGrid(sheet: SheetOutput): SheetGrid {
  return gridFromAnswer(JSON.parse(JSON.stringify(officeAnswer(sheet))) as OfficeAnswer);
}
