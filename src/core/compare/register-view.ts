import type { CellPosition, RegisterProject } from '../model';
import { resultCell } from '../model';
import type { Quantity } from '../values/parse-cell-value';
import type { WorkbookModel } from '../sheets/read-workbook';
import { indicatorSheets, shownText } from '../sheets/shown-text';

/** A value of an indicator as compared: what the cell shows, and the number it holds. */
export interface ShownValue {
  text: string | null;
  quantity: Quantity | null;
}

export interface RegisterIndicator {
  name: string;
  baseline: ShownValue;
  finalTarget: ShownValue;
  /** Each year's own target, where the register gives one (a vision revises them: 中間年に目標値を見直す). */
  yearTargets: ReadonlyMap<number, ShownValue>;
  cell: CellPosition;
}

/** What a comparison needs of one register: its projects, its "-" rows, and its indicators by project. */
export interface RegisterView {
  projects: RegisterProject[];
  mergedAway: { name: string; into: number; cell: CellPosition }[];
  /** null for a register without indicators (a plan, 番号 · 事業名 · 事業区分 only). */
  indicators: ReadonlyMap<number, RegisterIndicator[]> | null;
}

export function registerView(model: WorkbookModel): RegisterView {
  const projects = model.projects.map(({ project: p }) => ({
    no: p.no,
    name: p.name,
    status: p.status,
    mergedInto: p.mergedInto,
    cell: p.source,
  }));
  const mergedAway = model.mergedAway.map((m) => ({ name: m.name, into: m.into, cell: m.source }));
  if (model.indicators.length === 0) return { projects, mergedAway, indicators: null };

  const sheets = indicatorSheets(model);
  const tables = new Map([
    ...(model.indicatorSheet && model.indicatorTable ? [[model.indicatorSheet.grid.name, model.indicatorTable] as const] : []),
    ...model.reportSheets.map((r) => [r.sheet.grid.name, r.table] as const),
  ]);
  const indicators = new Map<number, RegisterIndicator[]>();
  for (const { indicator: i, row } of model.indicators) {
    // role indicators are no project's: compared projects carry their own
    if (i.projectNo === null) continue;
    const table = tables.get(i.source.sheet);
    const at = (col: number | null | undefined) => (col === null || col === undefined ? null : { sheet: i.source.sheet, row, col });
    const list = indicators.get(i.projectNo) ?? [];
    list.push({
      name: i.name,
      baseline: { text: shownText(sheets, at(table?.columns.baseline), i.unit), quantity: i.baseline },
      finalTarget: { text: shownText(sheets, at(table?.finalTargetCol), i.unit), quantity: i.finalTarget },
      yearTargets: new Map(
        i.results
          .filter((r) => r.columns.target !== null)
          .map((r) => [r.year, { text: shownText(sheets, resultCell(r, 'target'), i.unit), quantity: r.target }]),
      ),
      cell: i.source,
    });
    indicators.set(i.projectNo, list);
  }
  return { projects, mergedAway, indicators };
}
