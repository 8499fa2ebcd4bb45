import { buildSummarySheet, SUMMARY_SHEET_NAME } from '../../../src/core/summary/summary-sheet';
import { summariseItems, type SummaryItem } from '../../../src/core/summary/build-summary';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { parseCellValue } from '../../../src/core/values/parse-cell-value';
import type { Summary } from '../../../src/core/model';
import { cellAt } from '../../helpers/sheet-grid';

const ROLES = [
  { no: 1, name: '圏域全体の経済成長のけん引' },
  { no: 2, name: '高次の都市機能の集積・強化' },
  { no: 3, name: '圏域全体の生活関連機能サービスの向上' },
];

function items(rows: number[][]): SummaryItem[] {
  const labels = ['A', 'B', 'C', 'D', '-'];
  return rows.flatMap((counts, r) => counts.flatMap((n, i) => Array.from({ length: n }, () => ({ roleNo: r + 1, label: labels[i] }))));
}

// conference-2025: 令和5年度 and 令和6年度
const fy2023 = summariseItems(
  2023,
  ROLES.map((r, i) => ({ ...r, projects: [17, 1, 37][i] })),
  items([
    [11, 2, 1, 0, 2],
    [1, 0, 0, 0, 0],
    [19, 9, 6, 4, 0],
  ]),
  DEFAULT_POLICY,
);
const fy2024 = summariseItems(
  2024,
  ROLES.map((r, i) => ({ ...r, projects: [17, 1, 39][i] })),
  items([
    [7, 4, 2, 0, 3],
    [1, 0, 0, 0, 0],
    [23, 10, 3, 2, 2],
  ]),
  DEFAULT_POLICY,
);
const summary: Summary = { ...fy2024, previous: fy2023 };

describe('buildSummarySheet', () => {
  const sheet = buildSummarySheet(summary, DEFAULT_POLICY);
  const grid = sheetOutputToGrid(sheet);

  it('is the 評価集計 sheet', () => {
    expect(sheet.name).toBe(SUMMARY_SHEET_NAME);
    expect(grid.name).toBe('評価集計');
    expect(cellAt(grid, 'A1')).toBe('令和6年度（2024年度）進捗評価の集計');
  });

  it('lays out the conference table: header, a row per role, 計, percents, groups', () => {
    expect(grid.values[3].slice(0, 7)).toEqual([null, 'A', 'B', 'C', 'D', '-', '計']);
    expect(grid.values[4].slice(0, 7)).toEqual(['1 圏域全体の経済成長のけん引 【17事業】', 7, 4, 2, 0, 3, 16]);
    expect(grid.values[5].slice(0, 7)).toEqual(['2 高次の都市機能の集積・強化 【1事業】', 1, 0, 0, 0, 0, 1]);
    expect(grid.values[6].slice(0, 7)).toEqual(['3 圏域全体の生活関連機能サービスの向上 【39事業】', 23, 10, 3, 2, 2, 40]);
    expect(grid.values[7].slice(0, 7)).toEqual(['計 【57事業】', 31, 14, 5, 2, 5, 57]);
    expect(grid.values[9].slice(0, 6)).toEqual(['A+B / C+D / -', 45, null, 7, null, 5]);
  });

  it('stores the percent row as fractions with a % format that read back as the printed digits', () => {
    const percents = [1, 2, 3, 4, 5].map((c) => parseCellValue(grid.values[8][c], grid.numberFormats[8][c]));
    expect(percents.map((p) => (p.kind === 'quantity' ? [p.quantity.value, p.quantity.unit] : p.kind))).toEqual([
      [54.4, '%'],
      [24.5, '%'],
      [8.8, '%'],
      [3.5, '%'],
      [8.8, '%'],
    ]);
  });

  it('merges the grouped row A+B and C+D across their columns', () => {
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 9, left: 1, bottom: 9, right: 2 },
        { top: 9, left: 3, bottom: 9, right: 4 },
      ]),
    );
  });

  it('states 比較的順調 and its change from the previous year', () => {
    const texts = grid.values.map((r) => r[0]).filter((v): v is string => typeof v === 'string');
    expect(texts).toContain('比較的順調（A+B）: 45項目 78.9%');
    expect(texts).toContain('前年度（2023年度）: 42項目 76.4% → 3項目増加');
    expect(texts).toContain('B : 概ね順調（75%以上）');
  });
});
