import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import { parseCellValue } from '../../src/core/values/parse-cell-value';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';

const sample = (): WorkbookGrid => ({ sheets: buildSampleSheets().map(sheetOutputToGrid) });
/** Names are kept in their NFKC form (full-width brackets become ASCII), as every cell the engine reads. */
const nfkc = (text: string) => text.normalize('NFKC');
const thousands = (text: string): number | null => (/^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : null);

describe('validateWorkbook on the sample workbook (no file in between)', () => {
  const report = validateWorkbook(sample());
  const { model } = report;

  it('reads 57 projects, 59 indicators and the years 2023 and 2024', () => {
    expect(model.projects).toHaveLength(57);
    expect(model.indicators).toHaveLength(59);
    expect(model.years).toEqual([2023, 2024]);
    expect(model.projectSheet?.name).toBe('事業一覧');
    expect(model.indicatorSheet?.name).toBe('成果指標');
  });

  it('checks FY2024, the latest year with results: each item of a live project with no actual or no target is a warning at its cell', () => {
    expect(report.year).toBe(2024);
    const gaps = report.issues.filter((i) => i.code === 'ACTUAL_MISSING' || i.code === 'TARGET_MISSING');
    // 57 items in FY2024 (merged 2 and 3 give none), 10 with the printed results
    expect(gaps).toHaveLength(57 - seedResults2024.length);
    expect(gaps.every((i) => i.severity === 'warning' && i.year === 2024 && i.sheet === '成果指標')).toBe(true);
    // a "—" final target gives no FY2024 target: those three are TARGET_MISSING at the FY2024 target cell
    const noTarget = gaps.filter((i) => i.code === 'TARGET_MISSING');
    expect(noTarget).toHaveLength(3);
    expect(gaps[0]).toMatchObject({ code: 'ACTUAL_MISSING', address: '成果指標!K4' });
    expect(gaps[0].message.ja).toBe(
      '指標「連携中枢都市圏ビジョンに記載する具体的取組数」の令和6年度（2024年度）の実績値が入力されていません。集計では「-」（実績値未入力）になります。',
    );
  });

  it('has no error, and besides the blank actuals only the three GROUP_COUNT_MISMATCH warnings of the 2022 headings that predate projects 56 and 57', () => {
    expect(report.errors).toBe(0);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const others = report.issues.filter((i) => i.code !== 'ACTUAL_MISSING' && i.code !== 'TARGET_MISSING');
    expect(report.warnings).toBe(others.length + 47);
    expect(others.map((i) => [i.code, i.severity, i.address])).toEqual([
      ['GROUP_COUNT_MISMATCH', 'warning', '事業一覧!B22'],
      ['GROUP_COUNT_MISMATCH', 'warning', '事業一覧!C22'],
      ['GROUP_COUNT_MISMATCH', 'warning', '事業一覧!D33'],
    ]);
    expect(others.map((i) => i.message.ja)).toEqual([
      '見出し「3 圏域全体の生活関連機能サービスの向上 (37 事業)」の事業数 37 が、その下の事業数 39 と一致しません。',
      '見出し「(1) 生活機能の強化に係る政策分野 (28 事業)」の事業数 28 が、その下の事業数 30 と一致しません。',
      '見出し「④教育・文化・スポーツ (7 事業)」の事業数 7 が、その下の事業数 9 と一致しません。',
    ]);
  });

  it('reads every project as the seeds have it: role, merge, start year, towns and budgets', () => {
    for (const seed of seedProjects) {
      const p = model.projects.find((x) => x.project.no === seed.no)!.project;
      expect(p.name).toBe(nfkc(seed.name));
      expect(p.role?.no).toBe(seed.role);
      expect(p.startYear).toBe(seed.startYear);
      expect(p.status).toBe(seed.mergedInto ? '統合' : seed.category);
      expect(p.mergedInto).toBe(seed.mergedInto ? 4 : null);
      expect(p.participants).toEqual(['平内町', '今別町', '外ヶ浜町', '蓬田村'].filter((_, i) => seed.participation[i]));
      expect(p.budget.years).toEqual(Object.keys(seed.budget).map(Number));
      expect(p.budget.amounts).toEqual(Object.values(seed.budget).map(thousands));
      expect(p.budget.total).toBe(thousands(seed.budgetTotal));
    }
  });

  it('reads every indicator with its baseline, final target and FY2024 result', () => {
    const all = seedProjects.flatMap((p) => p.indicators.map((i) => ({ no: p.no, ...i })));
    expect(model.indicators.map((r) => [r.indicator.projectNo, r.indicator.name])).toEqual(all.map((i) => [i.no, nfkc(i.name)]));
    model.indicators.forEach((row, k) => {
      const seed = all[k];
      const baseline = parseCellValue(seed.baseline);
      expect(row.indicator.baseline).toEqual(baseline.kind === 'quantity' ? baseline.quantity : null);
      const target = parseCellValue(seed.target);
      expect(row.indicator.finalTarget).toEqual(target.kind === 'quantity' ? target.quantity : null);
      expect(row.merged).toBe(seed.target === 'NO.4に統合');
      expect(row.finalTargetYear).toBe(2024);
      const printed = seedResults2024.find((r) => r.projectNo === seed.no && r.indicatorName === seed.name);
      const fy2024 = row.indicator.results.find((r) => r.year === 2024)!;
      expect(fy2024.enteredGrade).toBe(printed?.grade ?? null);
      expect(fy2024.actual?.value ?? null).toBe(printed ? Number(/[\d,]+/.exec(printed.actual)![0].replace(/,/g, '')) : null);
    });
  });

  it('reads the 累計 indicators as cumulative', () => {
    const cumulative = model.indicators.filter((r) => r.indicator.cumulative).map((r) => r.indicator.projectNo);
    expect(cumulative).toEqual([6, 7, 10, 53]);
  });
});
