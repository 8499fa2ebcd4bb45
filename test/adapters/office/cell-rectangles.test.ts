import fc from 'fast-check';
import { groupIndicesIntoColumns } from '../../../src/adapters/office/cell-rectangles';

// Cells held as columns of numbers (the expected cells of a write) are grouped by their numbers.
describe('cells grouped into ranges by their numbers', () => {
  it('is grouped into hole-free rectangles holding each cell once, by its last entry, and nothing else', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ row: fc.nat(30), col: fc.nat(6), value: fc.nat(9) }), { maxLength: 120 }), (cells) => {
        const rects = groupIndicesIntoColumns(
          cells.length,
          (i) => cells[i].row,
          (i) => cells[i].col,
        );
        const placed: number[] = [];
        for (const { range, columns } of rects) {
          expect(columns).toHaveLength(range.right - range.left + 1);
          columns.forEach((column, c) => {
            expect(column).toHaveLength(range.bottom - range.top + 1);
            // each place of the rectangle holds the cell given for it
            column.forEach((i, r) => expect([cells[i].row, cells[i].col]).toEqual([range.top + r, range.left + c]));
            placed.push(...column);
          });
        }
        const last = new Map(cells.map((c, i) => [`${c.row},${c.col}`, i]));
        expect(placed.sort((a, b) => a - b)).toEqual([...last.values()].sort((a, b) => a - b));
      }),
    );
  });
});
