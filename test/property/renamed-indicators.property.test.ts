import fc from 'fast-check';
import { nameSimilarity, projectNameKey } from '../../src/core/values/project-name';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import type { CellValue } from '../../src/core/workbook/cell-grid';
import { qualifiedAddress } from '../../src/core/workbook/cell-address';
import { sheetGrid, workbook } from '../helpers/sheet-grid';
import { fcOptions } from './hostile-cells';

// Renamed, extended, unrelated and repeated names of staff's long-layout sheets.
const NAMES = ['登録者数', '見守りシール登録者数', '講習会の開催回数', '講習会の実施回数', '売上額※', '売上件数'];

const longRow = fc.tuple(fc.constantFrom(1, 2), fc.constantFrom(...NAMES), fc.integer({ min: 2020, max: 2024 }));

/**
 * INDICATOR_RENAMED, as its definition reads: every pair of one owner's indicators, the earlier one
 * first in the sheet, whose years do not overlap (the earlier's last before the later's first) and
 * whose names are alike. The check itself looks only at the pairs that can qualify; it must say the same.
 */
describe('INDICATOR_RENAMED on the long layout', () => {
  it('reports exactly the pairs the definition names, in the order of the sheet', () => {
    fc.assert(
      fc.property(fc.array(longRow, { minLength: 1, maxLength: 24 }), (rows) => {
        const grid = workbook(
          sheetGrid('事業', [
            ['番号', '役割', '事業名'],
            [1, '1 圏域全体の経済成長のけん引', '連携事業1'],
            [2, '1 圏域全体の経済成長のけん引', '連携事業2'],
          ]),
          sheetGrid('指標', [
            ['番号', '指標', '年度', '目標値', '実績値'],
            ...rows.map(([no, name, year]): CellValue[] => [no, name, year, '10件', '9件']),
          ]),
        );
        const { model, issues } = validateWorkbook(grid);
        const alike = (a: string, b: string) => {
          const [x, y] = [projectNameKey(a), projectNameKey(b)];
          return x.includes(y) || y.includes(x) || nameSimilarity(a, b) >= 0.5;
        };
        const expected: { address: string; before: string; after: string }[] = [];
        model.indicators.forEach((earlier, i) => {
          for (const later of model.indicators.slice(i + 1)) {
            const [a, b] = [earlier.indicator, later.indicator];
            const [ya, yb] = [a.results.map((r) => r.year), b.results.map((r) => r.year)];
            if (a.projectNo !== b.projectNo || ya.length === 0 || yb.length === 0) continue;
            if (Math.max(...ya) < Math.min(...yb) && alike(a.name, b.name))
              expected.push({ address: qualifiedAddress(b.source.sheet, b.source.row, b.source.col), before: a.name, after: b.name });
          }
        });
        const renamed = issues.filter((issue) => issue.code === 'INDICATOR_RENAMED');
        expect(renamed.map((issue) => issue.address)).toEqual(expected.map((pair) => pair.address));
        renamed.forEach((issue, k) => {
          expect(issue.message.ja).toContain(`「${expected[k].before}」`);
          expect(issue.message.ja).toContain(`「${expected[k].after}」`);
        });
      }),
      fcOptions(300),
    );
  });
});
