import { seedProjects } from '../../src/sample/aomori-seed-data';
import type { SeedProject } from '../../src/sample/seed-types';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { sheetGrid, workbook } from './sheet-grid';

export interface RegisterRow {
  project: SeedProject;
  status: string;
  indicators: { name: string; baseline: string; target: string }[];
}

/**
 * The 2022 vision's projects that had joined by `year`, in its order: the register of that time,
 * numbered as it was then (the vision change of 2021 numbers its new projects 4, 21, 36 and 39,
 * which is where they fall in this order; see the test that checks it).
 */
export function projectsInForce(year: number): SeedProject[] {
  return seedProjects.filter((p) => (p.startYear ?? 2020) <= year);
}

/** A register as a coordinator keeps it: 番号 · 役割 · 事業名 · 事業区分, and (with indicators) 成果指標 beside it. */
export function registerWorkbook(rows: RegisterRow[], withIndicators: boolean): WorkbookGrid {
  const projects = sheetGrid('事業一覧', [
    ['連携事業一覧'],
    [],
    ['番号', '役割', '事業名', '事業区分'],
    ...rows.map((r, i) => [i + 1, r.project.roleHeading, r.project.name, r.status]),
  ]);
  if (!withIndicators) return workbook(projects);
  const indicators = sheetGrid('成果指標', [
    ['番号', '事業名', '指標名', '現状値', '目標値（2024年度）'],
    ...rows.flatMap((r, i) => r.indicators.map((ind) => [i + 1, r.project.name, ind.name, ind.baseline, ind.target])),
  ]);
  return workbook(projects, indicators);
}
