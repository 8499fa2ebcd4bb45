import type { WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import type { ReadScope } from './read-scope';

/**
 * What a live workbook must offer the use cases. Office.js (the add-in) and the in-browser
 * playground implement it; the .xlsx command line works on bytes instead, with the same use cases.
 */
export interface WorkbookPort {
  /**
   * Every sheet, with the used cells of those the command needs (its tables and what the scope
   * adds; a port may read more), in as few round trips as the host allows.
   */
  read(scope: ReadScope): Promise<WorkbookGrid>;
  /** Writes the engine's changes: cell values first, formats after; owned sheets cleared and reused. */
  write(changes: WorkbookChanges): Promise<void>;
  /** Shows a cell to the user (a clicked validation issue). row/col are 0-based. */
  select(sheet: string, row: number, col: number): Promise<void>;
  /** Brings a sheet to the front (the summary sheet). */
  activate(sheet: string): Promise<void>;
}
