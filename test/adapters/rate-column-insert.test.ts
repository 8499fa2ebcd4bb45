import type ExcelJS from 'exceljs';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createOfficeWorkbookPort } from '../../src/adapters/office/office-workbook-port';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { INDICATOR_SHEET } from '../../src/core/layout/standard-workbook';
import { ColumnInsertRefusedError } from '../../src/core/workbook/column-insert';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { restoreWorkbook } from '../../src/use-cases/restore-workbook';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { fakeToGrid } from '../helpers/fake-excel';
import { convertWithLibreOffice, soffice } from '../helpers/libreoffice';
import { runCli, tempDir } from '../helpers/run-cli';
import { cellAt } from '../helpers/sheet-grid';
import { workbookCells } from '../helpers/workbook-cells';
import { liveWorkbook, sampleGrid } from './office/office-test-workbooks';
import { entryText, excelJsBytes, loadWithExcelJs } from './xlsx/xlsx-test-helpers';

// The sample's 成果指標: J:L are 2024's 目標値 / 実績値 / 進捗評価 under a merged 「2024年度」 (J2:L2),
// M is 備考. Grading FY2024 puts 達成率 in as M, inside the year's group, and 備考 moves to N.
const sample = () => createXlsx(buildSampleSheets());
const grade = (bytes: Uint8Array) => patchXlsx(bytes, gradeWorkbook(readXlsx(bytes), { year: 2024 }).changes);
const indicators = (bytes: Uint8Array) => readXlsx(bytes).sheets.find((s) => s.name === INDICATOR_SHEET)!;
const sheetXml = (bytes: Uint8Array) => entryText(bytes, 'xl/worksheets/sheet2.xml');

describe('a missing 達成率 goes inside its year’s column group (.xlsx)', () => {
  const before = sample();
  const graded = grade(before);

  it('is column M, under the widened 「2024年度」 heading, formatted like 進捗評価 beside it; 備考 moves to N', () => {
    const sheet = indicators(graded);
    expect(sheet.values[1].slice(9, 14)).toEqual(['2024年度', null, null, null, '備考']);
    expect(sheet.values[2].slice(9, 13)).toEqual(['目標値', '実績値', '進捗評価', '達成率']);
    expect(sheet.merges).toContainEqual({ top: 1, left: 9, bottom: 1, right: 12 });
    expect(sheet.merges).toContainEqual({ top: 1, left: 13, bottom: 2, right: 13 });
    expect(cellAt(sheet, 'M9')).toBeCloseTo(43698 / 50500, 12);
    expect(sheet.numberFormats[8][12]).toBe('0.0%');
    // the new column is as wide as 進捗評価 and its cells carry its borders; 備考 keeps its own width
    const xml = sheetXml(graded);
    expect(xml).toMatch(
      /<col min="12" max="12" width="9\.7109375" customWidth="1"\/><col min="13" max="13" width="9\.7109375" customWidth="1"\/><col min="14" max="14" width="24\.7109375"/,
    );
    expect(xml).toContain('<c r="M10" s="5"/>');
    expect(xml).toContain('<c r="L10" s="5"');
  });

  it('is found where it is on the next run: nothing is inserted twice', () => {
    const again = gradeWorkbook(readXlsx(graded), { year: 2024 });
    expect(again.changes.insertColumns).toBeUndefined();
    expect(again.changed).toEqual([]);
  });

  it('opens in exceljs and LibreOffice with the same layout', async () => {
    const ws = (await loadWithExcelJs(graded)).getWorksheet(INDICATOR_SHEET)!;
    expect([ws.getCell('M3').value, ws.getCell('N2').value, ws.getCell('M9').numFmt]).toEqual(['達成率', '備考', '0.0%']);
    if (!soffice) return;
    const rows = convertWithLibreOffice(graded, 2).split('\n');
    expect(rows[1]).toMatch(/,2024年度,,,,備考$/);
    expect(rows[2]).toMatch(/,目標値,実績値,進捗評価,達成率,$/);
    expect(rows[8]).toMatch(/,50,500千円,43,698千円,B,86\.5%,$|,"50,500千円","43,698千円",B,86\.5%,$/);
  });

  it('goes out again with 実行前に戻す: the sheet is the original but for the grade colours', () => {
    const back = patchXlsx(graded, restoreWorkbook(readXlsx(graded)).changes!);
    const withoutRules = (xml: string) => xml.replace(/<conditionalFormatting .*?<\/conditionalFormatting>/g, '');
    expect(withoutRules(sheetXml(back))).toBe(sheetXml(before));
    expect(workbookCells(readXlsx(back))).toEqual(workbookCells(readXlsx(before)));
  });

  it('a value typed into the new column since stops the restore, named by its cell', () => {
    const typed = patchXlsx(graded, { writes: [{ sheet: INDICATOR_SHEET, row: 19, col: 12, value: '要確認' }], sheets: [] });
    const restore = restoreWorkbook(readXlsx(typed));
    expect(restore.conflicts.map((c) => [c.address, c.now])).toEqual([['成果指標!M20', '要確認']]);
  });
});

describe('a year without 進捗評価 or 達成率 gets both inside its group, with their drop-down (.xlsx)', () => {
  // 2024's 目標値 / 実績値 are followed by 2025's: 進捗評価 and 達成率 go in as I and J
  const heading = [
    '番号',
    '事業名',
    '指標名',
    '単位',
    '現状値',
    '目標値',
    '2024年度目標値',
    '2024年度実績値',
    '2025年度目標値',
    '2025年度実績値',
  ];
  const rows = [
    heading,
    [1, '観光振興事業', '観光入込客数', '人', 1000, 2000, 1500, 1600, 1700],
    [2, '創業支援事業', '創業件数', '件', 10, 30, 20, 12, 25],
  ];
  const cells = rows.flatMap((values, row) => values.map((value, col) => ({ row, col, value })));
  const before = createXlsx([{ name: 'KPI', cells, merges: [], columnWidths: [], validations: [] }]);
  const xml = (bytes: Uint8Array) => entryText(bytes, 'xl/worksheets/sheet1.xml');
  const graded = grade(before);

  it('writes the grades under a drop-down in the new column', () => {
    const sheet = readXlsx(graded).sheets[0];
    expect(sheet.values.map((r) => r.slice(7, 10))).toEqual([
      ['2024年度実績値', '2024年度進捗評価', '2024年度達成率'],
      [1600, 'A', 1600 / 1500],
      [12, 'C', 0.6],
    ]);
    expect(xml(graded)).toMatch(/<dataValidations count="1"><dataValidation [^>]*sqref="I2:I3">/);
  });

  it('goes out again with 実行前に戻す, drop-down and all: no empty list of drop-downs is left for Excel to repair', () => {
    const back = patchXlsx(graded, restoreWorkbook(readXlsx(graded)).changes!);
    const withoutRules = (text: string) => text.replace(/<conditionalFormatting .*?<\/conditionalFormatting>/g, '');
    expect(xml(back)).not.toContain('dataValidations');
    expect(withoutRules(xml(back))).toBe(xml(before));
    expect(workbookCells(readXlsx(back))).toEqual(workbookCells(readXlsx(before)));
  });
});

/** The sample with references to 備考 (M) from its own sheet, another sheet, a rule, a drop-down and a name. */
async function sampleWithReferences(): Promise<Uint8Array> {
  const wb = await loadWithExcelJs(sample());
  const ws = wb.getWorksheet(INDICATOR_SHEET)!;
  ws.getCell('M9').value = 'メモ9';
  ws.getCell('O9').value = { formula: 'M9&"!"' } as ExcelJS.CellFormulaValue;
  ws.addConditionalFormatting({
    ref: 'M4:M60',
    rules: [
      {
        type: 'expression',
        priority: 1,
        formulae: ['M4="要確認"'],
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  ws.getCell('M4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"要確認,済"'] };
  wb.definedNames.add(`'${INDICATOR_SHEET}'!$M$4:$M$60`, '備考欄');
  const notes = wb.addWorksheet('メモ');
  notes.getCell('A1').value = { formula: `${INDICATOR_SHEET}!M9` } as ExcelJS.CellFormulaValue;
  notes.getCell('A2').value = { formula: `COUNTA(${INDICATOR_SHEET}!J4:M60)` } as ExcelJS.CellFormulaValue;
  return excelJsBytes(wb);
}

describe('every reference to the columns that move follows them, as Excel’s Insert does', () => {
  let graded: Uint8Array;
  beforeAll(async () => {
    graded = grade(await sampleWithReferences());
  });

  it('rewrites formulas on the sheet and on others, the rule, the drop-down and the defined name', () => {
    const xml = sheetXml(graded);
    expect(xml).toMatch(/<c r="P9"[^>]*><f>N9&amp;"!"<\/f>/);
    expect(xml).toMatch(/<conditionalFormatting sqref="N4:N60"><cfRule [^>]*><formula>N4="要確認"<\/formula>/);
    expect(xml).toMatch(/<dataValidation [^>]*sqref="N4"/);
    const notes = readXlsx(graded).sheets.find((s) => s.name === 'メモ')!;
    expect(notes.formulas[0][0]).toBe(`=${INDICATOR_SHEET}!N9`);
    expect(notes.formulas[1][0]).toBe(`=COUNTA(${INDICATOR_SHEET}!J4:N60)`);
    expect(entryText(graded, 'xl/workbook.xml')).toContain(`'${INDICATOR_SHEET}'!$N$4:$N$60</definedName>`);
  });

  (soffice ? it : it.skip)('LibreOffice, recalculating, finds 備考 through them', () => {
    const notes = convertWithLibreOffice(graded, 3).split('\n');
    expect(notes[0]).toBe('メモ9');
    const sheet = convertWithLibreOffice(graded, 2).split('\n');
    // 備考 in N, the formula that read it moved to P
    expect(sheet[8]).toMatch(/,B,86\.5%,メモ9,,メモ9!$/);
  });
});

describe('a sheet the file path cannot shift safely', () => {
  async function sampleWithTable(): Promise<Uint8Array> {
    const wb = await loadWithExcelJs(sample());
    wb.getWorksheet(INDICATOR_SHEET)!.addTable({
      name: 'Memo',
      ref: 'P3',
      columns: [{ name: 'メモ' }],
      rows: [['a'], ['b']],
    });
    return excelJsBytes(wb);
  }

  it('refuses before anything changes, naming the sheet and what is in the way', async () => {
    const bytes = await sampleWithTable();
    const report = gradeWorkbook(readXlsx(bytes), { year: 2024 });
    const error = (() => {
      try {
        patchXlsx(bytes, report.changes);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ColumnInsertRefusedError);
    expect((error as ColumnInsertRefusedError).text.ja).toBe(
      'シート「成果指標」にはテーブルがあり、ファイルのままでは列を安全に挿入できないため、新しい列は表の右端に追加しました（Excel のアドインでは年度の列の隣に挿入します）。',
    );
  });

  it('refuses an autofilter across the new column the same way, found while the sheet is read (not a damaged file)', async () => {
    const wb = await loadWithExcelJs(sample());
    const sheet = wb.getWorksheet(INDICATOR_SHEET)!;
    sheet.autoFilter = `A3:N${sheet.rowCount}`;
    const bytes = await excelJsBytes(wb);
    const report = gradeWorkbook(readXlsx(bytes), { year: 2024 });
    let error: unknown;
    try {
      patchXlsx(bytes, report.changes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ColumnInsertRefusedError);
    expect((error as ColumnInsertRefusedError).text.ja).toContain('シート「成果指標」には新しい列をまたぐオートフィルターがあり');
  });

  it('the command line then puts the column at the table’s edge and says why', async () => {
    const dir = tempDir();
    const book = join(dir, 'table.xlsx');
    writeFileSync(book, await sampleWithTable());
    const out = join(dir, 'graded.xlsx');
    const run = runCli(['grade', book, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('シート「成果指標」にはテーブルがあり');
    const sheet = readXlsx(new Uint8Array(readFileSync(out))).sheets[1];
    // after the table's last heading (the table part's メモ in P counts as one), 備考 left where it was
    expect(sheet.values[2].slice(15)).toEqual(['メモ', '2024年度達成率']);
    expect(sheet.values[1][12]).toBe('備考');
  });
});

describe('a missing 達成率 goes inside its year’s group through Office.js too', () => {
  it('inserts M with Excel’s own Insert, widens the heading, and 実行前に戻す takes it out again', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const original = workbookCells(fakeToGrid(live.fake));
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      const result = await actions.grade({ year: 2024 });
      expect(result.notes.map((n) => n.ja)).toEqual([
        'シート「成果指標」のM列に「達成率」の列を挿入しました（右にあった列は1列右へ移りました）。',
      ]);
      const sheet = live.fake.sheet(INDICATOR_SHEET);
      expect([sheet.value(2, 12), sheet.value(1, 13), sheet.value(8, 12)]).toEqual(['達成率', '備考', 43698 / 50500]);
      expect(sheet.merges).toContainEqual({ top: 1, left: 9, bottom: 1, right: 12 });
      expect(sheet.style(9, 12)).toEqual(sheet.style(9, 11));
      expect(result.changed.find((c) => c.kind === 'rate' && c.row === 8)?.address).toBe('成果指標!M9');

      await actions.restore();
      expect(workbookCells(fakeToGrid(live.fake))).toEqual(original);
      expect(live.fake.sheet(INDICATOR_SHEET).merges).toContainEqual({ top: 1, left: 9, bottom: 1, right: 11 });
    } finally {
      live.uninstall();
    }
  });
});
