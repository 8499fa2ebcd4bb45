import { PROJECT_STATUSES, type IndicatorChange, type MergedProject, type RegisterComparison } from '../model';
import { normalizeText } from '../values/normalize-text';
import { parseCellValue } from '../values/parse-cell-value';
import { sameProjectName } from '../values/project-name';
import { conversionFactor } from '../values/units';
import { matchNames } from './match-names';
import type { RegisterIndicator, RegisterView, ShownValue } from './register-view';

/** Two cells that mean the same value: the same number in units that convert, or the same words; blanks and dashes alike. */
function sameValue(a: ShownValue, b: ShownValue): boolean {
  if (a.quantity && b.quantity) {
    const factor = conversionFactor(a.quantity.unit, b.quantity.unit);
    const { atLeast, atMost, perYear } = a.quantity;
    return (
      factor !== undefined &&
      Math.abs(a.quantity.value * factor - b.quantity.value) < 1e-9 * Math.max(1, Math.abs(b.quantity.value)) &&
      atLeast === b.quantity.atLeast &&
      atMost === b.quantity.atMost &&
      perYear === b.quantity.perYear
    );
  }
  if (a.quantity || b.quantity) return false;
  const blank = (v: ShownValue) => v.text === null || parseCellValue(v.text).kind === 'empty';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return normalizeText(a.text).replace(/\s/g, '') === normalizeText(b.text).replace(/\s/g, '');
}

function indicatorChanges(
  project: { old: number; new: number; name: string },
  before: readonly RegisterIndicator[],
  after: readonly RegisterIndicator[],
): IndicatorChange[] {
  const changes: IndicatorChange[] = [];
  const pairs = matchNames(
    before.map((i) => i.name),
    after.map((i) => i.name),
  );
  const change = (
    kind: IndicatorChange['kind'],
    i: RegisterIndicator,
    was: string | null,
    now: string | null,
    year: number | null = null,
  ) => changes.push({ ...project, project: project.name, indicator: i.name, kind, year, before: was, after: now, cell: i.cell });
  for (const p of pairs) {
    const [was, now] = [before[p.old], after[p.new]];
    if (!sameProjectName(was.name, now.name)) change('renamed', now, was.name, now.name);
    if (!sameValue(was.baseline, now.baseline)) change('baseline', now, was.baseline.text, now.baseline.text);
    if (!sameValue(was.finalTarget, now.finalTarget)) change('target', now, was.finalTarget.text, now.finalTarget.text);
    for (const [year, target] of now.yearTargets) {
      const before = was.yearTargets.get(year);
      if (before && !sameValue(before, target)) change('target', now, before.text, target.text, year);
    }
  }
  before.forEach((i, n) => pairs.some((p) => p.old === n) || change('removed', i, i.name, null));
  after.forEach((i, n) => pairs.some((p) => p.new === n) || change('added', i, null, i.name));
  return changes;
}

/**
 * What became of every project of the old register in the new one. The new register's "-" rows
 * (「NO 2へ統合」) claim the old projects they name first; the rest are paired by name and, between
 * pairs, by place (`matchNames`). Numbers only say whether a project was renumbered: registers
 * renumber whenever a project is added in the middle (水道事業 is 37, then 40, then 37 again).
 */
export function compareRegisters(before: RegisterView, after: RegisterView): RegisterComparison {
  const newByNo = new Map(after.projects.map((p) => [p.no, p]));
  const away = matchNames(
    before.projects.map((p) => p.name),
    after.mergedAway.map((m) => m.name),
    { neighbours: false },
  );
  const merged: MergedProject[] = after.mergedAway.map((m, i) => {
    const old = away.find((p) => p.new === i);
    return {
      old: old ? before.projects[old.old].no : null,
      into: m.into,
      intoName: newByNo.get(m.into)?.name ?? null,
      name: m.name,
      cell: m.cell,
    };
  });

  const left = before.projects.filter((_, i) => !away.some((p) => p.old === i));
  // a project the new register marks 新規 is paired by its name only, never by its place
  const pairs = matchNames(
    left.map((p) => p.name),
    after.projects.map((p) => p.name),
    { neighbours: true, placeable: (n) => after.projects[n].status !== '新規', lonePairs: true },
  );
  const matched = pairs.map((p) => {
    const [was, now] = [left[p.old], after.projects[p.new]];
    return {
      old: was.no,
      new: now.no,
      name: now.name,
      oldName: was.name,
      renamed: !sameProjectName(was.name, now.name),
      renumbered: was.no !== now.no,
      similarity: Number(p.similarity.toFixed(2)),
      byPosition: p.byPosition,
      status: now.status,
      oldCell: was.cell,
      newCell: now.cell,
    };
  });
  const newNoOf = new Map(matched.map((m) => [m.old, m.new]));
  const matchedNew = new Set(matched.map((m) => m.new));

  // a numbered row marked 統合 in the new register, unless the old one was already merged into the same project
  for (const p of after.projects) {
    if (p.status !== '統合' || p.mergedInto === null) continue;
    const pair = matched.find((m) => m.new === p.no);
    const was = pair ? left.find((o) => o.no === pair.old) : undefined;
    if (was?.mergedInto != null && newNoOf.get(was.mergedInto) === p.mergedInto) continue;
    merged.push({
      old: pair?.old ?? null,
      into: p.mergedInto,
      intoName: newByNo.get(p.mergedInto)?.name ?? null,
      name: p.name,
      cell: p.cell,
    });
  }

  const statusCounts = Object.fromEntries(PROJECT_STATUSES.map((s) => [s, 0])) as RegisterComparison['statusCounts'];
  for (const p of after.projects) if (p.status) statusCounts[p.status]++;
  statusCounts['統合'] += after.mergedAway.length;

  const changes: IndicatorChange[] = [];
  if (before.indicators && after.indicators) {
    for (const m of matched) {
      changes.push(...indicatorChanges(m, before.indicators.get(m.old) ?? [], after.indicators.get(m.new) ?? []));
    }
  }
  return {
    statusCounts,
    statusMissing: after.projects.filter((p) => p.status === null).length,
    oldProjects: before.projects.length,
    newProjects: after.projects.length,
    matched,
    added: after.projects.filter((p) => !matchedNew.has(p.no)),
    removed: left.filter((p) => !newNoOf.has(p.no)),
    merged,
    indicatorsCompared: before.indicators !== null && after.indicators !== null,
    indicatorChanges: changes,
  };
}

/** The counts a comparison is summed up by, on the sheet and on the terminal. */
export function comparisonCounts(c: RegisterComparison) {
  return {
    matched: c.matched.length,
    renumbered: c.matched.filter((m) => m.renumbered).length,
    renamed: c.matched.filter((m) => m.renamed).length,
    added: c.added.length,
    removed: c.removed.length,
    merged: c.merged.length,
  };
}
