import { message, type LocalizedText } from '../messages/catalogue';

/** What in a sheet stops the .xlsx adapter from moving its columns (Excel itself moves them all). */
export type InsertBlocker =
  'table' | 'comments' | 'drawing' | 'extension' | 'shared-formula' | 'page-breaks' | 'filter' | 'pivot' | 'chart';

const BLOCKER_TEXT = {
  table: 'INSERT_BLOCKER_TABLE',
  comments: 'INSERT_BLOCKER_COMMENTS',
  drawing: 'INSERT_BLOCKER_DRAWING',
  extension: 'INSERT_BLOCKER_EXTENSION',
  'shared-formula': 'INSERT_BLOCKER_SHARED_FORMULA',
  'page-breaks': 'INSERT_BLOCKER_PAGE_BREAKS',
  filter: 'INSERT_BLOCKER_FILTER',
  pivot: 'INSERT_BLOCKER_PIVOT',
  chart: 'INSERT_BLOCKER_CHART',
} as const satisfies Record<InsertBlocker, string>;

/**
 * Thrown, before anything is written, when columns cannot be put into (or taken out of) a sheet
 * without leaving something in it pointing at the wrong cells.
 */
export class ColumnInsertRefusedError extends Error {
  override readonly name = 'ColumnInsertRefusedError';
  constructor(
    readonly sheet: string,
    readonly blocker: InsertBlocker,
  ) {
    super(`Columns of sheet "${sheet}" cannot be moved: it holds ${message(BLOCKER_TEXT[blocker]).en}.`);
  }

  /** What the person is told when the column went to the table's edge instead. */
  get text(): LocalizedText {
    const why = message(BLOCKER_TEXT[this.blocker]);
    return {
      ja: message('COLUMN_INSERT_REFUSED', { sheet: this.sheet, why: why.ja }).ja,
      en: message('COLUMN_INSERT_REFUSED', { sheet: this.sheet, why: why.en }).en,
    };
  }
}
