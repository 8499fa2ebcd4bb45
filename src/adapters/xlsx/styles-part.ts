import type { CellStyle } from '../../core/workbook/cell-grid';
import { builtinFormatCode, builtinFormatId } from './builtin-number-formats';
import { TextSplicer } from './text-splice';
import { findElements, outerXml, startTag, type XmlElement } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr } from './xml-text';
import { openSelfClosingTag, setTagAttribute } from './xml-tag';

const WHAT = 'styles.xml';
/** CT_Stylesheet's child order; a missing section is inserted where the schema wants it. */
const SECTION_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const ITEM_OF: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';

const FONT_ORDER = [
  'b',
  'i',
  'strike',
  'condense',
  'extend',
  'outline',
  'shadow',
  'u',
  'vertAlign',
  'sz',
  'color',
  'name',
  'family',
  'charset',
  'scheme',
];
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const FIRST_CUSTOM_NUMFMT_ID = 164;

function argb(color: string): string {
  if (/^[0-9A-Fa-f]{6}$/.test(color)) return `FF${color.toUpperCase()}`;
  if (/^[0-9A-Fa-f]{8}$/.test(color)) return color.toUpperCase();
  throw new RangeError(`Not an RGB colour: "${color}" (expected six hex digits such as DDEBF7).`);
}

/**
 * styles.xml as written, plus what this patch appends. Existing entries are never
 * changed, so every index other parts hold stays valid.
 */
export class StylesPart {
  private readonly root: XmlElement;
  private readonly sections = new Map<string, XmlElement>();
  private readonly items: Record<Section, XmlElement[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly addedIndex = new Map<string, number>();
  /** xfWithNumberFormat's answers: a grade asks the same few a hundred thousand times. */
  private readonly withFormat = new Map<string, number>();
  private readonly numFmtCodes = new Map<number, string>();
  private nextNumFmtId = FIRST_CUSTOM_NUMFMT_ID;
  private readonly p: string;

  constructor(private readonly xml: string) {
    const els = findElements(
      xml,
      WHAT,
      (local, depth, parent) => depth <= 1 || (depth === 2 && parent !== undefined && ITEM_OF[parent] === local),
    );
    this.root = els[0];
    this.p = prefixOf(this.root.name);
    for (const el of els) {
      if (el.depth === 1 && !this.sections.has(el.local)) this.sections.set(el.local, el);
      if (el.depth === 2 && this.sections.get(el.parent!) !== undefined) this.items[el.parent as Section].push(el);
    }
    for (const el of this.items.numFmts) {
      const id = Number(el.attrs.numFmtId);
      if (!Number.isInteger(id)) continue;
      this.numFmtCodes.set(id, el.attrs.formatCode ?? '');
      if (id >= this.nextNumFmtId) this.nextNumFmtId = id + 1;
    }
  }

  get modified(): boolean {
    return Object.values(this.added).some((a) => a.length > 0);
  }

  /** Number format code of each cellXfs entry, null for General. */
  formatsByXf(): (string | null)[] {
    return this.items.cellXfs.map((xf) => this.formatCode(Number(xf.attrs.numFmtId ?? 0)));
  }

  private formatCode(id: number): string | null {
    const custom = this.numFmtCodes.get(id);
    if (custom !== undefined) return custom === '' || custom === 'General' ? null : custom;
    return builtinFormatCode(id);
  }

  /** The cellXfs index for `base` with its number format replaced by `code`. */
  xfWithNumberFormat(base: number, code: string): number {
    const key = `${base}\u0000${code}`;
    let xf = this.withFormat.get(key);
    if (xf === undefined) this.withFormat.set(key, (xf = this.newXfWithNumberFormat(base, code)));
    return xf;
  }

  private newXfWithNumberFormat(base: number, code: string): number {
    const baseEl = this.items.cellXfs[base] ?? this.items.cellXfs[0];
    const numFmtId = this.numFmtId(code);
    if (baseEl && Number(baseEl.attrs.numFmtId ?? 0) === numFmtId) return this.items.cellXfs[base] ? base : 0;
    const template = baseEl ? outerXml(this.xml, baseEl) : `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`;
    const tagEnd = baseEl ? baseEl.openEnd - baseEl.start : template.length;
    let tag = setTagAttribute(template.slice(0, tagEnd), 'numFmtId', String(numFmtId));
    tag = setTagAttribute(tag, 'applyNumberFormat', '1');
    return this.add('cellXfs', tag + template.slice(tagEnd));
  }

  /** The cellXfs index for an engine style; 0 (the default) when the style asks for nothing. */
  xfForCellStyle(style: CellStyle | undefined): number {
    if (!style) return 0;
    const { numberFormat, bold, fill, fontColor, border, horizontal, vertical, wrap } = style;
    if (!numberFormat && !bold && !fill && !fontColor && !border && !horizontal && !vertical && !wrap) return 0;
    const p = this.p;
    const base = this.items.cellXfs[0]?.attrs ?? {};
    const numFmtId = numberFormat ? this.numFmtId(numberFormat) : 0;
    const fontId = bold || fontColor ? this.fontId(!!bold, fontColor) : Number(base.fontId ?? 0);
    const fillId = fill ? this.fillId(fill) : 0;
    const borderId = border ? this.borderId() : 0;
    const xfId = this.items.cellXfs.length && this.sections.has('cellStyleXfs') ? ' xfId="0"' : '';
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"${xfId}`;
    if (numberFormat) attrs += ' applyNumberFormat="1"';
    if (bold || fontColor) attrs += ' applyFont="1"';
    if (fill) attrs += ' applyFill="1"';
    if (border) attrs += ' applyBorder="1"';
    if (!horizontal && !vertical && !wrap) return this.add('cellXfs', `<${p}xf ${attrs}/>`);
    const alignment = `<${p}alignment${horizontal ? ` horizontal="${horizontal}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${wrap ? ' wrapText="1"' : ''}/>`;
    return this.add('cellXfs', `<${p}xf ${attrs} applyAlignment="1">${alignment}</${p}xf>`);
  }

  private numFmtId(code: string): number {
    const builtin = builtinFormatId(code);
    if (builtin !== undefined || code === '') return builtin ?? 0;
    for (const [id, existing] of this.numFmtCodes) if (existing === code) return id;
    const id = this.nextNumFmtId++;
    this.numFmtCodes.set(id, code);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXmlAttr(code)}"/>`);
    return id;
  }

  private fontId(bold: boolean, color: string | undefined): number {
    const p = this.p;
    const baseIndex = Number(this.items.cellXfs[0]?.attrs.fontId ?? 0);
    const baseEl = this.items.fonts[baseIndex] ?? this.items.fonts[0];
    const baseXml = baseEl ? outerXml(this.xml, baseEl) : `<${p}font><${p}sz val="11"/></${p}font>`;
    const children = findElements(baseXml, WHAT, (_l, depth) => depth === 1).map((c) => ({ local: c.local, xml: outerXml(baseXml, c) }));
    const kept = children.filter((c) => c.local !== 'b' && !(color && c.local === 'color'));
    if (bold) kept.push({ local: 'b', xml: `<${p}b/>` });
    if (color) kept.push({ local: 'color', xml: `<${p}color rgb="${argb(color)}"/>` });
    // Excel's own order, whatever the schema allows: unknown children go last.
    const rank = (local: string) => {
      const i = FONT_ORDER.indexOf(local);
      return i < 0 ? FONT_ORDER.length : i;
    };
    const body = kept
      .map((c, i) => ({ ...c, i }))
      .sort((a, b) => rank(a.local) - rank(b.local) || a.i - b.i)
      .map((c) => c.xml)
      .join('');
    return this.add('fonts', `<${p}font>${body}</${p}font>`);
  }

  private fillId(color: string): number {
    const p = this.p;
    // Fills 0 and 1 are reserved by Excel (none, gray125); a short list must be padded first.
    while (this.items.fills.length + this.added.fills.length < 2) {
      this.added.fills.push(DEFAULT_FILLS[this.items.fills.length + this.added.fills.length].replace(/<(\/?)/g, `<$1${p}`));
    }
    return this.add(
      'fills',
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(color)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /** The differential format (a conditional format's look) of a font and a fill colour, "#RRGGBB" or "RRGGBB". */
  dxfId(font: string, fill: string): number {
    const p = this.p;
    const rgb = (c: string) => argb(c.replace(/^#/, ''));
    // In a dxf, a solid fill's colour is its bgColor.
    const xml = `<${p}dxf><${p}font><${p}color rgb="${rgb(font)}"/></${p}font><${p}fill><${p}patternFill><${p}bgColor rgb="${rgb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`;
    // an earlier grade's identical one is reused, so reruns do not grow the styles part
    const existing = this.items.dxfs.findIndex((el) => outerXml(this.xml, el) === xml);
    return existing >= 0 ? existing : this.add('dxfs', xml);
  }

  private borderId(): number {
    const p = this.p;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
    return this.add('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`);
  }

  /** Appends an entry (or finds the identical one added earlier in this patch) and returns its index. */
  private add(section: Section, xml: string): number {
    const key = `${section}\u0000${xml}`;
    const known = this.addedIndex.get(key);
    if (known !== undefined) return known;
    const index = this.items[section].length + this.added[section].length;
    this.added[section].push(xml);
    this.addedIndex.set(key, index);
    return index;
  }

  toXml(): string {
    if (!this.modified) return this.xml;
    const out = new TextSplicer(this.xml);
    const p = this.p;
    for (const section of Object.keys(this.added) as Section[]) {
      const extra = this.added[section];
      if (!extra.length) continue;
      const count = String(this.items[section].length + extra.length);
      const el = this.sections.get(section);
      if (el && !el.selfClosing) {
        out.replace(el.start, el.openEnd, setTagAttribute(startTag(this.xml, el), 'count', count));
        out.insert(el.closeStart, extra.join(''));
      } else if (el) {
        out.replace(
          el.start,
          el.end,
          setTagAttribute(openSelfClosingTag(startTag(this.xml, el)), 'count', count) + extra.join('') + `</${el.name}>`,
        );
      } else {
        const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)
          .map((name) => this.sections.get(name))
          .find((e) => e !== undefined);
        out.insert(later ? later.start : this.root.closeStart, `<${p}${section} count="${count}">${extra.join('')}</${p}${section}>`);
      }
    }
    return out.toString();
  }
}
