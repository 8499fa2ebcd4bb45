import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import type { CellValue, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { columnLetters } from '../../src/core/workbook/cell-address';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { setCell } from '../helpers/sheet-grid';

const INDICATORS = '成果指標';

/**
 * The sample with 役割ごとの成果指標 under its project indicators, as the second vision sets them: 「役割1」 in
 * 番号 (and a second row of the same role with the number left blank), the year's target and actual in the
 * FY2024 columns (J, K), a grade typed in L for the last one.
 */
function withRoleIndicators(first: CellValue = '役割1'): WorkbookGrid {
  const grid = sampleGrid();
  const rows: CellValue[][] = [
    [first, null, '圏域の事業所従業者数', '人', '—', '—', null, null, null, '10,000人', '10,500人', null],
    [null, null, '圏域の創業件数', '件', '—', '—', null, null, null, '40件', '30件', null],
    ['役割 3', null, '連携事業への参加者数', '人', '—', '—', null, null, null, '1,000人', '400人', 'A'],
  ];
  rows.forEach((values, i) => values.forEach((v, col) => setCell(grid, INDICATORS, `${columnLetters(col)}${63 + i}`, v)));
  return grid;
}

describe('役割ごとの成果指標: indicators of a role, not of a project', () => {
  it('reads 「役割1」 in 番号 as role 1 (and the blank number below it as the same role), with no error', () => {
    const report = validateWorkbook(withRoleIndicators(), undefined, 2024);
    const roles = report.model.indicators
      .filter((i) => i.indicator.roleNo !== null)
      .map((i) => [i.indicator.roleNo, i.indicator.projectNo, i.indicator.name]);
    expect(roles).toEqual([
      [1, null, '圏域の事業所従業者数'],
      [1, null, '圏域の創業件数'],
      [3, null, '連携事業への参加者数'],
    ]);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    // a typed grade the rule does not give is said, like any indicator's
    expect(report.issues.filter((i) => i.code === 'GRADE_DIFFERS').map((i) => i.cell)).toEqual(['L65']);
  });

  it('names a role the register does not have: an error at each of its rows', () => {
    const report = validateWorkbook(withRoleIndicators('役割4'), undefined, 2024);
    expect(report.issues.filter((i) => i.code === 'ROLE_UNKNOWN').map((i) => [i.sheet, i.cell, i.severity])).toEqual([
      [INDICATORS, 'A63', 'error'],
      [INDICATORS, 'A64', 'error'],
    ]);
  });

  it('grades them like any indicator: 105 % is A, exactly 75 % is B, a typed A is kept', () => {
    const report = gradeWorkbook(withRoleIndicators(), { year: 2024 });
    const grades = report.changed.filter((c) => c.kind === 'grade' && c.row >= 62).map((c) => [c.address, c.value]);
    expect(grades).toEqual([
      [`${INDICATORS}!L63`, 'A'],
      [`${INDICATORS}!L64`, 'B'],
    ]);
    expect(report.skipped.filter((c) => c.row >= 62).map((c) => [c.address, c.before])).toEqual([[`${INDICATORS}!L65`, 'A']]);
    const owners = report.byIndicator.indicators.filter((g) => g.roleNo !== null).map((g) => [g.roleNo, g.projectNo, g.label]);
    expect(owners).toEqual([
      [1, null, 'A'],
      [1, null, 'B'],
      [3, null, 'D'],
    ]);
  });

  it('summarises them in their own block: the projects’ 57 items and shares do not change', () => {
    const plain = summariseWorkbook(sampleGrid(), { year: 2024 }).summary;
    const { summary, sheet } = summariseWorkbook(withRoleIndicators(), { year: 2024 });
    expect(summary.totals).toEqual(plain.totals);
    expect(summary.roles).toEqual(plain.roles);
    expect(summary.favorable).toEqual(plain.favorable);
    expect(plain.roleIndicators).toBeUndefined();
    expect(summary.roleIndicators).toEqual([
      expect.objectContaining({
        roleNo: 1,
        indicator: '圏域の事業所従業者数',
        actual: '10,500人',
        target: '10,000人',
        label: 'A',
        rate: 1.05,
        computed: null,
      }),
      expect.objectContaining({ roleNo: 1, indicator: '圏域の創業件数', label: 'B', rate: 0.75, computed: null }),
      // counted as typed, the rule's grade named beside it
      expect.objectContaining({ roleNo: 3, indicator: '連携事業への参加者数', label: 'A', computed: 'D', address: `${INDICATORS}!L65` }),
    ]);
    expect(summary.roleIndicators![0].roleName).toBe('圏域全体の経済成長のけん引');
    const text = sheet!.cells.map((c) => c.value);
    expect(text).toContain('役割ごとの成果指標');
    expect(text).toContain('役割1 圏域の事業所従業者数');
    expect(text).toContain('A（105.0%）');
    expect(text).toContain('A（計算結果 D）');
  });
});

describe('a role row without an indicator name', () => {
  it('names the role, not a project number', () => {
    const grid = sampleGrid();
    setCell(grid, '成果指標', 'A63', '役割2');
    setCell(grid, '成果指標', 'J63', '5件');
    const found = validateWorkbook(grid).issues.find((i) => i.code === 'INDICATOR_NAME_MISSING');
    expect(found?.message).toEqual({ ja: '役割2 の行に指標名がありません。', en: 'A row of role 2 has no indicator name.' });
  });
});
