import { PROJECT_STATUSES, type CellPosition, type Project, type ValidationIssue } from '../model';
import { normalizeText } from '../values/normalize-text';
import { parseCellValue } from '../values/parse-cell-value';
import { findFiscalYear, parseFiscalYear } from '../values/parse-fiscal-year';
import { issue } from '../checks/validation-issue';
import type { FilledSheet } from './filled-sheet';
import type { TableLocation } from './locate-table';
import { parseHeading, type Heading } from './parse-heading';
import type { ProjectField } from './table-columns';
import { fitted } from '../model/fitted-array';

export type ProjectTable = TableLocation<ProjectField>;

/** A project with the cells it came from, for writes and messages. */
export interface ProjectRow {
  project: Project;
  row: number;
  headings: { role: Heading | null; policyArea: Heading | null; field: Heading | null };
}

/**
 * 「- | あおもりフィールドスタディ支援事業 | NO 2へ統合」: a project of an earlier register, merged into one
 * of this register. It keeps its row (the conference list prints it), not a number.
 */
export interface MergedAwayRow {
  name: string;
  /** The number, in this register, of the project it joined. */
  into: number;
  row: number;
  source: CellPosition;
}

const PARTICIPATES = /^[○◯〇●◎✓✔]$/u;
const NOT_PARTICIPATING = /^(?:[×x✕-]|)$/u;

/** "12", 12, "１２" → 12; anything else (e.g. "１２三", "12.5") is not a project number. */
export function parseProjectNo(raw: unknown): number | 'empty' | 'invalid' {
  if (typeof raw === 'number') return Number.isInteger(raw) && raw > 0 ? raw : 'invalid';
  const text = normalizeText(raw).replace(/^(?:no\.?|№)\s*/i, '');
  if (text === '') return 'empty';
  return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : 'invalid';
}

function parseStatus(raw: string): { status: Project['status']; mergedInto: number | null; known: boolean } {
  if (!raw) return { status: null, mergedInto: null, known: true };
  const parsed = parseCellValue(raw);
  if (parsed.kind === 'not-graded' && parsed.reason === 'merged') {
    return { status: '統合', mergedInto: parsed.mergedInto, known: true };
  }
  const status = PROJECT_STATUSES.find((s) => raw.includes(s)) ?? null;
  return { status, mergedInto: null, known: status !== null };
}

/**
 * A row that only holds a heading ("1 圏域全体…（17事業）", "(2) 産業…", "①地域医療 (3 事業)") sets the
 * level for the rows below. Headings are typed in the 番号 column or merged across the row, so the row
 * is read by its own cells (a merged heading is one cell) and in raw text (NFKC would turn ① into 1).
 * A mistyped number ("１２三") is not a heading, and neither is a lone name in the 事業名 column.
 */
function headingOnlyRow(sheet: FilledSheet, row: number, table: ProjectTable): Heading | null {
  let found: { text: string; col: number } | null = null;
  for (let c = 0; c <= table.lastCol; c++) {
    if (sheet.isMergedContinuation(row, c)) continue;
    const raw = sheet.ownValue(row, c);
    const t = raw === null ? '' : String(raw).trim();
    if (!t) continue;
    if (found !== null) return null;
    found = { text: t, col: c };
  }
  if (!found) return null;
  const { text, col } = found;
  const mergedAcross = sheet.grid.merges.some((m) => m.top <= row && row <= m.bottom && m.left === col && m.right > col);
  if (col === table.columns.name && !mergedAcross) return null;
  const heading = parseHeading(text);
  if (!heading || heading.no === null || !/[^\d〇一二三四五六七八九十百千万]/u.test(heading.name)) return null;
  return heading;
}

/**
 * A project's role, policy area and field as the model keeps them: one frozen object per heading, shared by
 * every project under it (a register's 50,000 projects have a handful).
 */
function sharedLevels() {
  const roles = new Map<Heading, Map<number, NonNullable<Project['role']>>>();
  const groups = new Map<Heading, NonNullable<Project['policyArea']>>();
  return {
    role(heading: Heading, no: number) {
      let byNo = roles.get(heading);
      if (!byNo) roles.set(heading, (byNo = new Map()));
      let role = byNo.get(no);
      if (!role) byNo.set(no, (role = Object.freeze({ no, name: heading.name, statedCount: heading.statedCount })));
      return role;
    },
    group(heading: Heading) {
      let group = groups.get(heading);
      if (!group) groups.set(heading, (group = Object.freeze({ text: heading.name, statedCount: heading.statedCount })));
      return group;
    },
  };
}

export function readProjects(
  sheet: FilledSheet,
  table: ProjectTable,
): { rows: ProjectRow[]; mergedAway: MergedAwayRow[]; issues: ValidationIssue[] } {
  const col = table.columns;
  const rows: ProjectRow[] = [];
  const mergedAway: MergedAwayRow[] = [];
  const issues: ValidationIssue[] = [];
  const at = (row: number, c: number) => ({ sheet: sheet.name, row, col: c });
  const budgetColumns = table.years.filter((y) => y.kind === 'budget');
  const budgetYears = budgetColumns.map((b) => b.year);
  let role: Heading | null = null;
  let policyArea: Heading | null = null;
  let field: Heading | null = null;
  const roleNoByName = new Map<string, number>();
  const levels = sharedLevels();
  // Projects under the same headings share one record of them, and projects of the same members one list:
  // a register repeats both (at 50,000 projects, one of each per project was 7 MB). Shared, they are frozen:
  // a change made through one project would otherwise be every such project's.
  const headingSets = new Map<string, ProjectRow['headings']>();
  const participantLists = new Map<string, string[]>();

  for (let row = table.firstDataRow; row < sheet.rowCount; row++) {
    if (sheet.rowIsBlank(row)) continue;
    const noRaw = col.no !== undefined ? sheet.value(row, col.no) : null;
    const no = parseProjectNo(noRaw);
    const name = col.name !== undefined ? sheet.text(row, col.name) : '';

    // Hierarchy: a new role resets policy area and field; a new policy area resets field.
    // Raw text: NFKC would turn ① into 1 and lose the field's mark.
    const rawText = (c: number | undefined) => (c === undefined ? '' : String(sheet.value(row, c) ?? '').trim());
    const roleText = rawText(col.role);
    const policyText = rawText(col.policyArea);
    const fieldText = rawText(col.field);
    const heading = headingOnlyRow(sheet, row, table);
    if (heading) {
      if (/^\s*[(（]/.test(heading.text)) {
        policyArea = heading;
        field = null;
      } else if (/^[①-⑳]/.test(heading.text)) {
        field = heading;
      } else {
        role = heading;
        policyArea = null;
        field = null;
      }
      continue;
    }
    if (no === 'empty' && !name) continue;
    if (roleText && roleText !== role?.text) {
      role = parseHeading(roleText);
      policyArea = null;
      field = null;
    }
    if (policyText && policyText !== policyArea?.text) {
      policyArea = parseHeading(policyText);
      field = null;
    }
    if (fieldText) field = parseHeading(fieldText);

    // a project merged away keeps its row, not its number: where it went, not a project of this register
    const numberless = no === 'empty' || (no === 'invalid' && parseCellValue(noRaw).kind === 'empty');
    const into = numberless && col.status !== undefined ? parseStatus(sheet.text(row, col.status)).mergedInto : null;
    if (into !== null) {
      if (name) mergedAway.push({ name, into, row, source: at(row, col.name ?? 0) });
      continue;
    }
    if (no === 'empty') {
      issues.push(issue('PROJECT_NO_MISSING', at(row, col.no ?? 0), { name }));
      continue;
    }
    if (no === 'invalid') {
      issues.push(issue('PROJECT_NO_INVALID', at(row, col.no ?? 0), { raw: String(noRaw) }));
      continue;
    }
    if (!name) issues.push(issue('PROJECT_NAME_MISSING', at(row, col.name ?? 0), { no }));

    let roleNo: number | null = role?.no ?? null;
    if (role && roleNo === null) {
      // A role written without its number is numbered by order of first appearance.
      roleNo = roleNoByName.get(role.name) ?? roleNoByName.size + 1;
      roleNoByName.set(role.name, roleNo);
    }
    if (!role) issues.push(issue('ROLE_MISSING', at(row, col.role ?? col.no ?? 0), { no }));

    const statusText = col.status !== undefined ? sheet.text(row, col.status) : '';
    const status = parseStatus(statusText);
    if (!status.known) issues.push(issue('STATUS_INVALID', at(row, col.status ?? 0), { raw: statusText }));
    let mergedInto = status.mergedInto;
    if (col.mergedInto !== undefined) {
      const raw = sheet.value(row, col.mergedInto);
      const asNo = parseProjectNo(raw);
      const asText = parseCellValue(raw);
      if (typeof asNo === 'number') mergedInto = asNo;
      else if (asText.kind === 'not-graded' && asText.mergedInto !== null) mergedInto = asText.mergedInto;
      else if (asNo === 'invalid')
        issues.push(issue('NUMBER_INVALID', at(row, col.mergedInto), { column: 'mergedInto', raw: String(raw) }));
    }
    if (status.status === '統合' && mergedInto === null) issues.push(issue('MERGED_INTO_MISSING', at(row, col.status ?? 0)));
    const status2 = mergedInto !== null ? '統合' : status.status;

    const year = (c: number | undefined): number | null => {
      if (c === undefined) return null;
      const raw = sheet.value(row, c);
      if (raw === null || normalizeText(raw) === '' || parseCellValue(raw).kind === 'empty') return null;
      const parsed = parseFiscalYear(raw);
      if (!parsed.ok) {
        issues.push(issue('YEAR_INVALID', at(row, c), { raw: String(raw) }));
        return null;
      }
      return parsed.year;
    };

    // A merged project's year: 統合年度, else its 終了年度 (the year the merger took effect), else
    // 「令和3年度統合」 in 事業区分. It still counts after that year, so its 終了年度 is not an end.
    const merged = status2 === '統合';
    const endYear = year(col.endYear);
    const mergedYear = merged ? (year(col.mergedYear) ?? endYear ?? findFiscalYear(statusText)?.year ?? null) : null;
    if (merged && mergedYear === null) issues.push(issue('MERGED_YEAR_MISSING', at(row, col.status ?? col.no ?? 0), { no }));

    const participants: string[] = [];
    for (const m of table.municipalities) {
      const mark = sheet.text(row, m.col);
      if (PARTICIPATES.test(mark)) participants.push(m.name);
      else if (!NOT_PARTICIPATING.test(mark)) issues.push(issue('PARTICIPATION_INVALID', at(row, m.col), { raw: mark }));
    }

    const membersKey = participants.join('\u0000');
    let members = participantLists.get(membersKey);
    if (!members) participantLists.set(membersKey, (members = Object.freeze(fitted(participants)) as string[]));
    // a heading's record is one per text (parseHeading remembers it)
    const headingsKey = `${role?.text}\u0000${policyArea?.text}\u0000${field?.text}`;
    let headings = headingSets.get(headingsKey);
    if (!headings) headingSets.set(headingsKey, (headings = Object.freeze({ role, policyArea, field })));

    // lists, not an object keyed "2020"…: keys like those are array indices, which V8 keeps in a slow dictionary
    const amounts = budgetColumns.map((b) => readBudget(sheet, row, b.col, issues));
    const total = col.budgetTotal !== undefined ? readBudget(sheet, row, col.budgetTotal, issues) : null;

    rows.push({
      row,
      headings,
      project: {
        no,
        name: name || `事業${no}`,
        role: role && roleNo !== null ? levels.role(role, roleNo) : null,
        policyArea: policyArea ? levels.group(policyArea) : null,
        field: field ? levels.group(field) : null,
        status: status2,
        mergedInto,
        startYear: year(col.startYear),
        endYear: merged ? null : endYear,
        mergedYear,
        participants: members,
        budget: { years: budgetYears, amounts, total },
        source: at(row, col.no ?? 0),
      },
    });
  }
  return { rows, mergedAway, issues };
}

function readBudget(sheet: FilledSheet, row: number, col: number, issues: ValidationIssue[]): number | null {
  const raw = sheet.ownValue(row, col);
  const parsed = parseCellValue(raw, sheet.numberFormat(row, col));
  if (parsed.kind === 'empty') return null;
  if (parsed.kind === 'quantity' && (parsed.quantity.unit === null || parsed.quantity.unit === '千円')) {
    return parsed.quantity.value;
  }
  const reason = parsed.kind === 'invalid' ? parsed.reason : undefined;
  issues.push(issue('NUMBER_INVALID', { sheet: sheet.name, row, col }, { column: 'budget', raw: String(raw), reason }));
  return null;
}
