import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { seedProjects, seedResults2024 } from '../../../src/sample/aomori-seed-data';
import { cellAt } from '../../helpers/sheet-grid';

describe('sheetOutputToGrid on the sample sheets', () => {
  const [projects, indicators] = buildSampleSheets().map(sheetOutputToGrid);

  it('keeps the sheet names and gives values, formulas and formats the same shape', () => {
    expect([projects.name, indicators.name]).toEqual(['事業一覧', '成果指標']);
    for (const g of [projects, indicators]) {
      expect(g.formulas.map((r) => r.length)).toEqual(g.values.map((r) => r.length));
      expect(g.numberFormats.map((r) => r.length)).toEqual(g.values.map((r) => r.length));
      expect(g.formulas.flat().every((f) => f === null)).toBe(true);
    }
  });

  it('puts the first project on row 4 and the last on row 60', () => {
    expect(cellAt(projects, 'A4')).toBe(1);
    expect(cellAt(projects, 'E4')).toBe(seedProjects[0].name);
    expect(cellAt(projects, 'A60')).toBe(57);
    expect(projects.values).toHaveLength(60);
  });

  it('keeps the typed budget numbers with their number format, and dashes as text', () => {
    // project 9 on row 12: 2020 "—", 2021 "629"; the budget years start in column M (8 columns, then the 4 towns)
    expect(cellAt(projects, 'M12')).toBe('—');
    expect(cellAt(projects, 'N12')).toBe(629);
    expect(projects.numberFormats[11][13]).toBe('#,##0');
  });

  it('keeps the merges, e.g. the role merged down over its 17 projects', () => {
    expect(projects.merges).toContainEqual({ top: 3, left: 1, bottom: 19, right: 1 });
  });

  it('holds the printed FY2024 results as text, as staff type them', () => {
    // project 5 is on row 9: 2024 target/actual/grade in J/K/L
    const r = seedResults2024.find((x) => x.projectNo === 5)!;
    expect(['J9', 'K9', 'L9'].map((a) => cellAt(indicators, a))).toEqual([r.target, r.actual, r.grade]);
  });
});
