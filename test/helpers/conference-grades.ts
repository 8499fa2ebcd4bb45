import { isMerged, projectActiveIn } from '../../src/core/grading/grade-year';
import type { CellWrite, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';

/**
 * The conference material's tables (conference-2025.txt, 令和6年度取組実績): the items of each role
 * by grade, for FY2023 (【55事業】) and FY2024 (【57事業】).
 */
export const PRINTED_GRADES: Record<number, Record<number, Record<string, number>>> = {
  2023: { 1: { A: 11, B: 2, C: 1, D: 0, '-': 2 }, 2: { A: 1, B: 0, C: 0, D: 0, '-': 0 }, 3: { A: 19, B: 9, C: 6, D: 4, '-': 0 } },
  2024: { 1: { A: 7, B: 4, C: 2, D: 0, '-': 3 }, 2: { A: 1, B: 0, C: 0, D: 0, '-': 0 }, 3: { A: 23, B: 10, C: 3, D: 2, '-': 2 } },
};

/**
 * Grade cells for the sample workbook that type both years as the material counts them: the printed
 * numbers of each role spread over that role's counted items (merged ones are not items). Throws
 * when a role's items in the sample are not as many as the material prints.
 */
export function conferenceGradeWrites(grid: WorkbookGrid): CellWrite[] {
  const { model } = validateWorkbook(grid);
  const sheet = model.indicatorSheet!.name;
  const projects = new Map(model.projects.map((p) => [p.project.no, p]));
  const writes: CellWrite[] = [];
  for (const [year, roles] of Object.entries(PRINTED_GRADES).map(([y, r]) => [Number(y), r] as const)) {
    const col = model.indicatorTable!.years.find((y) => y.year === year && y.kind === 'grade')!.col;
    for (const [role, counts] of Object.entries(roles)) {
      const rows = model.indicators.filter((i) => {
        const p = i.indicator.projectNo === null ? undefined : projects.get(i.indicator.projectNo);
        return p?.project.role?.no === Number(role) && projectActiveIn(p.project, year) && !isMerged(i, p, year);
      });
      const labels = Object.entries(counts).flatMap(([label, n]) => Array<string>(n).fill(label));
      if (rows.length !== labels.length)
        throw new Error(`FY${year} role ${role}: ${rows.length} items, the material prints ${labels.length}`);
      rows.forEach((r, i) => writes.push({ sheet, row: r.row, col, value: labels[i] }));
    }
  }
  return writes;
}
