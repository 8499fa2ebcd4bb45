import { createXlsx, patchXlsx, readSheetLooks, readXlsx, XlsxFileError, type SheetLooks } from '../adapters/xlsx';
import type { LocalizedText } from '../core/messages/catalogue';
import { fileProblemMessage, type FileProblem } from '../core/messages/file-messages';
import type { SheetGrid, WorkbookChanges, WorkbookGrid } from '../core/workbook/cell-grid';
import { assertUnchanged } from '../core/workbook/expected-cells';
import { buildSampleSheets, SAMPLE_FILE_NAME } from '../sample/build-sample-workbook';
import type { WorkbookPort } from '../use-cases/workbook-port';
import type { CellPosition } from '../core/model';

/** A cell shown to the user: a clicked validation issue, or a click in the grid. row/col are 0-based. */
/** The selected cell of the grid view. */
export type CellSelection = CellPosition;

/** What the page draws: replaced whole on every change, so React can compare it by identity. */
export interface WorkbookSnapshot {
  readonly fileName: string;
  readonly grid: WorkbookGrid;
  /** The sheet whose tab is in front. */
  readonly activeSheet: string;
  readonly selection: CellSelection | null;
  /** Counts writes to the workbook (0 when opened). */
  readonly revision: number;
}

/** A file that is not a workbook the engine can read; `text` is the sentence shown (as the CLI says it). */
export class WorkbookOpenError extends Error {
  override readonly name = 'WorkbookOpenError';

  constructor(
    readonly problem: FileProblem,
    readonly text: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
  }
}

/** Lets the browser paint (the pane's busy state) before a long synchronous read or patch. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function firstVisibleSheet(grid: WorkbookGrid): string {
  return (grid.sheets.find((s) => !s.hidden) ?? grid.sheets[0]).name;
}

/** The grid of the bytes, or the reason (in both languages) they are not a workbook to work on. */
function readWorkbook(bytes: Uint8Array, fileName: string): WorkbookGrid {
  let grid: WorkbookGrid;
  try {
    grid = readXlsx(bytes);
  } catch (e) {
    if (e instanceof XlsxFileError) throw new WorkbookOpenError(e.kind, fileProblemMessage(e.kind, fileName), { cause: e });
    throw e;
  }
  if (grid.sheets.length === 0 || grid.sheets.every((s) => s.values.length === 0)) {
    throw new WorkbookOpenError('empty', fileProblemMessage('empty', fileName));
  }
  return grid;
}

/**
 * The engine's workbook port in a browser tab: the workbook is held as .xlsx bytes, writes are
 * applied with the .xlsx adapter's patchXlsx (so what is downloaded is a real file with every part
 * it did not touch kept byte for byte) and read back. Selections and the sheet in front are UI state,
 * published to the page through subscribe / getSnapshot (useSyncExternalStore).
 */
export class BrowserWorkbookPort implements WorkbookPort {
  private bytes: Uint8Array;
  private snapshot: WorkbookSnapshot;
  private readonly listeners = new Set<() => void>();
  /** Looks read from the current bytes, by sheet: dropped on every write. */
  private looks = new Map<string, SheetLooks | null>();

  /** Throws WorkbookOpenError when the bytes are not a readable, non-empty .xlsx workbook. */
  constructor(bytes: Uint8Array, fileName: string) {
    const grid = readWorkbook(bytes, fileName);
    this.bytes = bytes.slice();
    this.snapshot = { fileName, grid, activeSheet: firstVisibleSheet(grid), selection: null, revision: 0 };
  }

  /** The sample workbook (the Aomori seeds), as `shinchoku demo` writes it. */
  static sample(): BrowserWorkbookPort {
    return new BrowserWorkbookPort(createXlsx(buildSampleSheets()), SAMPLE_FILE_NAME);
  }

  get fileName(): string {
    return this.snapshot.fileName;
  }

  /** The workbook as it is now, as an .xlsx file (a copy). */
  toBytes(): Uint8Array {
    return this.bytes.slice();
  }

  readonly getSnapshot = (): WorkbookSnapshot => this.snapshot;

  /** Column widths, fills, borders and bold of a sheet as the file holds them, read when first drawn. */
  readonly looksOf = (sheet: string): SheetLooks | null => {
    if (!this.looks.has(sheet)) this.looks.set(sheet, readSheetLooks(this.bytes, sheet));
    return this.looks.get(sheet) ?? null;
  };

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  // ----- WorkbookPort: what the engine's actions call -----

  async read(): Promise<WorkbookGrid> {
    await nextTask();
    // A fresh grid from the bytes: the engine may keep or change what it is given.
    return readXlsx(this.bytes);
  }

  async write(changes: WorkbookChanges): Promise<void> {
    await nextTask();
    // The grid drawn is the grid of the bytes: what the rows hold now.
    assertUnchanged(changes.expected, () => this.snapshot.grid);
    // Values, number formats, and the grade colours and drop-down, as the command line writes them.
    const bytes = patchXlsx(this.bytes, changes);
    const grid = readXlsx(bytes);
    this.bytes = bytes;
    this.looks = new Map();
    const { activeSheet, selection } = this.snapshot;
    const has = (name: string) => grid.sheets.some((s) => s.name === name);
    this.update({
      grid,
      activeSheet: has(activeSheet) ? activeSheet : firstVisibleSheet(grid),
      selection: selection && has(selection.sheet) ? selection : null,
      revision: this.snapshot.revision + 1,
    });
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.selectCell(sheet, row, col);
  }

  async activate(sheet: string): Promise<void> {
    this.showSheet(sheet);
  }

  // ----- the page's own clicks -----

  /** A sheet tab was clicked. */
  showSheet(sheet: string): void {
    this.sheet(sheet);
    if (sheet !== this.snapshot.activeSheet) this.update({ activeSheet: sheet });
  }

  /** A cell was clicked, or an issue asks to show it: its sheet comes to the front. */
  selectCell(sheet: string, row: number, col: number): void {
    this.sheet(sheet);
    if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0)
      throw new RangeError(`No cell at row ${row}, column ${col}.`);
    this.update({ activeSheet: sheet, selection: { sheet, row, col } });
  }

  private sheet(name: string): SheetGrid {
    const sheet = this.snapshot.grid.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`The workbook has no sheet "${name}".`);
    return sheet;
  }

  private update(patch: Partial<WorkbookSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }
}
