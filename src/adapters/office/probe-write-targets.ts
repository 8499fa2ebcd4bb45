import { message, type LocalizedText } from '../../core/messages/catalogue';
import type { WorkbookChanges } from '../../core/workbook/cell-grid';
import { WorkbookChangedError } from '../../core/workbook/expected-cells';

/** Excel would refuse the write (protection): thrown before anything is written, naming the sheets. */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
  constructor(readonly text: LocalizedText) {
    super(text.en);
  }
}

export interface WriteTargets {
  /** Each sheet the changes touch, as a null object when it does not exist, with visibility loaded. */
  sheets: Map<string, Excel.Worksheet>;
}

/** Sheet names joined for a sentence: 「成果指標」「評価集計」. */
const joined = (names: readonly string[]) => names.join('」「');

/**
 * One round trip over every sheet the changes touch: whether it exists, is visible and is
 * protected, and whether the workbook's structure is protected where sheets are added, deleted or
 * hidden. Throws, before anything is written, when a sheet to write into is gone (renamed or
 * deleted since the read) or Excel would refuse a change (a protected sheet or workbook).
 */
export async function probeWriteTargets(
  context: Excel.RequestContext,
  changes: WorkbookChanges,
  mayHideSheets: boolean,
): Promise<WriteTargets> {
  const outputs = new Set(changes.sheets.map((s) => s.name));
  const doomed = new Set(changes.deleteSheets ?? []);
  // Sheets that must exist: cells written, grade cells styled, cells expected unchanged.
  const needed = new Set([
    ...changes.writes.map((w) => w.sheet),
    ...(changes.grades ?? []).map((g) => g.sheet),
    ...(changes.expected?.sheetNames() ?? []),
    ...[...(changes.insertColumns ?? []), ...(changes.deleteColumns ?? [])].map((c) => c.sheet),
  ]);
  const sheets = new Map<string, Excel.Worksheet>();
  for (const name of new Set([...outputs, ...doomed, ...needed])) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('visibility,protection/protected');
    sheets.set(name, sheet);
  }
  const workbook = context.workbook.protection;
  workbook.load('protected');
  await context.sync();

  const gone = [...needed].filter((name) => sheets.get(name)?.isNullObject);
  if (gone.length > 0) {
    throw new WorkbookChangedError(gone.map((sheet) => ({ sheet, row: 0, col: 0, value: null, address: sheet, actual: undefined })));
  }
  const locked = [...sheets].filter(([name, s]) => !s.isNullObject && !doomed.has(name) && s.protection.protected).map(([name]) => name);
  if (locked.length > 0) throw new WriteRefusedError(message('HOST_SHEETS_PROTECTED', { sheets: joined(locked) }));
  if (workbook.protected) {
    const structural = changes.sheets
      .filter((s) => sheets.get(s.name)?.isNullObject || (s.hidden && mayHideSheets && sheets.get(s.name)?.visibility === 'Visible'))
      .map((s) => s.name);
    structural.push(...[...doomed].filter((name) => !sheets.get(name)?.isNullObject));
    if (structural.length > 0) throw new WriteRefusedError(message('HOST_WORKBOOK_PROTECTED', { sheets: joined(structural) }));
  }
  return { sheets };
}
