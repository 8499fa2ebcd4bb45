import fc from 'fast-check';
import type { ExpectedCell } from '../../../src/core/workbook/cell-grid';
import { ExpectedCellColumns, expectedCells } from '../../../src/core/workbook/expected-cell-list';
import { assertUnchanged, WorkbookChangedError } from '../../../src/core/workbook/expected-cells';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

const cell = fc.record({
  sheet: fc.constantFrom('成果指標', '事業一覧', "O'Brien"),
  row: fc.nat(2_000_000),
  col: fc.nat(16_383),
  value: fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)),
});

describe('expected cells held as columns', () => {
  it('gives back each cell as given, in order, past the first growth of its columns', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 80 }), (cells: ExpectedCell[]) => {
        const list = expectedCells(cells);
        expect(list.length).toBe(cells.length);
        expect([...list]).toEqual(cells);
        cells.forEach((c, i) => {
          expect([list.sheet(i), list.row(i), list.col(i), list.value(i)]).toEqual([c.sheet, c.row, c.col, c.value]);
          expect(list.at(i)).toEqual(c);
        });
        expect([...list.sheetNames()].sort()).toEqual([...new Set(cells.map((c) => c.sheet))].sort());
      }),
    );
  });

  it('concatenates and moves columns into new lists, leaving the first as it was', () => {
    const list = new ExpectedCellColumns();
    list.add('成果指標', 4, 12, 'A');
    list.add('事業一覧', 4, 12, 7);
    const more = list.concat([{ sheet: '記録', row: 0, col: 1, value: 'shinchoku' }]);
    const moved = list.copy((sheet, col) => (sheet === '成果指標' && col >= 10 ? col + 2 : col));
    expect([...list]).toEqual([
      { sheet: '成果指標', row: 4, col: 12, value: 'A' },
      { sheet: '事業一覧', row: 4, col: 12, value: 7 },
    ]);
    expect([...more].map((c) => c.sheet)).toEqual(['成果指標', '事業一覧', '記録']);
    expect([...moved].map((c) => c.col)).toEqual([14, 12]);
  });

  it('extends without copying: each list keeps its own cells and sheets, past growth, and a list extended is only read', () => {
    const cells = fc.array(cell, { maxLength: 40 });
    fc.assert(
      fc.property(cells, cells, cells, cells, (base: ExpectedCell[], x: ExpectedCell[], y: ExpectedCell[], z: ExpectedCell[]) => {
        const a = expectedCells(base);
        const b = a.concat(x);
        const c = a.concat(y);
        const d = b.concat(z);
        const names = (list: Iterable<ExpectedCell>) => [...new Set([...list].map((e) => e.sheet))].sort();
        for (const [list, want] of [
          [a, base],
          [b, [...base, ...x]],
          [c, [...base, ...y]],
          [d, [...base, ...x, ...z]],
        ] as const) {
          expect([...list]).toEqual(want);
          expect([...list.sheetNames()].sort()).toEqual(names(want));
        }
        expect(() => (a as ExpectedCellColumns).add('成果指標', 0, 0, null)).toThrow(/concat/);
      }),
    );
  });

  it('is checked against a grid cell by cell, a changed cell named with what it held and holds', () => {
    const grid = workbook(
      sheetGrid('成果指標', [
        ['No', '指標'],
        [1, '観光客数'],
      ]),
    );
    const list = expectedCells([
      { sheet: '成果指標', row: 1, col: 1, value: '観光客数' },
      { sheet: '成果指標', row: 1, col: 0, value: 2 },
    ]);
    const error = (() => {
      try {
        assertUnchanged(list, () => grid);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WorkbookChangedError);
    expect((error as WorkbookChangedError).changed).toEqual([
      { sheet: '成果指標', row: 1, col: 0, value: 2, address: '成果指標!A2', actual: 1 },
    ]);
    expect(() => assertUnchanged(expectedCells([{ sheet: '成果指標', row: 1, col: 0, value: 1 }]), () => grid)).not.toThrow();
  });
});
