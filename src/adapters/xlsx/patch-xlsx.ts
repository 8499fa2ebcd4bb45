import type { CellWrite, ColumnInsert, SheetOutput, WorkbookChanges } from '../../core/workbook/cell-grid';
import { assertCellInSheet } from './cell-ref';
import { addOverride, CONTENT_TYPE, CONTENT_TYPES_PART, removeOverride } from './content-types-part';
import { DEFAULT_STYLES_XML } from './empty-package';
import { directoryOf, relativeTarget, relsPathOf } from './part-paths';
import { gradesAfterCells, gradeStyles, withGradePresentation, type StyledGrades } from './grade-presentation';
import type { SheetPatches } from './patch-worksheet';
import { streamWrittenSheet, type SheetSource } from './stream-written-sheet';
import {
  addRelationship,
  emptyRelationships,
  isRelType,
  parseRelationships,
  removeRelationships,
  unusedRelationshipId,
} from './relationships-part';
import { moveWorkbookColumns, writesAfterMove, type MovedSheet } from './workbook-columns';
import { deleteSheetDrawings, writeSheetCharts, type DrawingContext } from './sheet-charts';
import { assertSheetName, inspectWorksheetForReuse, renderSheetOutput } from './sheet-output-xml';
import { StylesPart } from './styles-part';
import {
  appendSheet,
  findSheet,
  parseWorkbookPart,
  removeSheetEntry,
  setPrintNames,
  setFullCalcOnLoad,
  setSheetHidden,
  type WorkbookSheet,
} from './workbook-part';
import { XlsxPackage } from './xlsx-package';
import { PieceText } from './text-splice';
import { ColumnInsertRefusedError } from '../../core/workbook/column-insert';
import { corrupt, XlsxFileError } from './xlsx-file-error';

const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface PatchOptions {
  /**
   * Called between steps, when what the steps before made is garbage: once the columns have moved and
   * the new sheets are laid out, before the cells are written. (Not before the zip: the large parts are
   * deflated as they are written, and what is left to zip is small.)
   */
  stepDone?: () => void;
}

/**
 * Applies the engine's changes to the workbook bytes and returns the new file.
 * Parts that do not change are copied byte for byte (charts, pivots, VBA, images...).
 */
export function patchXlsx(bytes: Uint8Array, changes: WorkbookChanges, options: PatchOptions = {}): Uint8Array {
  try {
    const pkg = XlsxPackage.openWorkbook(bytes);
    if (!changes.writes.length && !changes.sheets.length && !changes.deleteSheets?.length && !changes.deleteColumns?.length) {
      parseWorkbookPart(pkg);
      return bytes.slice();
    }
    try {
      applyWorkbookChanges(pkg, changes, options);
    } catch (e) {
      // a removal made as its sheet streams meets what the writes before it may take away (a shared formula across
      // the columns): the writes, then the removal, as two steps; a refusal there stands
      if (!(e instanceof ColumnInsertRefusedError) || e.blocker !== 'shared-formula' || !changes.deleteColumns?.length) throw e;
      const again = XlsxPackage.openWorkbook(bytes);
      applyWorkbookChanges(again, changes, options, false);
      return again.toBytes();
    }
    return pkg.toBytes();
  } catch (e) {
    // RangeError is the caller asking for something impossible (no such sheet, a bad name).
    // ColumnInsertRefusedError: columns the file path cannot move safely, refused before any change.
    if (e instanceof XlsxFileError || e instanceof RangeError || e instanceof ColumnInsertRefusedError) throw e;
    throw corrupt('The workbook could not be patched.', e);
  }
}

/** Adds and replaces engine-owned sheets, then patches single cells: the one code path for patch and create. */
export function applyWorkbookChanges(
  pkg: XlsxPackage,
  changes: WorkbookChanges,
  options: PatchOptions = {},
  /** False: a restore's columns are taken out after its writes are made, in a step of their own. */
  streamRemoval = true,
): void {
  const wb = parseWorkbookPart(pkg);
  const wbDir = directoryOf(wb.part);
  let wbXml = wb.xml;
  let relsXml = wb.relsXml || emptyRelationships();
  let contentTypes = pkg.readText(CONTENT_TYPES_PART);
  const sheets: WorkbookSheet[] = wb.sheets.map((s) => ({ ...s }));
  const relBase = wb.rels.find((r) => isRelType(r.type, 'worksheet'))?.type.replace(/\/worksheet$/, '') ?? TRANSITIONAL_RELS;

  let styles: StylesPart | undefined;
  const getStyles = () => (styles ??= new StylesPart(wb.stylesPart ? pkg.readText(wb.stylesPart) : DEFAULT_STYLES_XML));
  const xfFor = (style: Parameters<StylesPart['xfForCellStyle']>[0]) => getStyles().xfForCellStyle(style);

  // Sheet text edited by one step and read by the next (columns moved, then cells patched, then
  // colours laid) stays text between them: a large sheet is not encoded and decoded at every step.
  const pending = new Map<string, string | PieceText>();
  const readPieces = (part: string): string | PieceText => pending.get(part) ?? pkg.readText(part);
  const readPart = (part: string): string => {
    const text = readPieces(part);
    if (typeof text === 'string') return text;
    const joined = text.slice(0);
    pending.set(part, joined);
    return joined;
  };
  const writePart = (part: string, text: string | string[] | PieceText) =>
    void pending.set(part, Array.isArray(text) ? new PieceText(text) : text);
  const includesAny = (part: string, needles: readonly string[]) =>
    pending.has(part) ? needles.some((needle) => readPart(part).includes(needle)) : pkg.includesAny(part, needles);
  const parts = { read: readPart, write: writePart, includesAny };

  const drawings: DrawingContext = {
    pkg,
    relBase,
    dir: wbDir,
    types: {
      add: (part, type) => void (contentTypes = addOverride(contentTypes, part, type)),
      remove: (part) => void (contentTypes = removeOverride(contentTypes, part)),
    },
  };

  let removedFormula = false;
  // Columns go in before anything is written: the writes are in the columns after the insert. The sheet of
  // the run's last insert, when it is written too, is moved as it is streamed to be written (below).
  let streamed: { sheet: MovedSheet; patches: SheetPatches } | undefined;
  const inserts = changes.insertColumns ?? [];
  inserts.forEach((insert, i) => {
    const fused = i === inserts.length - 1 ? fusedPatches(insert, changes, sheets) : undefined;
    // what inflates the sheet to be streamed gets ready while the other sheets are searched for references to it
    if (fused) pkg.willStream(fused.part);
    const moved = moveWorkbookColumns(pkg, parts, wb, wbXml, sheets, insert, 1, !!fused);
    if (fused && moved.target) streamed = { sheet: moved.target, patches: fused.patches };
    wbXml = moved.wbXml;
    removedFormula ||= moved.formulasMoved;
  });
  for (const output of changes.sheets) {
    assertSheetName(output.name);
    const existing = findSheet(sheets, output.name);
    if (existing) {
      replaceSheet(existing, output);
    } else {
      const part = pkg.unusedName(`${wbDir}worksheets/sheet`, '.xml');
      const { newDrawingRelId } = writeSheetCharts(drawings, part, output);
      pkg.writeText(part, renderSheetOutput(output, xfFor, { namespace: wb.namespace, drawingRelId: newDrawingRelId }));
      const relId = unusedRelationshipId(parseRelationships(relsXml, wb.relsPart));
      relsXml = addRelationship(relsXml, { id: relId, type: `${relBase}/worksheet`, target: relativeTarget(wb.part, part) }, wb.relsPart);
      contentTypes = addOverride(contentTypes, part, CONTENT_TYPE.worksheet);
      const sheetId = Math.max(0, ...sheets.map((s) => s.sheetId)) + 1;
      const hidden = !!output.hidden;
      wbXml = appendSheet(wbXml, { name: output.name, sheetId, relId, hidden });
      sheets.push({ name: output.name, sheetId, relId, hidden, isWorksheet: true, part });
    }
  }

  // each printed sheet's area and title rows, by its place among the sheets as they now stand
  for (const output of changes.sheets) {
    if (!output.print) continue;
    const index = sheets.findIndex((s) => s.name.toLowerCase() === output.name.toLowerCase());
    wbXml = setPrintNames(wbXml, index, output.name, output.print);
  }

  function replaceSheet(existing: WorkbookSheet, output: SheetOutput): void {
    if (!existing.isWorksheet) throw new RangeError(`Sheet "${existing.name}" is a chart or dialog sheet and cannot be replaced.`);
    if (!existing.part) throw corrupt(`The worksheet part of sheet "${existing.name}" is missing.`);
    const reuse = inspectWorksheetForReuse(readPart(existing.part), existing.part);
    removedFormula ||= reuse.hadFormulas;
    const { newDrawingRelId } = writeSheetCharts(drawings, existing.part, output);
    writePart(existing.part, renderSheetOutput(output, xfFor, { reuse, drawingRelId: newDrawingRelId }));
    if (existing.hidden !== !!output.hidden) {
      wbXml = setSheetHidden(wbXml, existing.name, !!output.hidden);
      existing.hidden = !!output.hidden;
    }
  }

  // A restore takes its run's columns out after its writes, which are in the columns before that. The first is
  // taken out as its sheet streams to be written, as an insert is put in, the writes put where it leaves them.
  let writes = changes.writes;
  let removals = changes.deleteColumns ?? [];
  if (streamRemoval && inserts.length === 0 && removals.length > 0 && !changes.grades?.length) {
    const [first, ...later] = removals;
    const after = writesAfterMove(writes, { sheet: first.sheet, at: first.col, delta: -first.count });
    const fused = fusedPatches(first, { ...changes, writes: after }, sheets);
    if (fused) {
      pkg.willStream(fused.part);
      const moved = moveWorkbookColumns(pkg, parts, wb, wbXml, sheets, first, -1, true);
      if (moved.target) streamed = { sheet: moved.target, patches: fused.patches };
      wbXml = moved.wbXml;
      removedFormula ||= moved.formulasMoved;
      writes = after;
      removals = later;
    }
  }

  options.stepDone?.();
  const written = groupWrites(writes, sheets, streamed && new Map([[streamed.sheet.part, streamed.patches]]));
  // The grade cells' colours and drop-down, as the add-in lays them (one set of rules per run of grade rows). They
  // follow the cells in the sheet's XML: a sheet whose cells are written gets them as it is streamed (below), the
  // others here. Their styles are asked for here, sheet by sheet, as the styles part's list grows.
  const dxfFor = (font: string, fill: string) => getStyles().dxfId(font, fill);
  const styledGrades = new Map<string, StyledGrades[]>();
  for (const sheet of sheets) {
    const grades = (changes.grades ?? []).filter((g) => g.sheet.toLowerCase() === sheet.name.toLowerCase());
    if (grades.length === 0 || !sheet.part) continue;
    if (written.has(sheet.part)) styledGrades.set(sheet.part, gradeStyles(grades, dxfFor));
    else writePart(sheet.part, withGradePresentation(readPieces(sheet.part), sheet.part, grades, dxfFor));
  }

  // Each written sheet is streamed from the text the steps before left (the file's, unless one wrote it).
  for (const [part, patches] of written) {
    const text = pending.get(part);
    pending.delete(part);
    const source: SheetSource =
      text === undefined
        ? { feed: (onText) => pkg.streamText(part, onText, false), size: pkg.uncompressedSize(part) }
        : { feed: (onText) => (typeof text === 'string' ? [text] : text.pieces).forEach(onText), size: text.length };
    const grades = styledGrades.get(part);
    const afterCells = (tail: string, prefix: string) => (grades ? gradesAfterCells(tail, part, grades, prefix) : tail);
    const moved = streamed?.sheet.part === part ? streamed.sheet : undefined;
    const result = streamWrittenSheet(part, source, patches, getStyles, afterCells, moved);
    pkg.writeBytes(part, result.written);
    removedFormula ||= result.formulas;
  }

  for (const gone of removals) {
    const moved = moveWorkbookColumns(pkg, parts, wb, wbXml, sheets, gone, -1);
    wbXml = moved.wbXml;
    removedFormula ||= moved.formulasMoved;
  }

  for (const name of changes.deleteSheets ?? []) {
    const at = sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
    if (at < 0) continue;
    const [gone] = sheets.splice(at, 1);
    wbXml = removeSheetEntry(wbXml, gone.name);
    relsXml = removeRelationships(relsXml, (r) => r.id !== gone.relId, wb.relsPart);
    if (gone.part) {
      deleteSheetDrawings(drawings, gone.part);
      pending.delete(gone.part);
      pkg.delete(gone.part);
      if (pkg.has(relsPathOf(gone.part))) pkg.delete(relsPathOf(gone.part));
      contentTypes = removeOverride(contentTypes, gone.part);
    }
  }

  for (const [part, text] of pending) pkg.writeText(part, typeof text === 'string' ? text : text.pieces);
  if (sheets.length && sheets.every((s) => s.hidden)) throw new RangeError('A workbook needs at least one visible sheet.');
  if (removedFormula && wb.calcChainPart) {
    // Excel rebuilds the calculation chain; a stale one pointing at a value cell makes it "repair" the file.
    pkg.delete(wb.calcChainPart);
    relsXml = removeRelationships(relsXml, (r) => !isRelType(r.type, 'calcChain'), wb.relsPart);
    contentTypes = removeOverride(contentTypes, wb.calcChainPart);
  }
  if (changes.recalculate !== undefined) wbXml = setFullCalcOnLoad(wbXml, changes.recalculate);
  if (styles?.modified) {
    let stylesPart = wb.stylesPart;
    if (!stylesPart) {
      stylesPart = pkg.has(`${wbDir}styles.xml`) ? pkg.unusedName(`${wbDir}styles`, '.xml') : `${wbDir}styles.xml`;
      const relId = unusedRelationshipId(parseRelationships(relsXml, wb.relsPart));
      relsXml = addRelationship(
        relsXml,
        { id: relId, type: `${relBase}/styles`, target: relativeTarget(wb.part, stylesPart) },
        wb.relsPart,
      );
      contentTypes = addOverride(contentTypes, stylesPart, CONTENT_TYPE.styles);
    }
    pkg.writeText(stylesPart, styles.toXml());
  }
  if (wbXml !== wb.xml) pkg.writeText(wb.part, wbXml);
  if (relsXml !== (wb.relsXml || emptyRelationships())) pkg.writeText(wb.relsPart, relsXml);
  if (contentTypes !== pkg.readText(CONTENT_TYPES_PART)) pkg.writeText(CONTENT_TYPES_PART, contentTypes);
}

/**
 * The writes to the sheet of a column move made as the sheet streams (the last column insert, or a restore's
 * first removal), when nothing replaces that sheet: the move's streamed pass writes them. Not an earlier insert:
 * a later one moves references in every sheet, the cells written included. Grouped as groupWrites does (and
 * checked the same way).
 */
function fusedPatches(
  insert: ColumnInsert,
  changes: WorkbookChanges,
  sheets: WorkbookSheet[],
): { part: string; patches: SheetPatches } | undefined {
  const target = findSheet(sheets, insert.sheet);
  const only = sheetLookup(target ? [target] : []);
  const sameSheet = (name: string) => !!target && only(name) === target;
  if (!target?.part || !target.isWorksheet || changes.sheets.some((o) => sameSheet(o.name))) return undefined;
  const patches = groupWrites(
    changes.writes.filter((w) => sameSheet(w.sheet)),
    [target],
  ).get(target.part);
  return patches && { part: target.part, patches };
}

/** Writes by part, row and column; a part in `grouped` takes its patches from there, in its first write's place. */
function groupWrites(writes: CellWrite[], sheets: WorkbookSheet[], grouped?: ReadonlyMap<string, SheetPatches>): Map<string, SheetPatches> {
  const byPart = new Map<string, SheetPatches>();
  const sheetOf = sheetLookup(sheets);
  for (const w of writes) {
    const sheet = sheetOf(w.sheet);
    if (!sheet) throw new RangeError(`The workbook has no sheet named "${w.sheet}".`);
    if (!sheet.isWorksheet) throw new RangeError(`Sheet "${sheet.name}" is a chart or dialog sheet; cells cannot be written.`);
    if (!sheet.part) throw corrupt(`The worksheet part of sheet "${sheet.name}" is missing.`);
    const known = grouped?.get(sheet.part);
    if (known) {
      if (!byPart.has(sheet.part)) byPart.set(sheet.part, known);
      continue;
    }
    assertCellInSheet(w.row, w.col, `Write to ${sheet.name}`);
    let patches = byPart.get(sheet.part);
    if (!patches) byPart.set(sheet.part, (patches = new Map()));
    let row = patches.get(w.row);
    if (!row) patches.set(w.row, (row = new Map()));
    row.set(w.col, { value: w.value, numberFormat: w.numberFormat, formula: w.formula });
  }
  return byPart;
}

/** findSheet for a run's writes, by the hundred thousand: each name is looked up once. */
function sheetLookup(sheets: WorkbookSheet[]): (name: string) => WorkbookSheet | undefined {
  const known = new Map<string, WorkbookSheet | undefined>();
  return (name) => {
    if (!known.has(name)) known.set(name, findSheet(sheets, name));
    return known.get(name);
  };
}
