import { createXlsx } from '../src/adapters/xlsx';
import { XlsxPackage } from '../src/adapters/xlsx/xlsx-package';
import { parseCellValue } from '../src/core/values/parse-cell-value';
import type { OutputCell } from '../src/core/workbook/cell-grid';
import { generateRows } from './generate-workbook';

const HEADERS = ['番号', '指標名', '目標値', '実績値', '達成率', '進捗評価'];

/** A typed figure as its number; 集計中 and dashes stay text, as a clerk's formula sheet keeps them. */
function figure(text: unknown): string | number | null {
  const parsed = parseCellValue(typeof text === 'string' || typeof text === 'number' ? text : null);
  return parsed.kind === 'quantity' ? parsed.quantity.value : typeof text === 'string' ? text : null;
}

/**
 * The clerk's alternative to the tool: the same indicator rows (the bench workbook's 2024 target
 * and actual, as numbers), graded by a column of IF formulas that the spreadsheet recalculates.
 * Formula cells are written without cached values, so LibreOffice must compute every one.
 */
export function formulaWorkbook(indicatorRows: number): Uint8Array {
  const { indicators } = generateRows(indicatorRows);
  const cells: OutputCell[] = HEADERS.map((value, col) => ({ row: 0, col, value }));
  indicators.forEach((indicator, i) => {
    const row = i + 1;
    const result = indicator.results[indicator.results.length - 1];
    cells.push({ row, col: 0, value: Number(indicator.no) }, { row, col: 1, value: indicator.name });
    cells.push({ row, col: 2, value: figure(result.target) }, { row, col: 3, value: figure(result.actual) });
  });
  const bytes = createXlsx([{ name: '成果指標', cells, merges: [], columnWidths: [], validations: [] }]);
  return withFormulas(bytes, indicators.length);
}

/** Puts the rate and grade formulas (E and F) into every data row of the one sheet createXlsx wrote. */
function withFormulas(bytes: Uint8Array, rows: number): Uint8Array {
  // createXlsx writes values only: the formula cells are appended to each row's XML here
  const pkg = XlsxPackage.openWorkbook(bytes);
  const part = pkg.partNames().find((name) => /worksheets\/sheet\d+\.xml$/.test(name))!;
  const xml = pkg.readText(part);
  let out = xml.replace(/<row r="(\d+)"([^>]*)>([\s\S]*?)<\/row>/g, (whole, r: string, attrs: string, body: string) => {
    const n = Number(r);
    if (n < 2 || n > rows + 1) return whole;
    const rate = `IF(AND(ISNUMBER(D${n}),ISNUMBER(C${n}),C${n}&gt;0),D${n}/C${n},"")`;
    const grade = `IF(E${n}="","-",IF(E${n}&gt;=1,"A",IF(E${n}&gt;=0.75,"B",IF(E${n}&gt;=0.5,"C","D"))))`;
    return `<row r="${r}"${attrs}>${body}<c r="E${n}"><f>${rate}</f></c><c r="F${n}" t="str"><f>${grade}</f></c></row>`;
  });
  out = out.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:F${rows + 1}"/>`);
  pkg.writeText(part, out);
  return pkg.toBytes();
}
