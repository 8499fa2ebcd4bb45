import { assertExpectedCells } from '../../../src/adapters/office/check-expected-cells';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES } from '../../../src/adapters/office/payload-size';
import { expectedCells } from '../../../src/core/workbook/expected-cell-list';
import { WorkbookChangedError } from '../../../src/core/workbook/expected-cells';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';
import { liveWorkbook, measure } from './office-test-workbooks';

describe('the cells a write expects, read back before it writes', () => {
  // 40,000 rows of three columns: one rectangle, read back as several ranges (each under 1 MB of answer), a sync each
  const rows = Array.from({ length: 40_000 }, (_, r) => [`指標${r}`, r * 3, `備考${r % 7}`]);
  const expected = rows.flatMap((row, r) => row.map((value, col) => ({ sheet: '成果', row: r, col, value })));
  const check = () =>
    Excel.run((context) =>
      assertExpectedCells(context, expectedCells(expected), () => true, MAX_OPERATION_BYTES + OPERATION_OVERHEAD_BYTES),
    );

  it('finds a cell typed over in any range of the rectangle, at its own address, in the order expected', async () => {
    const live = liveWorkbook(workbook(sheetGrid('成果', rows)));
    try {
      const { syncs } = await measure(live.fake, check);
      expect(syncs).toBeGreaterThan(1);
      // someone types over a cell of the last range and clears one of the first
      live.fake.sheet('成果').values[31_234][1] = 0;
      live.fake.sheet('成果').values[5][2] = null;
      const error = await check().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkbookChangedError);
      const changed = (error as WorkbookChangedError).changed.map((c) => [c.address, c.value, c.actual]);
      expect(changed).toEqual([
        ['成果!C6', '備考5', ''],
        ['成果!B31235', 93_702, 0],
      ]);
    } finally {
      live.uninstall();
    }
  });

  it('takes a sheet that is gone as changed, and still reads the cells of the sheets there, a cell given twice checked by its last entry', async () => {
    const live = liveWorkbook(workbook(sheetGrid('成果', rows)));
    try {
      live.fake.sheet('成果').values[7][0] = '指標7（改）';
      const cells = [
        { sheet: '事業', row: 2, col: 1, value: 5 },
        // a cell expected twice: the last entry counts (the first says what it held before)
        ...expected.slice(0, 30).map((e, i) => (i === 21 ? { ...e, value: 'もとの値' } : e)),
        expected[21],
      ];
      const error = await Excel.run((context) =>
        assertExpectedCells(context, expectedCells(cells), (sheet) => sheet === '成果', MAX_OPERATION_BYTES + OPERATION_OVERHEAD_BYTES),
      ).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WorkbookChangedError);
      const changed = (error as WorkbookChangedError).changed.map((c) => [c.address, c.value, c.actual]);
      expect(changed).toEqual([
        ['事業!B3', 5, undefined],
        ['成果!A8', '指標7', '指標7（改）'],
      ]);
    } finally {
      live.uninstall();
    }
  });

  it('takes a sheet that is gone as changed when it is the only one expected, without a round trip', async () => {
    const live = liveWorkbook(workbook(sheetGrid('成果', rows)));
    try {
      const gone = [{ sheet: '事業', row: 2, col: 1, value: 5 }];
      const { result: error, syncs } = await measure(live.fake, () =>
        Excel.run((context) => assertExpectedCells(context, expectedCells(gone), (sheet) => sheet === '成果', MAX_OPERATION_BYTES)).then(
          () => undefined,
          (e: unknown) => e,
        ),
      );
      expect(error).toBeInstanceOf(WorkbookChangedError);
      expect((error as WorkbookChangedError).changed.map((c) => c.address)).toEqual(['事業!B3']);
      expect(syncs).toBe(0);
    } finally {
      live.uninstall();
    }
  });
});
