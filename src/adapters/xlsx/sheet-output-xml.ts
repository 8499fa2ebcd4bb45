import type { CellRange, CellStyle, SheetOutput } from '../../core/workbook/cell-grid';
import { cellAddress } from '../../core/workbook/cell-address';
import { assertCellInSheet, formatRange } from './cell-ref';
import { cellXml } from './cell-xml';
import { findElements, outerXml, startTag } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr, escapeXmlText, stripIllegalXmlChars } from './xml-text';
import { openSelfClosingTag, setTagAttribute } from './xml-tag';

export const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * What a replaced sheet keeps from its old XML: the root tag (namespaces), sheetPr
 * (tab colour, VBA code name), print layout, and the elements that point at its
 * relationships (drawings with charts, comments), so those parts stay consistent.
 */
export interface ReusedWorksheet {
  rootName: string;
  rootStartTag: string;
  sheetPr?: string;
  trailing: string[];
  tabSelected: boolean;
  hadFormulas: boolean;
}

/** Kept in their original order; in CT_Worksheet they all follow <dataValidations>. */
const KEPT_TRAILING = new Set([
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
]);

const PAGE_ELEMENTS = /^<(?:[\w.-]+:)?(?:printOptions|pageMargins|pageSetup)[\s/>]/;
const PAGE_AND_HEADER = /^<(?:[\w.-]+:)?(?:printOptions|pageMargins|pageSetup|headerFooter)[\s/>]/;

/** sheetPr with pageSetUpPr fitToPage="1", which makes Excel honour pageSetup's fitToWidth. */
function withFitToPage(sheetPr: string | undefined, p: string): string {
  const fit = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) return `<${p}sheetPr>${fit}</${p}sheetPr>`;
  if (/<(?:[\w.-]+:)?pageSetUpPr[\s/>]/.test(sheetPr))
    return sheetPr.replace(/<((?:[\w.-]+:)?pageSetUpPr)\b[^>]*?\/?>/, `<$1 fitToPage="1"/>`);
  // pageSetUpPr is the last child of CT_SheetPr
  if (/\/>$/.test(sheetPr)) return `${sheetPr.slice(0, -2)}>${fit}</${sheetPr.slice(1).split(/[\s/>]/)[0]}>`;
  return sheetPr.replace(/(<\/(?:[\w.-]+:)?sheetPr>)$/, `${fit}$1`);
}

export function inspectWorksheetForReuse(xml: string, part: string): ReusedWorksheet {
  const els = findElements(
    xml,
    part,
    (local, depth, parent) => depth <= 1 || (depth === 2 && parent === 'sheetViews' && local === 'sheetView'),
  );
  const root = els[0];
  const top = els.filter((e) => e.depth === 1);
  const sheetPr = top.find((e) => e.local === 'sheetPr');
  let sheetPrXml = sheetPr ? outerXml(xml, sheetPr) : undefined;
  if (sheetPr && sheetPrXml) {
    // filterMode claims an active filter, and the old autoFilter is gone.
    const tag = setTagAttribute(startTag(xml, sheetPr), 'filterMode', null);
    sheetPrXml = tag + sheetPrXml.slice(sheetPr.openEnd - sheetPr.start);
  }
  const firstView = els.find((e) => e.depth === 2);
  return {
    rootName: root.name,
    rootStartTag: openSelfClosingTag(startTag(xml, root)),
    sheetPr: sheetPrXml,
    trailing: top.filter((e) => KEPT_TRAILING.has(e.local)).map((e) => outerXml(xml, e)),
    tabSelected: firstView?.attrs.tabSelected === '1' || firstView?.attrs.tabSelected === 'true',
    hadFormulas: /<([A-Za-z_][\w.-]*:)?f[\s/>]/.test(xml),
  };
}

export function assertSheetName(name: string): void {
  if (
    !name ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === 'history'
  ) {
    throw new RangeError(`"${name}" cannot be an Excel sheet name.`);
  }
}

function normalized(r: CellRange): CellRange {
  const range = {
    top: Math.min(r.top, r.bottom),
    left: Math.min(r.left, r.right),
    bottom: Math.max(r.top, r.bottom),
    right: Math.max(r.left, r.right),
  };
  assertCellInSheet(range.top, range.left, 'Range');
  assertCellInSheet(range.bottom, range.right, 'Range');
  return range;
}

function overlaps(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/**
 * The first range that overlaps one before it, or undefined. A sweep down the rows compares each
 * range only with those still open at its top row: a sheet of 50,000 project boxes has 200,000
 * merges, and comparing every pair took seconds. Only when two overlap is the first such found in order.
 */
function firstOverlapping(ranges: readonly CellRange[]): CellRange | undefined {
  const byTop = [...ranges].sort((a, b) => a.top - b.top);
  let open: CellRange[] = [];
  let found = false;
  for (const r of byTop) {
    open = open.filter((o) => o.bottom >= r.top);
    if (open.some((o) => overlaps(o, r))) {
      found = true;
      break;
    }
    open.push(r);
  }
  return found ? ranges.find((r, i) => ranges.slice(0, i).some((o) => overlaps(o, r))) : undefined;
}

/** A literal list for a list validation: "A,B,C", quotes doubled, within Excel's 255-character limit. */
function listFormula(items: string[]): string {
  for (const item of items) {
    if (item.includes(',')) throw new RangeError(`A drop-down item cannot contain a comma: "${item}".`);
  }
  const body = items.map((i) => stripIllegalXmlChars(i).replace(/"/g, '""')).join(',');
  if (body.length > 255) throw new RangeError('A drop-down list is longer than the 255 characters Excel allows.');
  return `"${body}"`;
}

type OutputCell = SheetOutput['cells'][number];

/** Cells by row then column, the last of duplicates winning; engine output is usually in order already. */
function cellsInOrder(output: SheetOutput): OutputCell[] {
  const cells = output.cells;
  let ordered = true;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    assertCellInSheet(c.row, c.col, `Sheet ${output.name}`);
    if (i && ordered) {
      const prev = cells[i - 1];
      ordered = c.row > prev.row || (c.row === prev.row && c.col > prev.col);
    }
  }
  if (ordered) return cells;
  const sorted = cells.map((cell, i) => ({ cell, i })).sort((a, b) => a.cell.row - b.cell.row || a.cell.col - b.cell.col || a.i - b.i);
  const out: OutputCell[] = [];
  for (const { cell } of sorted) {
    const last = out[out.length - 1];
    if (last && last.row === cell.row && last.col === cell.col) out[out.length - 1] = cell;
    else out.push(cell);
  }
  return out;
}

/** Excel stores widths with the cell padding included (for a 7-pixel digit). */
function storedWidth(chars: number): number {
  return Math.trunc(((Math.min(chars, 255) * 7 + 5) / 7) * 256) / 256;
}

/**
 * The worksheet XML for an engine-owned sheet, in CT_Worksheet's element order: in pieces (a row each),
 * which the package encodes one by one; a sheet of a million cells is never joined into one string.
 */
export function renderSheetOutput(
  output: SheetOutput,
  xfFor: (style: CellStyle | undefined) => number,
  options: { namespace?: string; reuse?: ReusedWorksheet; drawingRelId?: string } = {},
): string[] {
  const reuse = options.reuse;
  const p = reuse ? prefixOf(reuse.rootName) : '';
  const rootName = reuse?.rootName ?? 'worksheet';
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    reuse?.rootStartTag ?? `<worksheet xmlns="${options.namespace ?? SPREADSHEET_NS}" xmlns:r="${RELATIONSHIPS_NS}">`,
  ];
  const sheetPr = output.print ? withFitToPage(reuse?.sheetPr, p) : reuse?.sheetPr;
  if (sheetPr) parts.push(sheetPr);

  const merges = output.merges.map(normalized).filter((m) => m.top !== m.bottom || m.left !== m.right);
  const overlapping = firstOverlapping(merges);
  if (overlapping) throw new RangeError(`Merged ranges overlap in sheet ${output.name}: ${formatRange(overlapping)}.`);

  // Engine outputs share style objects, so one lookup per object rather than per cell.
  const styleIds = new Map<CellStyle, number>();
  const styleOf = (style: CellStyle | undefined) => {
    if (!style) return 0;
    let id = styleIds.get(style);
    if (id === undefined) styleIds.set(style, (id = xfFor(style)));
    return id;
  };
  let used: CellRange | undefined;
  const rowXml: string[] = [];
  let row = -1;
  // a row's cells joined once (see cellXml): added up, 50,000 boxes' rows were held as trees of their cells
  let cells: string[] = [];
  const heights = output.rowHeights ?? [];
  const flush = () => {
    const ht = heights[row];
    const height = typeof ht === 'number' && ht > 0 ? ` ht="${Math.min(ht, 409)}" customHeight="1"` : '';
    if (cells.length > 0) rowXml.push([`<${p}row r="${row + 1}"${height}>`, ...cells, `</${p}row>`].join(''));
    cells = [];
  };
  for (const cell of cellsInOrder(output)) {
    if (cell.row !== row) {
      flush();
      row = cell.row;
    }
    const style = styleOf(cell.style);
    if (cell.value === null && !style) continue;
    cells.push(cellXml(p, cell.row, cell.col, style, cell.value));
    if (!used) used = { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col };
    else {
      used.bottom = cell.row;
      if (cell.col < used.left) used.left = cell.col;
      if (cell.col > used.right) used.right = cell.col;
    }
  }
  flush();
  parts.push(`<${p}dimension ref="${used ? formatRange(used) : 'A1'}"/>`);

  const frozen = output.frozenRows ?? 0;
  const selected = reuse?.tabSelected ? ' tabSelected="1"' : '';
  if (frozen > 0) {
    const first = cellAddress(Math.min(frozen, 1048575), 0);
    parts.push(
      `<${p}sheetViews><${p}sheetView${selected} workbookViewId="0">` +
        `<${p}pane ySplit="${frozen}" topLeftCell="${first}" activePane="bottomLeft" state="frozen"/>` +
        `<${p}selection pane="bottomLeft" activeCell="${first}" sqref="${first}"/>` +
        `</${p}sheetView></${p}sheetViews>`,
    );
  } else {
    parts.push(`<${p}sheetViews><${p}sheetView${selected} workbookViewId="0"/></${p}sheetViews>`);
  }

  const cols: string[] = [];
  const widths = output.columnWidths;
  for (let i = 0; i < widths.length;) {
    const w = widths[i];
    if (typeof w !== 'number' || !(w > 0)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    cols.push(`<${p}col min="${i + 1}" max="${j + 1}" width="${storedWidth(w)}" customWidth="1"/>`);
    i = j + 1;
  }
  if (cols.length) parts.push(`<${p}cols>${cols.join('')}</${p}cols>`);

  if (rowXml.length === 0) parts.push(`<${p}sheetData/>`);
  else {
    parts.push(`<${p}sheetData>`);
    for (const xml of rowXml) parts.push(xml);
    parts.push(`</${p}sheetData>`);
  }
  if (merges.length) {
    parts.push(
      `<${p}mergeCells count="${merges.length}">${merges.map((m) => `<${p}mergeCell ref="${formatRange(m)}"/>`).join('')}</${p}mergeCells>`,
    );
  }
  if (output.validations.length) {
    const items = output.validations.map(
      (v) =>
        `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${escapeXmlAttr(formatRange(normalized(v.range)))}">` +
        `<${p}formula1>${escapeXmlText(listFormula(v.list))}</${p}formula1></${p}dataValidation>`,
    );
    parts.push(`<${p}dataValidations count="${items.length}">${items.join('')}</${p}dataValidations>`);
  }
  // a page set up by this run replaces the last run's; anything else the sheet held (a header, a drawing) follows it
  const kept = (reuse?.trailing ?? []).filter((xml) => !output.print || !PAGE_ELEMENTS.test(xml));
  if (output.print) {
    parts.push(`<${p}pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`);
    // A4 (paperSize 9), portrait, one page wide and as many pages tall as it takes
    parts.push(`<${p}pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>`);
  }
  if (options.drawingRelId) {
    // a new drawing goes where CT_Worksheet places it: after the page elements, before legacyDrawing and the rest
    const at = kept.findIndex((xml) => !PAGE_AND_HEADER.test(xml));
    const drawing = `<${p}drawing xmlns:r="${RELATIONSHIPS_NS}" r:id="${escapeXmlAttr(options.drawingRelId)}"/>`;
    kept.splice(at < 0 ? kept.length : at, 0, drawing);
  }
  parts.push(...kept);
  parts.push(`</${rootName}>`);
  return parts;
}
