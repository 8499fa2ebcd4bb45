import { cellAddress } from '../../src/core/workbook/cell-address';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { trendWorkbook } from '../../src/use-cases/trend-workbook';
import { UsageError } from '../../src/use-cases/resolve-year';
import { conferenceGradeWrites } from '../helpers/conference-grades';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { setCell } from '../helpers/sheet-grid';

const INDICATORS = '成果指標';

/** The sample workbook with the grades of both years typed as the conference material counts them. */
function gradedAsPrinted(): WorkbookGrid {
  const grid = sampleGrid();
  for (const w of conferenceGradeWrites(grid)) setCell(grid, w.sheet, cellAddress(w.row, w.col), w.value);
  return grid;
}

describe('trendWorkbook: 進捗評価の推移 from the workbook', () => {
  const report = trendWorkbook(gradedAsPrinted(), { now: new Date(2026, 11, 5) });

  it('reproduces the material: 42 items 76.4 % in FY2023, 45 items 78.9 % in FY2024, 3 more, +2.5 points', () => {
    const [fy2023, fy2024] = report.trend.years;
    expect(report.trend.years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(fy2023).toMatchObject({
      projects: 55,
      items: 55,
      counts: { A: 31, B: 11, C: 7, D: 4, '-': 2 },
      percents: { A: 56.4, B: 20.0, C: 12.7, D: 7.3, '-': 3.6 },
      favorable: { count: 42, percent: 76.4 },
      changeFromFirst: null,
      changeFromPrevious: null,
    });
    expect(fy2024).toMatchObject({
      projects: 57,
      items: 57,
      counts: { A: 31, B: 14, C: 5, D: 2, '-': 5 },
      percents: { A: 54.4, B: 24.5, C: 8.8, D: 3.5, '-': 8.8 },
      favorable: { count: 45, percent: 78.9 },
      changeFromFirst: 2.5,
      changeFromPrevious: 2.5,
    });
  });

  it('names the projects new in FY2024 as the material lists them (令和6年度（55事業→57事業）)', () => {
    expect(report.trend.years[1].newProjects).toEqual([
      { no: 56, name: '東青地区中学校体育大会夏季大会開催事業' },
      { no: 57, name: '東青地区中学校文化連盟活動事業' },
    ]);
  });

  it('writes 進捗評価の推移 with a row per year, the sentences, the new projects and its marker', () => {
    const sheet = report.sheet!;
    expect(sheet.name).toBe('進捗評価の推移');
    const text = (row: number, col = 0) => sheet.cells.find((c) => c.row === row && c.col === col)?.value ?? null;
    expect(text(0)).toBe('進捗評価の推移（令和5年度（2023年度）～令和6年度（2024年度））');
    const headers = sheet.cells.filter((c) => c.row === 2).map((c) => c.value);
    expect(headers).toEqual([
      '年度',
      '事業数',
      '項目数',
      'A',
      'B',
      'C',
      'D',
      '-',
      '比較的順調（A+B）',
      '割合',
      '初年度比（ポイント）',
      '前年度比（ポイント）',
    ]);
    const row = (r: number) => sheet.cells.filter((c) => c.row === r).map((c) => c.value);
    expect(row(3)).toEqual(['令和5年度（2023年度）', 55, 55, 31, 11, 7, 4, 2, 42, 0.764, null, null]);
    expect(row(4)).toEqual(['令和6年度（2024年度）', 57, 57, 31, 14, 5, 2, 5, 45, 0.789, 2.5, 2.5]);
    const lines = sheet.cells.filter((c) => c.col === 0 && c.row > 4).map((c) => c.value);
    expect(lines).toEqual([
      '全体の事業数は令和5年度（2023年度）の55事業から令和6年度（2024年度）には57事業',
      '比較的順調な割合は令和5年度（2023年度）の76.4%から令和6年度（2024年度）には78.9%（+2.5ポイント）',
      '新規事業',
      '令和6年度（2024年度）（55事業→57事業）',
      '・東青地区中学校体育大会夏季大会開催事業',
      '・東青地区中学校文化連盟活動事業',
      'このシートは進捗評価ツールが作成しました。［推移］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    ]);
    expect(report.changes!.sheets.map((s) => s.name)).toContain('進捗評価の推移');
  });

  it('leaves out a year without results and says so, never as 0 %', () => {
    const grid = sampleGrid(); // FY2023 has no actual and no grade in the sample
    const only = trendWorkbook(grid, { from: 'R2', to: '令和6年度' });
    expect(only.trend.years.map((y) => y.year)).toEqual([2024]);
    expect(only.trend.withoutResults).toEqual([2020, 2021, 2022, 2023]);
    const lines = only.sheet!.cells.filter((c) => c.col === 0).map((c) => c.value);
    expect(lines).toContain(
      '令和2年度（2020年度）、令和3年度（2021年度）、令和4年度（2022年度）、令和5年度（2023年度）は実績値・進捗評価が入力されていないため、載せていません。',
    );
    expect(only.sheet!.cells.some((c) => c.value === 0 && c.style?.numberFormat === '0.0%')).toBe(false);
  });

  it('builds no sheet over an error in a year it shows, and refuses a reversed or unreadable range', () => {
    const grid = gradedAsPrinted();
    setCell(grid, INDICATORS, 'K9', '四万三千'); // project 5's FY2024 actual, unreadable
    const stopped = trendWorkbook(grid);
    expect(stopped.sheet).toBeNull();
    expect(stopped.yearErrors.map((e) => e.address)).toContain(`${INDICATORS}!K9`);
    expect(() => trendWorkbook(grid, { from: 2024, to: 2020 })).toThrow(UsageError);
    expect(() => trendWorkbook(grid, { from: 'いつか' })).toThrow(UsageError);
  });
});
