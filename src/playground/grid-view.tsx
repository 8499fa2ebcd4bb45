import { Button, makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components';
import { memo, useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react';
import type { PlaygroundTranslate } from '../core/messages/playground-messages';
import { cellAddress, columnLetters, parseCellAddress } from '../core/workbook/cell-address';
import type { SheetLooks } from '../adapters/xlsx';
import type { CellRange, CellStyle, CellValue, SheetGrid } from '../core/workbook/cell-grid';
import type { CellSelection, WorkbookSnapshot } from './browser-workbook-port';
import { cellText } from './cell-text';

/** Rows drawn at first; "show more" adds SHOW_MORE_ROWS at a time, so a 1,000-row sheet opens at once. */
export const INITIAL_ROWS = 200;
export const SHOW_MORE_ROWS = 500;
/** Columns drawn at most (a stray cell in column XFD would otherwise make 16,384 of them). */
export const MAX_COLUMNS = 200;
/** The row numbers' column, in px (the sheet's own columns follow at their widths). */
const ROW_HEADER_PX = 48;
/** A width as the file stores it (digits of the default font plus padding, 7 px a digit at 100 %) in px. */
const widthPx = (width: number) => (width <= 0 ? 0 : Math.trunc(width * 7 + 0.5));
const EDGE = '1px solid #000000';

/** A cell's own look from the file (bold, fill, font colour, borders, alignment) as inline style. */
function lookStyle(look: CellStyle | undefined, above: CellStyle | undefined, left: CellStyle | undefined): CSSProperties | undefined {
  if (!look) return undefined;
  const style: CSSProperties = {};
  if (look.bold) style.fontWeight = 700;
  // a filled cell keeps its own (light) colours in the dark theme too, as it prints
  if (look.fill) Object.assign(style, { backgroundColor: `#${look.fill}`, color: `#${look.fontColor ?? '000000'}` });
  else if (look.fontColor) style.color = `#${look.fontColor}`;
  if (look.border) {
    // right and bottom on every bordered cell; top and left only where the neighbour draws none, so lines stay 1 px
    Object.assign(style, { borderRight: EDGE, borderBottom: EDGE });
    if (!above?.border) style.borderTop = EDGE;
    if (!left?.border) style.borderLeft = EDGE;
  }
  if (look.horizontal) style.textAlign = look.horizontal;
  if (look.wrap) Object.assign(style, { whiteSpace: 'normal', height: 'auto', textOverflow: 'clip' });
  return style;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: 0, minWidth: 0, flexGrow: 1, rowGap: tokens.spacingVerticalXS },
  tabs: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalXXS,
    overflowX: 'auto',
    flexShrink: 0,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalM}`,
    border: 'none',
    borderBottom: '3px solid transparent',
    borderRadius: `${tokens.borderRadiusMedium} ${tokens.borderRadiusMedium} 0 0`,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover, color: tokens.colorNeutralForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  tabSelected: {
    borderBottomColor: tokens.colorCompoundBrandStroke,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    minHeight: '28px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    flexShrink: 0,
  },
  barAddress: {
    minWidth: '9em',
    fontWeight: tokens.fontWeightSemibold,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingRight: tokens.spacingHorizontalS,
  },
  barContent: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace },
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    // scrollIntoView keeps a selected cell clear of the sticky column letters and row numbers
    scrollPaddingTop: '28px',
    scrollPaddingLeft: '56px',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  table: {
    borderCollapse: 'separate',
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    // as in Excel, the columns are as wide as the sheet says, whatever they hold
    tableLayout: 'fixed',
  },
  header: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    boxSizing: 'border-box',
    padding: '2px 6px',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    textAlign: 'center',
  },
  rowHeader: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    boxSizing: 'border-box',
    padding: '2px 6px',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'right',
  },
  corner: { left: 0, zIndex: 3 },
  headerOn: { backgroundColor: tokens.colorBrandBackground2, color: tokens.colorNeutralForeground1, fontWeight: tokens.fontWeightSemibold },
  cell: {
    boxSizing: 'border-box',
    height: '20px',
    padding: '1px 6px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'cell',
  },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  runsOn: { overflow: 'visible', textOverflow: 'clip' },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    backgroundColor: tokens.colorBrandBackground2,
  },
  footer: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, flexShrink: 0, minHeight: '32px' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground3 },
});

function rowCount(sheet: SheetGrid): number {
  return Math.max(sheet.values.length, sheet.formulas.length, sheet.numberFormats.length);
}

function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const grid of [sheet.values, sheet.formulas, sheet.numberFormats]) for (const row of grid) if (row && row.length > n) n = row.length;
  for (const m of sheet.merges) n = Math.max(n, m.right + 1);
  return n;
}

interface RowProps {
  row: number;
  columns: number;
  values: CellValue[] | undefined;
  formats: (string | null)[] | undefined;
  /** The selected column in this row, or -1. */
  selectedCol: number;
  looks: (CellStyle | undefined)[] | undefined;
  looksAbove: (CellStyle | undefined)[] | undefined;
  /** Merged areas in this row: the top-left cell spans them, the others are not drawn. */
  merges: ReadonlyMap<number, CellRange | 'covered'> | undefined;
}

/** Each drawn row's merged cells: the anchor (top-left) with its range, every other cell 'covered'. */
function mergesByRow(merges: readonly CellRange[], rows: number, columns: number): Map<number, Map<number, CellRange | 'covered'>> {
  const byRow = new Map<number, Map<number, CellRange | 'covered'>>();
  for (const m of merges) {
    if (m.top >= rows || m.left >= columns) continue;
    for (let r = m.top; r <= Math.min(m.bottom, rows - 1); r++) {
      let row = byRow.get(r);
      if (!row) byRow.set(r, (row = new Map()));
      for (let c = m.left; c <= Math.min(m.right, columns - 1); c++) row.set(c, r === m.top && c === m.left ? m : 'covered');
    }
  }
  return byRow;
}

const GridRow = memo(function GridRow({ row, columns, values, formats, selectedCol, looks, looksAbove, merges }: RowProps) {
  const styles = useStyles();
  const cells = [];
  for (let col = 0; col < columns; col++) {
    const merge = merges?.get(col);
    if (merge === 'covered') continue;
    const value = values?.[col] ?? null;
    const text = cellText(value, formats?.[col] ?? null);
    const selected = merge ? selectedCol >= merge.left && selectedCol <= merge.right : col === selectedCol;
    const look = looks?.[col];
    // as in Excel, text runs on over empty cells to its right (not over a merged area's end or a wrapped cell)
    const runsOn = typeof value === 'string' && !merge && !look?.wrap && col + 1 < columns && (values?.[col + 1] ?? null) === null;
    cells.push(
      <td
        key={col}
        data-address={cellAddress(row, col)}
        data-selected={selected ? 'true' : undefined}
        className={mergeClasses(
          styles.cell,
          typeof value === 'number' && styles.number,
          runsOn && styles.runsOn,
          selected && styles.selected,
        )}
        style={lookStyle(look, looksAbove?.[col], looks?.[col - 1])}
        colSpan={merge ? Math.min(merge.right, columns - 1) - merge.left + 1 : undefined}
        rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
        title={text.length > 12 ? text : undefined}
      >
        {text}
      </td>,
    );
  }
  return (
    <tr>
      <th scope="row" className={mergeClasses(styles.rowHeader, selectedCol >= 0 && styles.headerOn)}>
        {row + 1}
      </th>
      {cells}
    </tr>
  );
});

/**
 * The sheet tabs: a WAI-ARIA tablist (arrow keys, Home and End move between sheets). Plain buttons
 * rather than Fluent's TabList, whose focus helpers put aria-hidden focusable elements in the list.
 */
function SheetTabs(props: {
  sheets: SheetGrid[];
  active: string;
  panelId: string;
  tabId: (index: number) => string;
  label: string;
  onShow(sheet: string): void;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = props.sheets.findIndex((s) => s.name === props.active);
    const last = props.sheets.length - 1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: last }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = (to + props.sheets.length) % props.sheets.length;
    props.onShow(props.sheets[index].name);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[index]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={props.label} className={styles.tabs} onKeyDown={onKeyDown}>
      {props.sheets.map((s, index) => {
        const selected = s.name === props.active;
        return (
          <button
            key={s.name}
            type="button"
            role="tab"
            id={props.tabId(index)}
            aria-selected={selected}
            aria-controls={selected ? props.panelId : undefined}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.tabSelected)}
            onClick={() => props.onShow(s.name)}
          >
            {s.name}
          </button>
        );
      })}
    </div>
  );
}

export interface GridViewProps {
  snapshot: WorkbookSnapshot;
  /** The sheet's column widths and cell looks as the file holds them (null: none to draw). */
  looksOf(sheet: string): SheetLooks | null;
  onShowSheet(sheet: string): void;
  onSelectCell(sheet: string, row: number, col: number): void;
  t: PlaygroundTranslate;
}

function formulaBarText(sheet: SheetGrid, selection: CellSelection): string {
  const formula = sheet.formulas[selection.row]?.[selection.col];
  if (formula) return formula.startsWith('=') ? formula : `=${formula}`;
  const value = sheet.values[selection.row]?.[selection.col] ?? null;
  return value === null ? '' : String(value);
}

/** The workbook as Excel would show it: sheet tabs, column letters and row numbers, each cell's displayed text. */
export function GridView({ snapshot, looksOf, onShowSheet, onSelectCell, t }: GridViewProps) {
  const styles = useStyles();
  const { grid, activeSheet, selection } = snapshot;
  const sheet = grid.sheets.find((s) => s.name === activeSheet) ?? grid.sheets[0];
  const scroller = useRef<HTMLDivElement>(null);
  const panelId = useId('sheet');
  // rows drawn per sheet (the page mounts a new GridView for each workbook opened)
  const [limits, setLimits] = useState<Record<string, number>>({});

  const rows = rowCount(sheet);
  const allColumns = columnCount(sheet);
  const columns = Math.min(allColumns, MAX_COLUMNS);
  const selected = selection && selection.sheet === sheet.name ? selection : null;
  let limit = limits[sheet.name] ?? INITIAL_ROWS;
  // a selected cell further down is always drawn
  if (selected && selected.row >= limit) limit = Math.ceil((selected.row + 1) / SHOW_MORE_ROWS) * SHOW_MORE_ROWS;
  const shown = Math.min(rows, limit);
  const shownColumns = selected ? Math.max(columns, Math.min(selected.col + 1, allColumns)) : columns;

  const headers = useMemo(() => Array.from({ length: shownColumns }, (_, col) => columnLetters(col)), [shownColumns]);
  // read again after each write (the revision): a summary sheet added has its own widths and fills
  const looks = useMemo(() => looksOf(sheet.name), [looksOf, sheet.name, snapshot.revision]); // eslint-disable-line react-hooks/exhaustive-deps
  const merges = useMemo(() => mergesByRow(sheet.merges, shown, shownColumns), [sheet.merges, shown, shownColumns]);
  const widths = headers.map((_, col) => widthPx(looks?.columnWidths[col] ?? looks?.defaultWidth ?? 8.43));

  // bring the selected cell into view (a clicked validation issue)
  useEffect(() => {
    if (!selected) return;
    const td = scroller.current?.querySelector<HTMLElement>(`td[data-address="${cellAddress(selected.row, selected.col)}"]`);
    const box = scroller.current;
    if (!td || !box) return;
    // a cell already in view (a click in the grid) stays where it is; one out of view is centred
    const cell = td.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    const header = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const rowHeader = box.querySelector('tbody th')?.getBoundingClientRect().width ?? 0;
    const visible =
      cell.top >= view.top + header && cell.bottom <= view.bottom && cell.left >= view.left + rowHeader && cell.right <= view.right;
    if (!visible) td.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }, [selected?.sheet, selected?.row, selected?.col, snapshot.revision]); // eslint-disable-line react-hooks/exhaustive-deps

  const onClick = (event: MouseEvent<HTMLTableElement>) => {
    const td = (event.target as HTMLElement).closest<HTMLElement>('td[data-address]');
    const at = td && parseCellAddress(td.dataset.address ?? '');
    if (at) onSelectCell(sheet.name, at.row, at.col);
  };

  const body = [];
  for (let row = 0; row < shown; row++) {
    body.push(
      <GridRow
        key={row}
        row={row}
        columns={shownColumns}
        values={sheet.values[row]}
        formats={sheet.numberFormats[row]}
        selectedCol={selected && selected.row === row ? selected.col : -1}
        looks={looks?.cells[row]}
        looksAbove={looks?.cells[row - 1]}
        merges={merges.get(row)}
      />,
    );
  }

  return (
    <div className={styles.root} data-testid="grid">
      <SheetTabs
        // As in Excel, a hidden sheet (the restore record) has no tab.
        sheets={grid.sheets.filter((s) => !s.hidden || s.name === sheet.name)}
        active={sheet.name}
        panelId={panelId}
        tabId={(index) => `${panelId}-tab-${index}`}
        label={t('PG_SHEETS')}
        onShow={onShowSheet}
      />
      <div className={styles.bar} data-testid="formula-bar">
        <span className={styles.barAddress}>{selected ? `${sheet.name}!${cellAddress(selected.row, selected.col)}` : sheet.name}</span>
        <span className={styles.barContent}>{selected ? formulaBarText(sheet, selected) : ''}</span>
      </div>
      {/* the active tab's panel; focusable, so the sheet can be scrolled with the keyboard */}
      <div
        ref={scroller}
        id={panelId}
        className={styles.scroller}
        role="tabpanel"
        aria-labelledby={`${panelId}-tab-${grid.sheets.indexOf(sheet)}`}
        tabIndex={0}
      >
        {rows === 0 ? (
          <p className={styles.empty}>{t('PG_EMPTY_SHEET')}</p>
        ) : (
          <table className={styles.table} style={{ width: ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0) }} onClick={onClick}>
            <thead>
              <tr>
                <th scope="col" className={mergeClasses(styles.header, styles.corner)} style={{ width: ROW_HEADER_PX }}>
                  <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' }}>
                    {t('PG_CELL')}
                  </span>
                </th>
                {headers.map((letters, col) => (
                  <th
                    key={col}
                    scope="col"
                    className={mergeClasses(styles.header, selected?.col === col && styles.headerOn)}
                    style={{ width: widths[col] }}
                  >
                    {letters}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{body}</tbody>
          </table>
        )}
      </div>
      <div className={styles.footer}>
        {rows > 0 && (
          <Text size={200} aria-live="polite">
            {t('PG_ROWS_SHOWN', { shown: shown.toLocaleString('en-US'), total: rows.toLocaleString('en-US') })}
          </Text>
        )}
        {shown < rows && (
          <Button size="small" onClick={() => setLimits((l) => ({ ...l, [sheet.name]: shown + SHOW_MORE_ROWS }))}>
            {t('PG_SHOW_MORE_ROWS', { n: Math.min(SHOW_MORE_ROWS, rows - shown).toLocaleString('en-US') })}
          </Button>
        )}
        {allColumns > shownColumns && <Text size={200}>{t('PG_COLUMNS_CUT', { shown: shownColumns, n: allColumns - shownColumns })}</Text>}
      </div>
    </div>
  );
}
