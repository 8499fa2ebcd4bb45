import ExcelJS from 'exceljs';
import { patchXlsx, readSheetLooks } from '../../../src/adapters/xlsx';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { excelJsBytes, loadWithExcelJs, makeTempDir, throughFile } from './xlsx-test-helpers';

const dir = makeTempDir();

const summary: SheetOutput = {
  name: '評価集計',
  cells: [
    { row: 0, col: 0, value: '令和6年度 進捗評価の集計', style: { bold: true, fontColor: 'C00000' } },
    ...['役割', 'A', 'B'].map((value, col) => ({
      row: 1,
      col,
      value,
      style: { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' as const },
    })),
    { row: 2, col: 0, value: '1 圏域全体の経済成長のけん引', style: { wrap: true, border: true } },
    { row: 2, col: 1, value: 12 },
  ],
  merges: [],
  columnWidths: [30, 8, 12.5],
  validations: [],
};

describe('readSheetLooks: what the playground draws of a sheet', () => {
  it('reads back the widths, bold, fills, borders and alignment the patcher wrote, as exceljs reads them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('指標').getCell('A1').value = '事業名';
    const bytes = throughFile(dir, 'summary.xlsx', patchXlsx(await excelJsBytes(wb), { writes: [], sheets: [summary] }));
    const looks = readSheetLooks(bytes, '評価集計')!;
    // widths as the file stores them: the characters asked for plus Excel's 5 px of padding, in 1/256ths
    expect(looks.columnWidths.slice(0, 3)).toEqual([30, 8, 12.5].map((w) => Math.trunc(((w * 7 + 5) / 7) * 256) / 256));
    expect(looks.cells[0][0]).toEqual({ bold: true, fontColor: 'C00000' });
    expect(looks.cells[1].slice(0, 3)).toEqual(Array(3).fill({ bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' }));
    expect(looks.cells[2][0]).toEqual({ border: true, wrap: true });
    expect(looks.cells[2][1]).toBeUndefined();

    // the second reader agrees cell by cell
    const sheet = (await loadWithExcelJs(bytes)).getWorksheet('評価集計')!;
    expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual(looks.columnWidths.slice(0, 3));
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').font?.color?.argb).toBe('FFC00000');
    const fill = sheet.getCell('B2').fill as ExcelJS.FillPattern;
    expect([fill.pattern, fill.fgColor?.argb]).toEqual(['solid', 'FFDDEBF7']);
    expect(sheet.getCell('B2').border?.left?.style).toBeTruthy();
    expect(sheet.getCell('B2').alignment?.horizontal).toBe('center');
    expect(sheet.getCell('A3').alignment?.wrapText).toBe(true);
    expect(sheet.getCell('B3').border?.left).toBeUndefined();
  });

  it('reads a staff workbook: theme fills with a tint, a default width, a hidden column, one border side', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('成果指標', { properties: { defaultColWidth: 12 } as never });
    ws.getColumn(2).width = 40;
    ws.getColumn(3).hidden = true;
    ws.getCell('A1').value = '番号';
    ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { theme: 4, tint: 0.7999816888943144 } as never };
    ws.getCell('B1').value = '指標名';
    ws.getCell('B1').border = { bottom: { style: 'thin' } };
    ws.getCell('B2').value = '売上額';
    ws.getCell('B2').fill = { type: 'pattern', pattern: 'gray125' };
    const looks = readSheetLooks(throughFile(dir, 'staff.xlsx', await excelJsBytes(wb)), '成果指標')!;
    expect(looks.defaultWidth).toBe(12);
    expect(looks.columnWidths[1]).toBe(40);
    expect(looks.columnWidths[2]).toBe(0);
    // accent 1 (4472C4) lightened 80 %, as Excel's swatch 「青、アクセント 1、白 + 基本色 80%」 (DAE3F3 in Excel's HLS)
    expect(looks.cells[0][0]?.fill).toBe('DAE3F3');
    expect(looks.cells[0][1]).toEqual({ border: true });
    // a pattern other than solid is not a fill the preview can draw
    expect(looks.cells[1]?.[1]).toBeUndefined();
    expect(readSheetLooks(throughFile(dir, 'staff2.xlsx', await excelJsBytes(wb)), 'ない')).toBeNull();
  });
});
