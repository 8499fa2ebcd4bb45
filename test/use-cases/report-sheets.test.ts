import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedProjects } from '../../src/sample/aomori-seed-data';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { sheetGrid } from '../helpers/sheet-grid';

const name = (no: number) => seedProjects.find((p) => p.no === no)!.name;

/**
 * The register as staff keep it, and one evaluation sheet (評価調書) per project as the conference
 * material prints them (conference-2025: project 5's 売上額 43,698千円 of 50,500千円, project 21's
 * セミナー参加者数 110名 of 100名), with free text below the table.
 */
function workbook(options: { boxYear?: string } = {}): WorkbookGrid {
  const register = sheetOutputToGrid(buildSampleSheets()[0]);
  const report5 = sheetGrid('調書（5）', [
    ['令和6年度 連携事業 評価調書'],
    [],
    ['事業番号', 5, '事業名', name(5)],
    [],
    ['指標', '実績値', '進捗評価', '目標値'],
    ['売上額※', '43,698千円', null, '50,500千円'],
    [],
    ['実績'],
    ['首都圏での商談会を3回開催した。'],
  ]);
  // a conference box: the labels above their values, and no year unless the title gives one
  const report21 = sheetGrid('21', [
    [options.boxYear ?? '在宅医療推進のための共同セミナー'],
    ['事業番号', '事業名'],
    [21, name(21)],
    ['指標', '実績値 (目標値)', '進捗評価'],
    ['セミナー参加者数', '110名 (100名)', 'A'],
    [],
    ['参加者数 地域住民、東青地域の公立病院ほか 110人'],
  ]);
  return { sheets: [register, report5, report21] };
}

describe('evaluation sheets (評価調書) and conference boxes, one project each', () => {
  it('reads each project from its labelled cells and the year from the title, and leaves the free text below alone', () => {
    const report = validateWorkbook(workbook({ boxYear: '令和6年度 在宅医療推進のための共同セミナー' }));
    expect(report.model.reportSheets.map((r) => [r.sheet.name, r.project.no, r.year])).toEqual([
      ['調書（5）', 5, 2024],
      ['21', 21, 2024],
    ]);
    expect(report.model.indicators.map((i) => [i.indicator.projectNo, i.indicator.name, i.indicator.results[0].actual?.value])).toEqual([
      [5, '売上額※', 43698],
      [21, 'セミナー参加者数', 110],
    ]);
    expect(report.errors).toBe(0);
    expect(report.issues.filter((i) => i.code !== 'GROUP_COUNT_MISMATCH')).toEqual([]);
  });

  it('takes the year asked for where a box names none, and says so where none is asked for', () => {
    const asked = validateWorkbook(workbook(), undefined, '令和6年度');
    expect(asked.model.reportSheets.map((r) => r.year)).toEqual([2024, 2024]);
    const unasked = validateWorkbook(workbook());
    expect(unasked.model.reportSheets.map((r) => r.sheet.name)).toEqual(['調書（5）']);
    expect(unasked.issues.find((i) => i.code === 'REPORT_YEAR_MISSING')).toMatchObject({ severity: 'warning', address: '21' });
  });

  it("grades into each sheet's own 進捗評価 cell, and the summary counts them", () => {
    const grid = workbook({ boxYear: '令和6年度 在宅医療推進のための共同セミナー' });
    const graded = gradeWorkbook(grid, { year: 2024 });
    expect(graded.changed.map((c) => [c.address, c.value])).toEqual([
      ["'調書（5）'!E5", '2024年度達成率'],
      ["'調書（5）'!C6", 'B'],
      ["'調書（5）'!E6", 43698 / 50500],
      ['21!D4', '2024年度達成率'],
      ['21!D5', 1.1],
    ]);
    // the typed A of project 21 is what the rule gives: kept, nothing to change
    expect(graded.skipped).toEqual([]);
    const { summary } = summariseWorkbook(grid, { year: 2024 });
    expect([summary.totals.items, summary.totals.counts.A, summary.totals.counts.B]).toEqual([2, 1, 1]);
  });

  it("names a project whose labelled name is not the register's for its number", () => {
    const grid = workbook({ boxYear: '令和6年度' });
    grid.sheets[1].values[2][3] = name(21);
    const issues = validateWorkbook(grid).issues.filter((i) => i.code === 'PROJECT_NAME_MISMATCH');
    expect(issues.map((i) => i.address)).toEqual(["'調書（5）'!D3"]);
  });
});
