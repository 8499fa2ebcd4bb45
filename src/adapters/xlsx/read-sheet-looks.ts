import type { CellStyle } from '../../core/workbook/cell-grid';
import { columnOfRef } from './cell-ref';
import { parseWorkbookPart } from './workbook-part';
import { localName, parseXml, type XmlHandler } from './xml-events';
import { XlsxPackage } from './xlsx-package';

/** How a sheet looks, for a preview: what the engine never reads (it works on values alone). */
export interface SheetLooks {
  /** Each column's width as the file stores it (digits of the default font, padding included); undefined where the sheet keeps the default. */
  columnWidths: (number | undefined)[];
  /** The sheet's default column width (8.43 in a new workbook). */
  defaultWidth: number;
  /** The look of each styled cell (by 0-based row, then column); absent where the cell has the default look. */
  cells: (CellStyle | undefined)[][];
}

/** Office's default theme colours, in the order theme="N" counts them (lt1 and dk1 come first, swapped). */
const THEME_COLOURS = ['FFFFFF', '000000', 'E7E6E6', '44546A', '4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47'];
const DEFAULT_WIDTH = 8.43;

/** "FFDDEBF7" or theme="4" tint="0.8" as six hex digits; undefined for automatic and indexed colours. */
function colourOf(attrs: Record<string, string>): string | undefined {
  let rgb: string | undefined;
  if (attrs.rgb && /^[0-9A-Fa-f]{8}$/.test(attrs.rgb)) rgb = attrs.rgb.slice(2).toUpperCase();
  else if (attrs.theme !== undefined) rgb = THEME_COLOURS[Number(attrs.theme)];
  const tint = Number(attrs.tint ?? 0);
  if (!rgb || !tint) return rgb;
  // Excel tints in HLS; lightening or darkening each channel is close enough for a preview.
  const channel = (i: number) => {
    const c = parseInt(rgb.slice(i, i + 2), 16);
    const v = tint > 0 ? c + (255 - c) * tint : c * (1 + tint);
    return Math.round(Math.min(255, Math.max(0, v)))
      .toString(16)
      .padStart(2, '0');
  };
  return (channel(0) + channel(2) + channel(4)).toUpperCase();
}

interface Font {
  bold: boolean;
  colour?: string;
}

/** styles.xml's fonts, solid fills, borders and cellXfs, as the CellStyle of each xf index. */
class StylesReader implements XmlHandler {
  readonly fonts: Font[] = [];
  readonly fills: (string | undefined)[] = [];
  readonly borders: boolean[] = [];
  readonly xfs: CellStyle[] = [];
  private section = '';
  private pattern = '';
  private borderSide = false;

  open(name: string, attrs: Record<string, string>): void {
    const local = localName(name);
    const s = this.section;
    if (
      local === 'fonts' ||
      local === 'fills' ||
      local === 'borders' ||
      local === 'cellXfs' ||
      local === 'cellStyleXfs' ||
      local === 'dxfs'
    )
      this.section = local;
    else if (s === 'fonts' && local === 'font') this.fonts.push({ bold: false });
    else if (s === 'fonts' && local === 'b') this.fonts[this.fonts.length - 1].bold = attrs.val !== '0' && attrs.val !== 'false';
    else if (s === 'fonts' && local === 'color') this.fonts[this.fonts.length - 1].colour = colourOf(attrs);
    else if (s === 'fills' && local === 'fill') this.fills.push(undefined);
    else if (s === 'fills' && local === 'patternFill') this.pattern = attrs.patternType ?? 'none';
    else if (s === 'fills' && local === 'fgColor' && this.pattern === 'solid') this.fills[this.fills.length - 1] = colourOf(attrs);
    else if (s === 'borders' && local === 'border') this.borders.push(false);
    else if (s === 'borders' && ['left', 'right', 'top', 'bottom', 'start', 'end'].includes(local))
      this.borderSide = !!attrs.style && attrs.style !== 'none';
    else if (s === 'cellXfs' && local === 'xf') this.xfs.push(this.xf(attrs));
    else if (s === 'cellXfs' && local === 'alignment') {
      const xf = this.xfs[this.xfs.length - 1];
      if (attrs.horizontal === 'left' || attrs.horizontal === 'center' || attrs.horizontal === 'right') xf.horizontal = attrs.horizontal;
      if (attrs.wrapText === '1' || attrs.wrapText === 'true') xf.wrap = true;
    }
  }

  close(name: string): void {
    const local = localName(name);
    if (this.section === 'borders' && ['left', 'right', 'top', 'bottom', 'start', 'end'].includes(local) && this.borderSide)
      this.borders[this.borders.length - 1] = true;
    if (local === this.section) this.section = '';
  }

  private xf(attrs: Record<string, string>): CellStyle {
    const font = this.fonts[Number(attrs.fontId ?? 0)];
    const style: CellStyle = {};
    if (font?.bold) style.bold = true;
    if (font?.colour && font.colour !== '000000') style.fontColor = font.colour;
    const fill = this.fills[Number(attrs.fillId ?? 0)];
    if (fill) style.fill = fill;
    if (this.borders[Number(attrs.borderId ?? 0)]) style.border = true;
    return style;
  }
}

/** A worksheet's <cols> widths and each cell's style index. */
class LooksReader implements XmlHandler {
  readonly columnWidths: (number | undefined)[] = [];
  defaultWidth = DEFAULT_WIDTH;
  readonly cells: (CellStyle | undefined)[][] = [];
  private row = -1;
  private col = -1;

  constructor(private readonly xfs: readonly CellStyle[]) {}

  open(name: string, attrs: Record<string, string>): void {
    const local = localName(name);
    if (local === 'c') {
      const col = attrs.r === undefined ? -1 : columnOfRef(attrs.r);
      this.col = col >= 0 ? col : this.col + 1;
      const look = attrs.s === undefined ? undefined : this.xfs[Number(attrs.s)];
      if (look && Object.keys(look).length > 0) (this.cells[this.row] ??= [])[this.col] = look;
    } else if (local === 'row') {
      const r = Number(attrs.r);
      this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1;
      this.col = -1;
    } else if (local === 'col') {
      const width = Number(attrs.width);
      const min = Number(attrs.min);
      const max = Math.min(Number(attrs.max), min + 16384);
      if (!Number.isFinite(width) || !(min >= 1) || !(max >= min)) return;
      const hidden = attrs.hidden === '1' || attrs.hidden === 'true';
      for (let c = min - 1; c < max; c++) this.columnWidths[c] = hidden ? 0 : width;
    } else if (local === 'sheetFormatPr') {
      const width = Number(attrs.defaultColWidth ?? NaN);
      // baseColWidth counts digits without the padding defaultColWidth includes
      const base = Number(attrs.baseColWidth ?? NaN);
      if (Number.isFinite(width)) this.defaultWidth = width;
      else if (Number.isFinite(base)) this.defaultWidth = base + 0.71;
    }
  }
}

/**
 * The looks of one worksheet of an .xlsx file: column widths, and per cell its bold, font colour,
 * solid fill, borders and alignment (as the playground draws them); null when the file has no such sheet.
 */
export function readSheetLooks(bytes: Uint8Array, sheetName: string): SheetLooks | null {
  const pkg = XlsxPackage.openWorkbook(bytes);
  const wb = parseWorkbookPart(pkg);
  const sheet = wb.sheets.find((s) => s.name === sheetName);
  if (!sheet?.part) return null;
  const styles = new StylesReader();
  if (wb.stylesPart) parseXml(pkg.readText(wb.stylesPart), styles, 'styles.xml');
  const looks = new LooksReader(styles.xfs);
  parseXml(pkg.readText(sheet.part), looks, sheet.part);
  return { columnWidths: looks.columnWidths, defaultWidth: looks.defaultWidth, cells: looks.cells };
}
