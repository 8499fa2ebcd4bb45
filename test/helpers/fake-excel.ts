/**
 * A strict, small fake of the Excel JavaScript API: just what the Office adapter uses, with the
 * rules that bite in real Excel. Reading a property that was not loaded and synced throws
 * PropertyNotLoaded; a sync whose request or response exceeds 5 MB throws the payload errors of
 * Excel on the web; every context.sync() is counted with its request and response size; every
 * change is logged in order; APIs that clear the undo history are recorded (and refused inside a
 * merged undo group, as Excel does with UndoNotSupported). Values behave like typing: "=…" is a
 * formula, "1,234" a number, a leading apostrophe keeps text, "" clears, null leaves a cell alone.
 *
 * Documented host behaviour it also models, each from Microsoft's reference or the office-js tracker:
 * - a protected sheet refuses every change with AccessDenied, a protected workbook refuses adding,
 *   deleting and hiding sheets (Worksheet.protection, Workbook.protection, ExcelApi 1.2 / 1.7);
 * - while the user edits a cell, a request fails with InvalidOperationInCellEditMode unless its run
 *   asked for delayForCellEdit, which waits until the edit ends (Excel.RunOptions, ExcelApi 1.11);
 * - a merged undo group can fail with UndoNotSupported part-way through a run, after some of its
 *   changes landed (Microsoft's undo page; office-js #6711, #6255, #6491);
 * - getMergedAreasOrNullObject clears the undo history on Windows (office-js #5918);
 * - a request refused for its size never runs; any other failing request keeps the changes queued
 *   before the failing one and drops the rest (a batch is not a transaction).
 */
import type { CellRange, CellValue, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { cellAddress } from '../../src/core/workbook/cell-address';
import { ChartCollectionProxy, type FakeChart } from './fake-excel-charts';
import { moveColumnsInFormula } from '../../src/adapters/xlsx/shift-formula';

export const FAKE_PAYLOAD_LIMIT = 5_000_000;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
const MERGED_AREAS_LIMIT = 512;

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

function utf8Bytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

export interface FakeStyle {
  bold?: boolean;
  fontColor?: string;
  fill?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders?: string[];
}

export interface FakeConditionalFormat {
  id: number;
  type: string;
  range: CellRange;
  fill?: string;
  font?: string;
  rule?: { formula1: string; operator: string };
  /** A Custom rule's formula. */
  formula?: string;
}

export class FakeSheet {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** Worksheet.protection.protected: every change is refused. */
  protected = false;
  values: CellValue[][] = [];
  formulas: (string | null)[][] = [];
  formats: (string | undefined)[][] = [];
  styles = new Map<string, FakeStyle>();
  merges: CellRange[] = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  validations: { range: CellRange; source: string }[] = [];
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  frozenRows = 0;
  /** Worksheet.charts: they stay when cells are cleared and go with the sheet. */
  charts: FakeChart[] = [];
  /** Worksheet.pageLayout as set (ExcelApi 1.9): the print area as a rectangle, the title rows as the "$3:$4" given. */
  pageLayout: {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    printArea?: CellRange;
    printTitleRows?: string;
  } = {};

  constructor(public name: string) {}

  value(r: number, c: number): CellValue {
    return this.values[r]?.[c] ?? null;
  }
  formula(r: number, c: number): string | null {
    return this.formulas[r]?.[c] ?? null;
  }
  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? 'General';
  }
  style(r: number, c: number): FakeStyle | undefined {
    return this.styles.get(`${r},${c}`);
  }

  private ensure(r: number, c: number) {
    for (const grid of [this.values, this.formulas, this.formats] as unknown[][][]) {
      while (grid.length <= r) grid.push([]);
      while (grid[r].length <= c) grid[r].push(grid === this.formats ? undefined : null);
    }
  }

  setRaw(r: number, c: number, value: CellValue, formula: string | null = null) {
    this.ensure(r, c);
    this.values[r][c] = value;
    this.formulas[r][c] = formula;
  }

  setFormat(r: number, c: number, format: string) {
    this.ensure(r, c);
    this.formats[r][c] = format === 'General' ? undefined : format;
  }

  /** What typing (or assigning `values`) does to a cell. */
  assign(r: number, c: number, input: unknown) {
    if (input === null || input === undefined) return;
    if (input === '') return this.setRaw(r, c, null);
    if (typeof input !== 'string') return this.setRaw(r, c, input as CellValue);
    if (input.startsWith("'")) return this.setRaw(r, c, input.slice(1));
    const trimmed = input.trim();
    if (/^[-+]?[\d,]*\.?\d+(e[-+]?\d+)?$/i.test(trimmed) && /\d/.test(trimmed)) return this.setRaw(r, c, Number(trimmed.replace(/,/g, '')));
    if (/^[-+]?\d+(\.\d+)?%$/.test(trimmed)) {
      this.setRaw(r, c, Number(trimmed.slice(0, -1)) / 100);
      return this.setFormat(r, c, '0%');
    }
    // Excel reads these as a formula; the fake does not compute it.
    if (/^[=+\-@]/.test(input)) return this.setRaw(r, c, '#NAME?', input.startsWith('=') ? input : `=${input}`);
    this.setRaw(r, c, input);
  }

  /** Another person inserting rows above `at` (co-authoring): cells and merges below move down. */
  insertRows(at: number, count = 1) {
    for (const grid of [this.values, this.formulas, this.formats] as unknown[][][]) {
      if (grid.length > at) grid.splice(at, 0, ...Array.from({ length: count }, () => []));
    }
    this.merges = this.merges.map((m) => (m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : m));
  }

  /**
   * Range.insert('Right') / Range.delete('Left') on whole columns (ExcelApi 1.1), as Excel does them:
   * cells, styles, number formats, merges, rules, validations, widths, the print area and charts'
   * ranges move; a range across the change grows or shrinks; new columns are formatted like the
   * column left of them (Excel's "Format Same As Left"); formulas on every sheet follow.
   */
  moveColumns(at: number, count: number, direction: 1 | -1, workbook: readonly FakeSheet[]) {
    // every formula's references to this sheet follow (the .xlsx adapter's rewrite, tested on its own)
    const move = { sheet: this.name, at, delta: direction * count };
    for (const sheet of workbook)
      sheet.formulas = sheet.formulas.map((row) => row.map((f) => (f ? moveColumnsInFormula(f, move, sheet.name) : f)));
    const col = (c: number) => (direction > 0 ? (c >= at ? c + count : c) : c >= at + count ? c - count : c);
    const gone = (c: number) => direction < 0 && c >= at && c < at + count;
    const range = (r: CellRange): CellRange | null => {
      const left = gone(r.left) ? at : col(r.left);
      const right = gone(r.right) ? at - 1 : col(r.right);
      return left > right ? null : { ...r, left, right };
    };
    for (const grid of [this.values, this.formulas, this.formats] as unknown[][][]) {
      for (const row of grid) {
        if (row.length <= at) continue;
        if (direction > 0) row.splice(at, 0, ...new Array(count).fill(grid === this.formats ? undefined : null));
        else row.splice(at, count);
      }
    }
    const styles = new Map<string, FakeStyle>();
    for (const [key, style] of this.styles) {
      const [r, c] = key.split(',').map(Number);
      if (!gone(c)) styles.set(`${r},${col(c)}`, style);
      if (direction > 0 && c === at - 1) for (let i = 0; i < count; i++) styles.set(`${r},${at + i}`, { ...style });
    }
    this.styles = styles;
    if (direction > 0 && at > 0)
      this.formats.forEach((row, r) => {
        for (let i = 0; i < count && row[at - 1] !== undefined; i++) this.setFormat(r, at + i, row[at - 1]!);
      });
    this.merges = this.merges.flatMap((m) => {
      const moved = range(m);
      return moved && (moved.left < moved.right || moved.top < moved.bottom) ? [moved] : [];
    });
    this.conditionalFormats = this.conditionalFormats.flatMap((cf) => {
      const moved = range(cf.range);
      return moved ? [{ ...cf, range: moved }] : [];
    });
    this.validations = this.validations.flatMap((v) => {
      const moved = range(v.range);
      return moved ? [{ ...v, range: moved }] : [];
    });
    const widths = new Map<number, number>();
    for (const [c, w] of this.columnWidths) {
      if (!gone(c)) widths.set(col(c), w);
      if (direction > 0 && c === at - 1) for (let i = 0; i < count; i++) widths.set(at + i, w);
    }
    this.columnWidths = widths;
    if (this.pageLayout.printArea) this.pageLayout.printArea = range(this.pageLayout.printArea) ?? undefined;
    for (const chart of this.charts) {
      for (const series of chart.series) {
        if (series.values) series.values = range(series.values) ?? undefined;
        if (series.categories) series.categories = range(series.categories) ?? undefined;
      }
    }
  }

  clear(rect: CellRange) {
    const bottom = Math.min(rect.bottom, this.values.length - 1);
    for (let r = rect.top; r <= bottom; r++) {
      const right = Math.min(rect.right, (this.values[r]?.length ?? 0) - 1);
      for (let c = rect.left; c <= right; c++) {
        this.values[r][c] = null;
        this.formulas[r][c] = null;
        this.formats[r][c] = undefined;
      }
    }
    for (const key of [...this.styles.keys()]) {
      const [r, c] = key.split(',').map(Number);
      if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) this.styles.delete(key);
    }
  }

  updateStyle(rect: CellRange, change: (s: FakeStyle) => void) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = `${r},${c}`;
        const s = this.styles.get(key) ?? {};
        change(s);
        this.styles.set(key, s);
      }
    }
  }

  usedRange(valuesOnly: boolean): CellRange {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const take = (r: number, c: number) => {
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    };
    this.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null || this.formulas[r][c] !== null || (!valuesOnly && this.formats[r][c] !== undefined)) take(r, c);
      }),
    );
    if (!valuesOnly) for (const key of this.styles.keys()) take(...(key.split(',').map(Number) as [number, number]));
    // A blank sheet's used range is A1.
    return bottom < 0 ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
  }
}

export interface SyncRecord {
  run: number;
  requestBytes: number;
  responseBytes: number;
  /** The rejected syncs (payload limits, errors) are recorded too. */
  error?: string;
}

export interface OperationRecord {
  run: number;
  sync: number;
  kind: string;
  sheet?: string;
  range?: CellRange;
}

export interface FakeExcelOptions {
  /** Excel on the web or a desktop host: Worksheet.visibility keeps the undo history only on the web. */
  platform?: 'OfficeOnline' | 'PC';
  payloadLimit?: number;
  /** A merged undo group fails with UndoNotSupported once this many of its changes have landed (the reported bugs). */
  undoGroupFailsAfter?: number;
}

/** Changes a protected workbook (structure protection) refuses. */
const STRUCTURE_CHANGES = new Set(['addSheet', 'deleteSheet', 'visibility']);

interface Pending {
  describe: unknown;
  /** Runs the queued call against the model; returns the loaded data (counted in the response) and how to hand it to the proxy. */
  execute: () => { response?: unknown; commit?: () => void } | void;
  kind?: string;
  target?: () => { sheet?: string; range?: CellRange };
}

const intersects = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function quotedSheet(name: string): string {
  return /[^\p{L}\p{N}_]/u.test(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

function a1(rect: CellRange): string {
  return `${cellAddress(rect.top, rect.left)}:${cellAddress(rect.bottom, rect.right)}`;
}

export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  readonly runs: { options?: { mergeUndoGroup?: boolean; delayForCellEdit?: boolean } }[] = [];
  readonly operations: OperationRecord[] = [];
  /** Calls that would have cleared the user's undo history. */
  readonly undoClearing: string[] = [];
  /** The sheets whose merged areas were asked for, once per request. */
  readonly mergedAreaReads: string[] = [];
  activeSheet?: string;
  selection?: { sheet: string; row: number; col: number };
  readonly platform: 'OfficeOnline' | 'PC';
  readonly payloadLimit: number;
  /** Workbook.protection.protected (structure): sheets cannot be added, deleted or hidden. */
  workbookProtected = false;
  /** The user is typing in a cell: requests fail unless their run delays for cell edit. */
  cellEditing = false;
  /** Requests that waited for the user to leave cell edit mode. */
  delayedSyncs = 0;
  /** Called before each request runs, with its index in `syncs`: a test starts a cell edit or renames a sheet here. */
  beforeSync?: (index: number) => void;
  undoGroupFailsAfter?: number;
  private nextCf = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.platform = options.platform ?? 'OfficeOnline';
    this.payloadLimit = options.payloadLimit ?? FAKE_PAYLOAD_LIMIT;
    this.undoGroupFailsAfter = options.undoGroupFailsAfter;
  }

  /** A workbook holding exactly what the grids say (values, formulas with their cached values, formats, merges). */
  static fromGrid(grid: WorkbookGrid, options: FakeExcelOptions = {}): FakeExcel {
    const fake = new FakeExcel(options);
    for (const g of grid.sheets) {
      const sheet = fake.addSheet(g.name);
      if (g.hidden) sheet.visibility = 'Hidden';
      g.values.forEach((row, r) => row.forEach((v, c) => v !== null && sheet.setRaw(r, c, v)));
      g.formulas.forEach((row, r) => row.forEach((f, c) => f && sheet.setRaw(r, c, g.values[r]?.[c] ?? null, f)));
      g.numberFormats.forEach((row, r) => row.forEach((f, c) => f && sheet.setFormat(r, c, f)));
      sheet.merges.push(...g.merges.map((m) => ({ ...m })));
    }
    return fake;
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  nextCfId(): number {
    return this.nextCf++;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** Excel.run(batch) and Excel.run(options, batch). */
  run = async <T>(a: unknown, b?: unknown): Promise<T> => {
    const options = typeof a === 'function' ? undefined : (a as { mergeUndoGroup?: boolean; delayForCellEdit?: boolean });
    const batch = (typeof a === 'function' ? a : b) as (context: unknown) => Promise<T>;
    const context = new FakeContext(this, this.runs.length, options?.mergeUndoGroup === true, options?.delayForCellEdit === true);
    this.runs.push({ options });
    try {
      const result = await batch(context);
      if (context.pendingCount > 0) throw new Error(`fake Excel: ${context.pendingCount} queued calls were never synced`);
      return result;
    } finally {
      context.closed = true;
    }
  };

  /** Called by the context when a change that clears the undo history runs. */
  undoUnsupported(api: string, mergeUndoGroup: boolean) {
    if (mergeUndoGroup) throw new FakeRichApiError('UndoNotSupported', `${api} does not support undo`);
    this.undoClearing.push(api);
  }
}

export class FakeContext {
  closed = false;
  private queue: Pending[] = [];
  readonly workbook: WorkbookProxy;
  /** Changes applied so far in this run (for a merged undo group that fails part-way). */
  private changesApplied = 0;

  constructor(
    readonly fake: FakeExcel,
    readonly run: number,
    readonly mergeUndoGroup: boolean,
    readonly delayForCellEdit: boolean,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  get pendingCount() {
    return this.queue.length;
  }

  enqueue(p: Pending) {
    if (this.closed) throw new FakeRichApiError('InvalidObjectPath', 'the request context of this object has ended');
    this.queue.push(p);
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const fake = this.fake;
    const record: SyncRecord = { run: this.run, requestBytes: batch.reduce((n, p) => n + utf8Bytes(p.describe) + 16, 0), responseBytes: 0 };
    fake.syncs.push(record);
    const syncIndex = fake.syncs.length - 1;
    await Promise.resolve();
    fake.beforeSync?.(syncIndex);
    if (record.requestBytes > fake.payloadLimit) {
      record.error = 'RequestPayloadSizeLimitExceeded';
      throw new FakeRichApiError('RequestPayloadSizeLimitExceeded', `request of ${record.requestBytes} bytes`);
    }
    if (fake.cellEditing) {
      if (!this.delayForCellEdit) {
        record.error = 'InvalidOperationInCellEditMode';
        throw new FakeRichApiError('InvalidOperationInCellEditMode', 'the user is editing a cell');
      }
      // The request waits until the user presses Enter or Esc.
      fake.delayedSyncs++;
      fake.cellEditing = false;
    }
    const commits: (() => void)[] = [];
    try {
      for (const p of batch) {
        if (p.kind) this.refuseChange(p);
        const result = p.execute();
        if (p.kind) fake.operations.push({ run: this.run, sync: syncIndex, kind: p.kind, ...p.target?.() });
        if (result?.response !== undefined) record.responseBytes += utf8Bytes(result.response) + 16;
        if (result?.commit) commits.push(result.commit);
      }
    } catch (error) {
      record.error = (error as { code?: string }).code ?? String(error);
      throw error;
    }
    if (record.responseBytes > fake.payloadLimit) {
      record.error = 'ResponsePayloadSizeLimitExceeded';
      throw new FakeRichApiError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
    }
    for (const commit of commits) commit();
  }

  /** What Excel refuses before a change runs: protection, and a merged undo group that gives up part-way. */
  private refuseChange(p: Pending) {
    const fake = this.fake;
    const target = p.target?.();
    const sheet = fake.sheets.find((s) => s.name === target?.sheet);
    if (sheet?.protected && p.kind !== 'activate' && p.kind !== 'select')
      throw new FakeRichApiError('AccessDenied', `sheet ${sheet.name} is protected`);
    if (fake.workbookProtected && STRUCTURE_CHANGES.has(p.kind as string))
      throw new FakeRichApiError('AccessDenied', 'the workbook structure is protected');
    if (this.mergeUndoGroup && fake.undoGroupFailsAfter !== undefined && this.changesApplied >= fake.undoGroupFailsAfter)
      throw new FakeRichApiError('UndoNotSupported', 'the merged undo group could not be kept');
    this.changesApplied++;
  }
}

/** Loaded properties: readable only after load() and a successful sync. */
export class Loaded {
  private values = new Map<string, unknown>();
  private nullness: boolean | undefined;

  constructor(private readonly what: string) {}

  set(props: Record<string, unknown>) {
    for (const [k, v] of Object.entries(props)) this.values.set(k, v);
  }
  setNull(isNull: boolean) {
    this.nullness = isNull;
  }
  get(prop: string): unknown {
    if (!this.values.has(prop))
      throw new FakeRichApiError('PropertyNotLoaded', `${this.what}.${prop} was read before load('${prop}') and context.sync()`);
    return this.values.get(prop);
  }
  get isNull(): boolean {
    if (this.nullness === undefined)
      throw new FakeRichApiError('PropertyNotLoaded', `${this.what}.isNullObject was read before context.sync()`);
    return this.nullness;
  }
}

function propList(props: string | string[]): string[] {
  return (Array.isArray(props) ? props : props.split(',')).map((p) => p.trim()).filter(Boolean);
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly protection: { load: (props: string) => void; readonly protected: boolean };
  constructor(readonly ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    const loaded = new Loaded('workbook.protection');
    this.protection = {
      load: (props: string) => {
        if (props !== 'protected') throw new Error(`fake Excel: WorkbookProtection.${props} is not modelled`);
        ctx.enqueue({
          describe: { path: 'workbook.protection', load: ['protected'] },
          execute: () => {
            const snapshot = { protected: ctx.fake.workbookProtected };
            return { response: snapshot, commit: () => loaded.set(snapshot) };
          },
        });
      },
      get protected() {
        return loaded.get('protected') as boolean;
      },
    };
  }
}

class WorksheetCollectionProxy {
  private loaded = new Loaded('worksheets');
  constructor(private readonly ctx: FakeContext) {}

  get items(): WorksheetProxy[] {
    return this.loaded.get('items') as WorksheetProxy[];
  }

  load(props: string | string[]) {
    const wanted = propList(props).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue({
      describe: { path: 'worksheets', load: wanted },
      execute: () => {
        const snapshot = this.ctx.fake.sheets.map((s) => Object.fromEntries(wanted.map((w) => [w, s[w as 'name' | 'visibility']])));
        return {
          response: snapshot,
          commit: () => {
            const items = this.ctx.fake.sheets.map((s, i) => {
              const proxy = new WorksheetProxy(this.ctx, s.name, false);
              proxy.loadedState.set(snapshot[i]);
              return proxy;
            });
            this.loaded.set({ items });
          },
        };
      },
    });
  }

  getItem(name: string) {
    return new WorksheetProxy(this.ctx, name, false);
  }

  getItemOrNullObject(name: string) {
    return new WorksheetProxy(this.ctx, name, true);
  }

  add(name: string) {
    this.ctx.enqueue({
      describe: { path: 'worksheets', call: 'add', args: [name] },
      kind: 'addSheet',
      target: () => ({ sheet: name }),
      execute: () => {
        if (this.ctx.fake.sheets.some((s) => s.name === name)) throw new FakeRichApiError('ItemAlreadyExists', `sheet ${name} exists`);
        this.ctx.fake.addSheet(name);
      },
    });
    return new WorksheetProxy(this.ctx, name, false);
  }
}

class WorksheetProxy {
  readonly loadedState: Loaded;
  readonly charts: ChartCollectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void; unfreeze: () => void };
  readonly pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: FakeSheet['pageLayout']['zoom'];
    setPrintArea: (area: RangeProxy | string) => void;
    setPrintTitleRows: (rows: RangeProxy | string) => void;
  };

  constructor(
    readonly ctx: FakeContext,
    readonly sheetName: string,
    nullable: boolean,
  ) {
    this.loadedState = new Loaded(`worksheet '${sheetName}'`);
    this.charts = new ChartCollectionProxy(this);
    if (nullable) {
      ctx.enqueue({
        describe: { path: `worksheets.getItemOrNullObject(${sheetName})` },
        execute: () => {
          const isNull = !ctx.fake.sheets.some((s) => s.name === sheetName);
          return { response: { isNull }, commit: () => this.loadedState.setNull(isNull) };
        },
      });
    }
    this.freezePanes = {
      freezeRows: (n: number) => this.change('freeze', { call: 'freezeRows', args: [n] }, (s) => void (s.frozenRows = n)),
      unfreeze: () => this.change('freeze', { call: 'unfreeze' }, (s) => void (s.frozenRows = 0)),
    };
    const layout = (describe: object, apply: (l: FakeSheet['pageLayout']) => void) =>
      this.change('pageLayout', { path: `${this.path}.pageLayout`, ...describe }, (s) => apply(s.pageLayout));
    // Only a Range is modelled for the print area (what the adapter passes), and a row address for the titles.
    const rowAddress = /^\$?(\d+):\$?(\d+)$/;
    this.pageLayout = {
      set orientation(v: string) {
        if (v !== 'Portrait' && v !== 'Landscape') throw new Error(`fake Excel: orientation ${v}`);
        layout({ set: 'orientation', value: v }, (l) => void (l.orientation = v));
      },
      set paperSize(v: string) {
        layout({ set: 'paperSize', value: v }, (l) => void (l.paperSize = v));
      },
      set zoom(v: FakeSheet['pageLayout']['zoom']) {
        layout({ set: 'zoom', value: v }, (l) => void (l.zoom = v));
      },
      setPrintArea: (area: RangeProxy | string) => {
        if (typeof area === 'string') throw new Error('fake Excel: setPrintArea is modelled for a Range');
        layout({ call: 'setPrintArea', args: [area.path] }, (l) => void (l.printArea = area.rect() ?? undefined));
      },
      setPrintTitleRows: (rows: RangeProxy | string) => {
        if (typeof rows !== 'string' || !rowAddress.test(rows)) throw new Error(`fake Excel: setPrintTitleRows("${String(rows)}")`);
        layout({ call: 'setPrintTitleRows', args: [rows] }, (l) => void (l.printTitleRows = rows));
      },
    } as WorksheetProxy['pageLayout'];
  }

  get path() {
    return `worksheets('${this.sheetName}')`;
  }

  resolve(): FakeSheet {
    const sheet = this.ctx.fake.sheets.find((s) => s.name === this.sheetName);
    if (!sheet) throw new FakeRichApiError('ItemNotFound', `no sheet named ${this.sheetName}`);
    return sheet;
  }

  private change(kind: string, describe: object, apply: (s: FakeSheet) => void) {
    this.ctx.enqueue({
      describe: { path: this.path, ...describe },
      kind,
      target: () => ({ sheet: this.sheetName }),
      execute: () => apply(this.resolve()),
    });
  }

  get isNullObject() {
    return this.loadedState.isNull;
  }
  get name() {
    return this.loadedState.get('name') as string;
  }
  get visibility() {
    return this.loadedState.get('visibility') as string;
  }
  get protection() {
    return { protected: this.loadedState.get('protection/protected') as boolean };
  }
  set visibility(v: string) {
    this.change('visibility', { set: 'visibility', value: v }, (s) => {
      if (this.ctx.fake.platform !== 'OfficeOnline') this.ctx.fake.undoUnsupported('Worksheet.visibility', this.ctx.mergeUndoGroup);
      s.visibility = v as FakeSheet['visibility'];
    });
  }

  load(props: string | string[]) {
    const wanted = propList(props);
    this.ctx.enqueue({
      describe: { path: this.path, load: wanted },
      execute: () => {
        const sheet = this.ctx.fake.sheets.find((s) => s.name === this.sheetName);
        if (!sheet) return { response: null };
        const field = (w: string) => {
          if (w === 'protection/protected') return sheet.protected;
          if (w === 'name' || w === 'visibility') return sheet[w];
          throw new Error(`fake Excel: Worksheet.${w} is not modelled`);
        };
        const snapshot = Object.fromEntries(wanted.map((w) => [w, field(w)]));
        return { response: snapshot, commit: () => this.loadedState.set(snapshot) };
      },
    });
  }

  activate() {
    this.change('activate', { call: 'activate' }, (s) => void (this.ctx.fake.activeSheet = s.name));
  }

  delete() {
    this.change('deleteSheet', { call: 'delete' }, (s) => {
      this.ctx.fake.undoUnsupported('Worksheet.delete', this.ctx.mergeUndoGroup);
      this.ctx.fake.sheets.splice(this.ctx.fake.sheets.indexOf(s), 1);
    });
  }

  getRange(address?: string) {
    if (address !== undefined) throw new Error('fake Excel: only getRange() (the whole sheet) is modelled');
    return new RangeProxy(this, `${this.path}.getRange()`, () => ({ top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 }));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    if (rows < 1 || cols < 1 || row < 0 || col < 0) throw new FakeRichApiError('InvalidArgument', 'getRangeByIndexes: empty range');
    return new RangeProxy(this, `${this.path}.getRangeByIndexes(${row},${col},${rows},${cols})`, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }

  getUsedRange(valuesOnly = false) {
    return new RangeProxy(this, `${this.path}.getUsedRange(${valuesOnly})`, () => this.resolve().usedRange(valuesOnly));
  }
}

type RectResolver = () => CellRange | null;

class RangeProxy {
  private loaded: Loaded;
  readonly format: RangeFormatProxy;
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly dataValidation: DataValidationProxy;

  constructor(
    readonly sheet: WorksheetProxy,
    readonly path: string,
    readonly rect: RectResolver,
    nullable = false,
  ) {
    this.loaded = new Loaded(`range ${path}`);
    this.format = new RangeFormatProxy(this);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(this);
    this.dataValidation = new DataValidationProxy(this);
    if (nullable) {
      sheet.ctx.enqueue({
        describe: { path },
        execute: () => {
          const isNull = this.rect() === null;
          return { response: { isNull }, commit: () => this.loaded.setNull(isNull) };
        },
      });
    }
  }

  get ctx() {
    return this.sheet.ctx;
  }

  /** The sheet and the cells this range stands for, at sync time. */
  target(): { sheet: FakeSheet; rect: CellRange } {
    const sheet = this.sheet.resolve();
    const rect = this.rect();
    if (!rect) throw new FakeRichApiError('InvalidObjectPath', `${this.path} is a null object`);
    return { sheet, rect };
  }

  change(kind: string, describe: object, apply: (sheet: FakeSheet, rect: CellRange) => void) {
    this.ctx.enqueue({
      describe: { path: this.path, ...describe },
      kind,
      target: () => {
        const rect = this.rect();
        return { sheet: this.sheet.sheetName, range: rect ?? undefined };
      },
      execute: () => {
        const { sheet, rect } = this.target();
        apply(sheet, rect);
      },
    });
  }

  get isNullObject() {
    return this.loaded.isNull;
  }
  get values() {
    return this.loaded.get('values') as unknown[][];
  }
  get formulas() {
    return this.loaded.get('formulas') as unknown[][];
  }
  get numberFormat() {
    return this.loaded.get('numberFormat') as unknown[][];
  }
  get rowIndex() {
    return this.loaded.get('rowIndex') as number;
  }
  get columnIndex() {
    return this.loaded.get('columnIndex') as number;
  }
  get rowCount() {
    return this.loaded.get('rowCount') as number;
  }
  get columnCount() {
    return this.loaded.get('columnCount') as number;
  }
  get address() {
    return this.loaded.get('address') as string;
  }

  private matrixSetter(field: 'values' | 'numberFormat', matrix: unknown[][]) {
    this.change(field, { set: field, value: matrix }, (sheet, rect) => {
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw new FakeRichApiError('InvalidArgument', `${field}: the array does not match the range's ${rows}×${cols} size`);
      }
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          if (field === 'values') sheet.assign(rect.top + i, rect.left + j, v);
          else if (v !== null && v !== undefined) sheet.setFormat(rect.top + i, rect.left + j, String(v));
        }),
      );
    });
  }

  set values(matrix: unknown[][]) {
    this.matrixSetter('values', matrix);
  }
  set numberFormat(matrix: unknown[][]) {
    this.matrixSetter('numberFormat', matrix);
  }

  load(props: string | string[]) {
    const wanted = propList(props);
    this.ctx.enqueue({
      describe: { path: this.path, load: wanted },
      execute: () => {
        const rect = this.rect();
        if (!rect) return { response: null };
        const sheet = this.sheet.resolve();
        const cells = (read: (r: number, c: number) => unknown) =>
          Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
            Array.from({ length: rect.right - rect.left + 1 }, (_, j) => read(rect.top + i, rect.left + j)),
          );
        const snapshot: Record<string, unknown> = {};
        for (const w of wanted) {
          if (w === 'values') snapshot.values = cells((r, c) => sheet.value(r, c) ?? '');
          else if (w === 'formulas') snapshot.formulas = cells((r, c) => sheet.formula(r, c) ?? sheet.value(r, c) ?? '');
          else if (w === 'numberFormat') snapshot.numberFormat = cells((r, c) => sheet.format(r, c));
          else if (w === 'rowIndex') snapshot.rowIndex = rect.top;
          else if (w === 'columnIndex') snapshot.columnIndex = rect.left;
          else if (w === 'rowCount') snapshot.rowCount = rect.bottom - rect.top + 1;
          else if (w === 'columnCount') snapshot.columnCount = rect.right - rect.left + 1;
          else if (w === 'address') snapshot.address = `${quotedSheet(sheet.name)}!${a1(rect)}`;
          else throw new Error(`fake Excel: Range.${w} is not modelled`);
        }
        return { response: snapshot, commit: () => this.loaded.set(snapshot) };
      },
    });
  }

  getRow(i: number) {
    return new RangeProxy(this.sheet, `${this.path}.getRow(${i})`, () => {
      const r = this.rect();
      if (!r) return null;
      if (i < 0 || r.top + i > r.bottom) throw new FakeRichApiError('InvalidArgument', 'getRow outside the range');
      return { top: r.top + i, left: r.left, bottom: r.top + i, right: r.right };
    });
  }

  getResizedRange(deltaRows: number, deltaCols: number) {
    return new RangeProxy(this.sheet, `${this.path}.getResizedRange(${deltaRows},${deltaCols})`, () => {
      const r = this.rect();
      if (!r) return null;
      const out = { ...r, bottom: r.bottom + deltaRows, right: r.right + deltaCols };
      if (out.bottom < out.top || out.right < out.left || out.bottom >= MAX_ROWS || out.right >= MAX_COLS)
        throw new FakeRichApiError('InvalidArgument', 'getResizedRange outside the grid');
      return out;
    });
  }

  getIntersectionOrNullObject(other: RangeProxy) {
    return new RangeProxy(
      this.sheet,
      `${this.path}.getIntersectionOrNullObject(${other.path})`,
      () => {
        const a = this.rect();
        const b = other.rect();
        if (!a || !b || !intersects(a, b)) return null;
        return {
          top: Math.max(a.top, b.top),
          left: Math.max(a.left, b.left),
          bottom: Math.min(a.bottom, b.bottom),
          right: Math.min(a.right, b.right),
        };
      },
      true,
    );
  }

  getMergedAreasOrNullObject() {
    return new RangeAreasProxy(this);
  }

  merge(across = false) {
    this.change('merge', { call: 'merge', args: [across] }, (sheet, rect) => {
      if (sheet.merges.some((m) => intersects(m, rect)))
        throw new FakeRichApiError('MergedRangeConflict', `${a1(rect)} overlaps a merged area`);
      sheet.merges.push({ ...rect });
    });
  }

  getEntireColumn() {
    return new RangeProxy(this.sheet, `${this.path}.getEntireColumn()`, () => {
      const r = this.rect();
      return r && { top: 0, left: r.left, bottom: MAX_ROWS - 1, right: r.right };
    });
  }

  insert(shift: string) {
    this.moveColumns('insert', shift, 'Right', 1);
  }

  delete(shift: string) {
    this.moveColumns('delete', shift, 'Left', -1);
  }

  /** Only whole columns are modelled (what the adapter inserts and deletes). */
  private moveColumns(call: string, shift: string, expected: string, direction: 1 | -1) {
    this.change('columns', { call, args: [shift] }, (sheet, rect) => {
      if (shift !== expected || rect.top !== 0 || rect.bottom !== MAX_ROWS - 1)
        throw new Error(`fake Excel: Range.${call}('${shift}') is modelled for whole columns, shifted ${expected}`);
      sheet.moveColumns(rect.left, rect.right - rect.left + 1, direction, this.ctx.fake.sheets);
    });
  }

  unmerge() {
    this.change('unmerge', { call: 'unmerge' }, (sheet, rect) => {
      sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
    });
  }

  clear(applyTo = 'All') {
    this.change('clear', { call: 'clear', args: [applyTo] }, (sheet, rect) => sheet.clear(rect));
  }

  select() {
    this.change('select', { call: 'select' }, (sheet, rect) => {
      if (this.ctx.fake.activeSheet !== sheet.name)
        throw new FakeRichApiError('InvalidOperation', 'select() on a sheet that is not active');
      this.ctx.fake.selection = { sheet: sheet.name, row: rect.top, col: rect.left };
    });
  }
}

class RangeAreasProxy {
  private loaded: Loaded;
  constructor(private readonly range: RangeProxy) {
    this.loaded = new Loaded(`merged areas of ${range.path}`);
    range.ctx.enqueue({
      describe: { path: `${range.path}.getMergedAreasOrNullObject()` },
      execute: () => {
        if (range.ctx.fake.platform !== 'OfficeOnline') range.ctx.fake.undoClearing.push('Range.getMergedAreasOrNullObject');
        range.ctx.fake.mergedAreaReads.push(range.sheet.sheetName);
        const isNull = this.areas().length === 0;
        return { response: { isNull }, commit: () => this.loaded.setNull(isNull) };
      },
    });
  }

  private areas(): CellRange[] {
    const { sheet, rect } = this.range.target();
    const found = sheet.merges.filter((m) => intersects(m, rect));
    if (found.length > MERGED_AREAS_LIMIT) throw new FakeRichApiError('GeneralException', `${found.length} merged areas in one range`);
    return found;
  }

  get isNullObject() {
    return this.loaded.isNull;
  }
  get address() {
    return this.loaded.get('address') as string;
  }

  load(props: string | string[]) {
    const wanted = propList(props);
    this.range.ctx.enqueue({
      describe: { path: `${this.range.path}.getMergedAreasOrNullObject()`, load: wanted },
      execute: () => {
        const areas = this.areas();
        if (areas.length === 0) return { response: null };
        const name = quotedSheet(this.range.sheet.sheetName);
        const snapshot: Record<string, unknown> = {};
        for (const w of wanted) {
          if (w === 'address') snapshot.address = areas.map((m) => `${name}!${a1(m)}`).join(', ');
          else if (w === 'areaCount') snapshot.areaCount = areas.length;
          else throw new Error(`fake Excel: RangeAreas.${w} is not modelled`);
        }
        return { response: snapshot, commit: () => this.loaded.set(snapshot) };
      },
    });
  }
}

class RangeFormatProxy {
  readonly font: { bold: boolean; color: string };
  readonly fill: { color: string };
  readonly borders: { getItem: (edge: string) => { style: string } };

  constructor(private readonly range: RangeProxy) {
    const style = (kind: string, describe: object, change: (s: FakeStyle) => void) =>
      range.change(kind, describe, (sheet, rect) => sheet.updateStyle(rect, change));
    const writeOnly = (what: string) => () => {
      throw new FakeRichApiError('PropertyNotLoaded', `${what} was read without load()`);
    };
    this.font = Object.defineProperties({} as { bold: boolean; color: string }, {
      bold: { get: writeOnly('font.bold'), set: (v: boolean) => style('format', { set: 'font.bold', value: v }, (s) => void (s.bold = v)) },
      color: {
        get: writeOnly('font.color'),
        set: (v: string) => style('format', { set: 'font.color', value: v }, (s) => void (s.fontColor = v)),
      },
    });
    this.fill = Object.defineProperties({} as { color: string }, {
      color: {
        get: writeOnly('fill.color'),
        set: (v: string) => style('format', { set: 'fill.color', value: v }, (s) => void (s.fill = v)),
      },
    });
    this.borders = {
      getItem: (edge: string) =>
        Object.defineProperties({} as { style: string }, {
          style: {
            get: writeOnly('border.style'),
            set: (v: string) =>
              style('format', { set: `borders.${edge}.style`, value: v }, (s) => {
                s.borders = [...new Set([...(s.borders ?? []), edge])];
              }),
          },
        }),
    };
  }

  set horizontalAlignment(v: string) {
    this.range.change('format', { set: 'horizontalAlignment', value: v }, (sheet, rect) =>
      sheet.updateStyle(rect, (s) => void (s.horizontal = v)),
    );
  }
  set verticalAlignment(v: string) {
    this.range.change('format', { set: 'verticalAlignment', value: v }, (sheet, rect) =>
      sheet.updateStyle(rect, (s) => void (s.vertical = v)),
    );
  }
  set wrapText(v: boolean) {
    this.range.change('format', { set: 'wrapText', value: v }, (sheet, rect) => sheet.updateStyle(rect, (s) => void (s.wrap = v)));
  }
  set columnWidth(points: number) {
    this.range.change('columnWidth', { set: 'columnWidth', value: points }, (sheet, rect) => {
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    if (!(points >= 0 && points <= 409)) throw new FakeRichApiError('InvalidArgument', `rowHeight ${points} is outside 0–409 points`);
    this.range.change('rowHeight', { set: 'rowHeight', value: points }, (sheet, rect) => {
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

/** A conditional format proxy: a new one (added in this batch) or an item of a loaded collection. */
class ConditionalFormatProxy {
  id: number | undefined;
  readonly loaded = new Loaded('conditional format');
  readonly cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: { formula1: string; operator: string } };
  readonly cellValueOrNullObject: {
    isNullObject: boolean;
    rule: { formula1: string; operator: string };
    format: { fill: { color: string } };
  };

  readonly custom: { format: { fill: { color: string }; font: { color: string } }; rule: { formula: string } };
  readonly customOrNullObject: { isNullObject: boolean; rule: { formula: string } };

  constructor(private readonly range: RangeProxy) {
    const set = (what: string, apply: (cf: FakeConditionalFormat) => void) =>
      range.change('conditionalFormat', { set: what }, (sheet) => {
        const cf = sheet.conditionalFormats.find((x) => x.id === this.id);
        if (!cf) throw new FakeRichApiError('ItemNotFound', 'conditional format not found');
        apply(cf);
      });
    // The getters below read this rule's loaded values from inside nested plain objects.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    this.cellValue = {
      format: {
        fill: Object.defineProperty({} as { color: string }, 'color', {
          set: (v: string) => set('cellValue.format.fill.color', (cf) => void (cf.fill = v)),
        }),
        font: Object.defineProperty({} as { color: string }, 'color', {
          set: (v: string) => set('cellValue.format.font.color', (cf) => void (cf.font = v)),
        }),
      },
      set rule(v: { formula1: string; operator: string }) {
        set('cellValue.rule', (cf) => void (cf.rule = { ...v }));
      },
      get rule(): { formula1: string; operator: string } {
        throw new FakeRichApiError('PropertyNotLoaded', 'cellValue.rule was read without load()');
      },
    };
    const colour = (apply: (cf: FakeConditionalFormat, v: string) => void, what: string) =>
      Object.defineProperty({} as { color: string }, 'color', { set: (v: string) => set(what, (cf) => apply(cf, v)) });
    this.custom = {
      format: {
        fill: colour((cf, v) => void (cf.fill = v), 'custom.format.fill.color'),
        font: colour((cf, v) => void (cf.font = v), 'custom.format.font.color'),
      },
      rule: Object.defineProperty({} as { formula: string }, 'formula', {
        set: (v: string) => set('custom.rule.formula', (cf) => void (cf.formula = v)),
      }),
    };
    this.customOrNullObject = {
      get isNullObject() {
        return self.loaded.get('custom.isNull') as boolean;
      },
      rule: {
        get formula() {
          return self.loaded.get('custom.rule.formula') as string;
        },
      },
    };
    this.cellValueOrNullObject = {
      get isNullObject() {
        return self.loaded.get('cellValue.isNull') as boolean;
      },
      get rule() {
        return self.loaded.get('cellValue.rule') as { formula1: string; operator: string };
      },
      format: {
        fill: {
          get color() {
            return self.loaded.get('cellValue.format.fill.color') as string;
          },
        },
      },
    };
  }

  get type() {
    return this.loaded.get('type') as string;
  }

  delete() {
    this.range.change('conditionalFormatDelete', { call: 'delete' }, (sheet) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => cf.id !== this.id);
    });
  }
}

class ConditionalFormatCollectionProxy {
  private loaded = new Loaded('conditionalFormats');
  constructor(private readonly range: RangeProxy) {}

  get items() {
    return this.loaded.get('items') as ConditionalFormatProxy[];
  }

  add(type: string) {
    const proxy = new ConditionalFormatProxy(this.range);
    this.range.change('conditionalFormat', { call: 'conditionalFormats.add', args: [type] }, (sheet, rect) => {
      proxy.id = this.range.ctx.fake.nextCfId();
      sheet.conditionalFormats.push({ id: proxy.id, type, range: { ...rect } });
    });
    return proxy;
  }

  clearAll() {
    this.range.change('conditionalFormatClear', { call: 'conditionalFormats.clearAll' }, (sheet, rect) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.range, rect));
    });
  }

  /** Only 'items/type' and 'items/cellValueOrNullObject/…' paths are modelled. */
  load(props: string | string[]) {
    const wanted = propList(props).map((p) => p.replace(/^items\//, ''));
    this.range.ctx.enqueue({
      describe: { path: `${this.range.path}.conditionalFormats`, load: wanted },
      execute: () => {
        const { sheet, rect } = this.range.target();
        const found = sheet.conditionalFormats.filter((cf) => intersects(cf.range, rect));
        const snapshot = found.map((cf) => {
          const isCellValue = cf.type === 'CellValue';
          const item: Record<string, unknown> = { id: cf.id };
          const isCustom = cf.type === 'Custom';
          for (const w of wanted) {
            if (w === 'type') item.type = cf.type;
            // Excel gives a stored rule back in its own form: function names in capitals, colours as #RRGGBB in capitals.
            else if (w === 'customOrNullObject/rule/formula')
              Object.assign(item, {
                'custom.isNull': !isCustom,
                'custom.rule.formula': isCustom ? normalisedFormula(cf.formula) : undefined,
              });
            else if (w === 'cellValueOrNullObject/rule')
              Object.assign(item, { 'cellValue.isNull': !isCellValue, 'cellValue.rule': isCellValue ? { ...cf.rule } : undefined });
            else if (w === 'cellValueOrNullObject/format/fill/color')
              Object.assign(item, {
                'cellValue.isNull': !isCellValue,
                'cellValue.format.fill.color': isCellValue ? cf.fill?.toUpperCase() : undefined,
              });
            else throw new Error(`fake Excel: ConditionalFormat ${w} is not modelled`);
          }
          return item;
        });
        return {
          response: snapshot,
          commit: () => {
            const items = snapshot.map((s) => {
              const proxy = new ConditionalFormatProxy(this.range);
              proxy.id = s.id as number;
              proxy.loaded.set(s);
              return proxy;
            });
            this.loaded.set({ items });
          },
        };
      },
    });
  }
}

class DataValidationProxy {
  constructor(private readonly range: RangeProxy) {}

  clear() {
    this.range.change('dataValidationClear', { call: 'dataValidation.clear' }, (sheet, rect) => {
      // Validations wholly inside the range go; the fake does not split partial ones.
      sheet.validations = sheet.validations.filter(
        (v) => !(v.range.top >= rect.top && v.range.bottom <= rect.bottom && v.range.left >= rect.left && v.range.right <= rect.right),
      );
    });
  }

  set rule(rule: { list?: { inCellDropDown: boolean; source: string } }) {
    this.range.change('dataValidation', { set: 'dataValidation.rule', value: rule }, (sheet, rect) => {
      if (!rule.list) throw new Error('fake Excel: only list validation is modelled');
      if (sheet.validations.some((v) => intersects(v.range, rect)))
        throw new FakeRichApiError('InvalidOperation', 'the range already has a validation rule');
      sheet.validations.push({ range: { ...rect }, source: rule.list.source });
    });
  }
}

/** A formula as Excel returns it: function names in capitals, text literals as typed. */
function normalisedFormula(formula: string | undefined): string | undefined {
  return formula?.replace(/("(?:[^"]|"")*")|([A-Za-z][A-Za-z0-9.]*)(?=\()/g, (m, text: string | undefined) => text ?? m.toUpperCase());
}

/** The engine's view of what the fake holds now (what a perfect read would return). */
export function fakeToGrid(fake: FakeExcel): WorkbookGrid {
  return {
    sheets: fake.sheets.map((s) => ({
      name: s.name,
      values: s.values.map((row) => [...row]),
      formulas: s.formulas.map((row) => [...row]),
      numberFormats: s.formats.map((row) => row.map((f) => f ?? null)),
      merges: s.merges.map((m) => ({ ...m })),
      hidden: s.visibility !== 'Visible' || undefined,
    })),
  };
}

/** Puts the fake where the adapter looks for it (the global Excel namespace). */
export function installFakeExcel(fake: FakeExcel): () => void {
  const g = globalThis as unknown as { Excel?: unknown };
  const before = g.Excel;
  g.Excel = { run: fake.run };
  return () => {
    g.Excel = before;
  };
}
