import fc from 'fast-check';
import { jsonLength } from '../../../src/core/restore/json-length';
import { withRestorePoint } from '../../../src/core/restore/record-restore-point';
import {
  buildRestoreSheet,
  keptRestorePoints,
  pointRecords,
  readRestoreLog,
  RESTORE_SHEET_NAME,
  pointLength,
} from '../../../src/core/restore/restore-sheet';
import type { RestorePoint } from '../../../src/core/model';
import type { CellValue, SheetOutput, WorkbookChanges } from '../../../src/core/workbook/cell-grid';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

// texts JSON writes escaped (quotes, backslashes, control characters, lone and paired surrogates) beside plain and Japanese ones
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udc00x', '𠮷', '青森市', '成果指標'),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2));
// what JSON leaves out of an object and writes as null in an array
const unwritten = fc.constantFrom(undefined, () => 1, Symbol('s'));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    unwritten,
    fc.array(tie('value'), { maxLength: 6 }),
    fc.sparseArray(tie('value'), { maxLength: 6 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    fc.date({ noInvalidDate: true }),
  ),
}));

describe('jsonLength', () => {
  it('is the length of the text JSON.stringify writes, for any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonLength(v)).toBe(JSON.stringify(v)?.length ?? 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('weighs restore points as their JSON text did: the same runs are kept', () => {
    const cell = (i: number) => ({
      sheet: '成果指標',
      row: i,
      col: 9,
      value: i % 3 ? null : `指標${i}`,
      formula: null,
      numberFormat: null,
      written: 'A',
    });
    const point = (id: number, cells: number): RestorePoint => ({
      id: `2026-12-0${id}T00:00:00.000Z#${id}`,
      at: `2026-12-0${id}T00:00:00.000Z`,
      command: 'grade',
      year: 2024,
      createdLog: id === 1,
      cells: Array.from({ length: cells }, (_, i) => cell(i)),
      sheets: [],
    });
    // each about 8 million characters of JSON: the newest (small) and two older fit under 20 million, a third older does not
    const points = [point(1, 80_000), point(2, 80_000), point(3, 80_000), point(4, 1)];
    const text = points.map((p) => JSON.stringify(p).length);
    expect(text[2] + text[3] + text[1]).toBeLessThan(20_000_000);
    expect(text[3] + text[2] + text[1] + text[0]).toBeGreaterThan(20_000_000);
    expect(keptRestorePoints(points, pointLength).map((p) => p.id)).toEqual(points.slice(1).map((p) => p.id));
  });

  it('weighs a point as the length of its JSON, for any cells', () => {
    const cellValue = fc.oneof(text, number, fc.boolean(), fc.constant(null));
    const maybeText = fc.oneof(text, fc.constant(null));
    const cell = fc.record({
      sheet: text,
      row: fc.nat(),
      col: fc.nat(),
      value: cellValue,
      formula: maybeText,
      numberFormat: maybeText,
      written: cellValue,
    });
    const point = fc.record(
      {
        id: text,
        at: text,
        command: fc.constantFrom('grade', 'summary'),
        year: fc.oneof(fc.integer(), fc.constant(null)),
        createdLog: fc.boolean(),
        cells: fc.array(cell, { maxLength: 8 }),
        sheets: fc.constant<RestorePoint['sheets']>([]),
        recalculateBefore: fc.boolean(),
      },
      { requiredKeys: ['id', 'at', 'command', 'year', 'createdLog', 'cells', 'sheets'] },
    );
    fc.assert(
      fc.property(point, (p) => {
        expect(pointLength(p)).toBe(JSON.stringify(p).length);
      }),
      { numRuns: 2000 },
    );
  });

  it('weighs the run being recorded as its point read back: an older run is kept at 20 million characters, not at one more', () => {
    const SHEET = '成果指標';
    const AT = new Date('2026-12-08T00:00:00Z');
    // what the written cells hold: texts JSON escapes, a formula and its format, and a column the run puts in (C)
    const staff = sheetGrid(SHEET, [
      ['No', '指標"名"', '2024年度実績', '評価'],
      [1, '観光\\入込客数', 1200, 'B'],
      [2, '𠮷田の件数', null, null],
    ]);
    staff.formulas[1][2] = '=SUM(1,2)';
    staff.numberFormats[1][2] = '#,##0"人"';
    const changes: WorkbookChanges = {
      insertColumns: [{ sheet: SHEET, col: 2, count: 1 }],
      writes: [
        { sheet: SHEET, row: 0, col: 2, value: '2024年度達成率' },
        { sheet: SHEET, row: 1, col: 3, value: 0.865 },
        { sheet: SHEET, row: 1, col: 4, value: 'A' },
        { sheet: SHEET, row: 2, col: 4, value: '-' },
      ],
      sheets: [],
    };
    const older = (padding: number): RestorePoint => ({
      id: '2026-12-01T00:00:00.000Z#1',
      at: '2026-12-01T00:00:00.000Z',
      command: 'grade',
      year: 2024,
      createdLog: true,
      cells: [{ sheet: SHEET, row: 1, col: 3, value: 'x'.repeat(padding), formula: null, numberFormat: null, written: 'A' }],
      sheets: [],
    });
    const asGrid = (output: SheetOutput) => {
      const rows: CellValue[][] = [];
      for (const c of output.cells) (rows[c.row] ??= [])[c.col] = c.value;
      return sheetGrid(
        output.name,
        Array.from(rows, (r) => Array.from(r ?? [], (v) => v ?? null)),
      );
    };
    const recordWith = (padding: number) => {
      const log = asGrid(buildRestoreSheet([pointRecords(older(padding))]));
      const changed = withRestorePoint(workbook(staff, log), changes, { command: 'grade', year: 2024, at: AT });
      const sheet = changed.sheets.find((s) => s.name === RESTORE_SHEET_NAME)!;
      return readRestoreLog(workbook(asGrid(sheet))).points;
    };
    const recorded = recordWith(0).at(-1)!;
    expect(recorded.cells.map((c) => c.written)).toEqual(['2024年度達成率', 0.865, 'A', '-']);
    const room = 20_000_000 - jsonLength(recorded) - jsonLength(older(0));
    expect(recordWith(room).map((p) => p.id)).toEqual([older(0).id, recorded.id]);
    expect(recordWith(room + 1).map((p) => p.id)).toEqual([recorded.id]);
  });
});
