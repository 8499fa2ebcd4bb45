import { isRelType, parseRelationships, type Relationship } from './relationships-part';
import { relsPathOf, resolveTarget } from './part-paths';
import { findElements, startTag, type XmlElement } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr, escapeXmlText } from './xml-text';
import { columnLetters } from '../../core/workbook/cell-address';
import type { CellRange, PrintSetup } from '../../core/workbook/cell-grid';
import { openSelfClosingTag, setTagAttribute } from './xml-tag';
import type { XlsxPackage } from './xlsx-package';
import { corrupt, XlsxFileError } from './xlsx-file-error';

const RELS_NAMESPACES = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];
const WHAT = 'workbook.xml';
const SPREADSHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  hidden: boolean;
  /** False for chart sheets and dialog sheets, which hold no cells. */
  isWorksheet: boolean;
  /** The worksheet part; undefined when it is not a worksheet or the part is missing. */
  part?: string;
}

export interface WorkbookInfo {
  part: string;
  relsPart: string;
  xml: string;
  relsXml: string;
  rels: Relationship[];
  sheets: WorkbookSheet[];
  sharedStringsPart?: string;
  stylesPart?: string;
  calcChainPart?: string;
  /** Serial numbers count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Excel recalculates every formula when it opens the file (and asks to save on closing). */
  fullCalcOnLoad: boolean;
  /** SpreadsheetML namespace of the workbook (transitional or strict); new sheets use the same. */
  namespace: string;
}

/** The workbook part named by the package relationships (normally xl/workbook.xml). */
function locateWorkbookPart(pkg: XlsxPackage): string {
  let target = 'xl/workbook.xml';
  if (pkg.has('_rels/.rels')) {
    const main = parseRelationships(pkg.readText('_rels/.rels'), '_rels/.rels').find((r) => isRelType(r.type, 'officeDocument'));
    if (main) target = resolveTarget('', main.target);
  }
  if (/\.bin$/i.test(target) || (!pkg.has(target) && pkg.has('xl/workbook.bin'))) {
    throw new XlsxFileError('not-xlsx', 'The file is a binary workbook (.xlsb), not .xlsx.');
  }
  const found = pkg.find(target) ?? pkg.find('xl/workbook.xml');
  if (!found) throw corrupt('The package has no xl/workbook.xml.');
  return found;
}

function relationshipPrefix(root: XmlElement): string | undefined {
  for (const [key, value] of Object.entries(root.attrs)) {
    if (key.startsWith('xmlns:') && RELS_NAMESPACES.includes(value)) return key.slice(6);
  }
  return undefined;
}

function sheetRelId(attrs: Record<string, string>, rPrefix: string | undefined): string {
  if (rPrefix && attrs[`${rPrefix}:id`] !== undefined) return attrs[`${rPrefix}:id`];
  const key = Object.keys(attrs).find((k) => k.endsWith(':id'));
  return key ? attrs[key] : '';
}

function sheetElements(xml: string): {
  root: XmlElement;
  sheetsEl?: XmlElement;
  sheets: XmlElement[];
  workbookPr?: XmlElement;
  calcPr?: XmlElement;
} {
  const els = findElements(
    xml,
    WHAT,
    (local, depth, parent) =>
      depth === 0 ||
      (depth === 1 && (local === 'sheets' || local === 'workbookPr' || local === 'calcPr')) ||
      (parent === 'sheets' && local === 'sheet'),
  );
  return {
    root: els[0],
    sheetsEl: els.find((e) => e.depth === 1 && e.local === 'sheets'),
    sheets: els.filter((e) => e.depth === 2),
    workbookPr: els.find((e) => e.depth === 1 && e.local === 'workbookPr'),
    calcPr: els.find((e) => e.depth === 1 && e.local === 'calcPr'),
  };
}

export function parseWorkbookPart(pkg: XlsxPackage): WorkbookInfo {
  const part = locateWorkbookPart(pkg);
  const xml = pkg.readText(part);
  const relsPart = relsPathOf(part);
  const relsXml = pkg.has(relsPart) ? pkg.readText(relsPart) : '';
  const rels = relsXml ? parseRelationships(relsXml, relsPart) : [];
  const { root, sheets: sheetEls, workbookPr, calcPr } = sheetElements(xml);
  if (!root || root.local !== 'workbook') throw corrupt('workbook.xml has no <workbook> element.');
  const rPrefix = relationshipPrefix(root);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const partOf = (kind: string) => {
    const rel = rels.find((r) => !r.external && isRelType(r.type, kind));
    return rel ? pkg.find(resolveTarget(part, rel.target)) : undefined;
  };
  const sheets = sheetEls.map((el): WorkbookSheet => {
    const relId = sheetRelId(el.attrs, rPrefix);
    const rel = byId.get(relId);
    const isWorksheet = rel !== undefined && isRelType(rel.type, 'worksheet');
    return {
      name: el.attrs.name ?? '',
      sheetId: Number(el.attrs.sheetId) || 0,
      relId,
      hidden: el.attrs.state === 'hidden' || el.attrs.state === 'veryHidden',
      isWorksheet,
      part: isWorksheet ? pkg.find(resolveTarget(part, rel.target)) : undefined,
    };
  });
  return {
    part,
    relsPart,
    xml,
    relsXml,
    rels,
    sheets,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    calcChainPart: partOf('calcChain'),
    date1904: workbookPr?.attrs.date1904 === '1' || workbookPr?.attrs.date1904 === 'true',
    fullCalcOnLoad: calcPr?.attrs.fullCalcOnLoad === '1' || calcPr?.attrs.fullCalcOnLoad === 'true',
    namespace: root.attrs[prefixOf(root.name) ? `xmlns:${prefixOf(root.name).slice(0, -1)}` : 'xmlns'] ?? SPREADSHEET_NS,
  };
}

export function findSheet(sheets: WorkbookSheet[], name: string): WorkbookSheet | undefined {
  const lower = name.toLowerCase();
  return sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Sets or clears state="hidden"; moves the active tab off a sheet being hidden. */
export function setSheetHidden(xml: string, name: string, hidden: boolean): string {
  const lower = name.toLowerCase();
  const { sheets } = sheetElements(xml);
  const index = sheets.findIndex((el) => (el.attrs.name ?? '').toLowerCase() === lower);
  if (index < 0) return xml;
  const el = sheets[index];
  const tag = setTagAttribute(startTag(xml, el), 'state', hidden ? 'hidden' : null);
  let out = xml.slice(0, el.start) + tag + xml.slice(el.openEnd);
  if (hidden) {
    const view = findElements(out, WHAT, (local, depth, parent) => parent === 'bookViews' && local === 'workbookView' && depth === 2)[0];
    if (view && Number(view.attrs.activeTab ?? 0) === index) {
      const visible = sheets.findIndex((s, i) => i !== index && !s.attrs.state);
      if (visible >= 0)
        out = out.slice(0, view.start) + setTagAttribute(startTag(out, view), 'activeTab', String(visible)) + out.slice(view.openEnd);
    }
  }
  return out;
}

export function appendSheet(xml: string, entry: { name: string; sheetId: number; relId: string; hidden: boolean }): string {
  const { root, sheetsEl } = sheetElements(xml);
  if (!sheetsEl) throw corrupt('workbook.xml has no <sheets> element.');
  const rPrefix = relationshipPrefix(root);
  const relAttr = rPrefix ? `${rPrefix}:id` : `xmlns:r="${RELS_NAMESPACES[0]}" r:id`;
  const state = entry.hidden ? ' state="hidden"' : '';
  const el = `<${prefixOf(sheetsEl.name)}sheet name="${escapeXmlAttr(entry.name)}" sheetId="${entry.sheetId}"${state} ${relAttr}="${escapeXmlAttr(entry.relId)}"/>`;
  if (sheetsEl.selfClosing) {
    return (
      xml.slice(0, sheetsEl.start) + openSelfClosingTag(startTag(xml, sheetsEl)) + el + `</${sheetsEl.name}>` + xml.slice(sheetsEl.end)
    );
  }
  return xml.slice(0, sheetsEl.closeStart) + el + xml.slice(sheetsEl.closeStart);
}

/** Elements that follow <calcPr> in CT_Workbook; a new calcPr goes before the first of them. */
const AFTER_CALC_PR = new Set([
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

/**
 * Asks Excel to recalculate everything on open (on: formulas read written cells), or no longer
 * (off: a restore taking back the run that asked). Excel then also asks to save on closing.
 */
export function setFullCalcOnLoad(xml: string, on: boolean): string {
  const els = findElements(xml, WHAT, (_local, depth) => depth <= 1);
  const root = els[0];
  const calcPr = els.find((e) => e.depth === 1 && e.local === 'calcPr');
  if (calcPr) {
    return (
      xml.slice(0, calcPr.start) + setTagAttribute(startTag(xml, calcPr), 'fullCalcOnLoad', on ? '1' : null) + xml.slice(calcPr.openEnd)
    );
  }
  if (!on) return xml;
  const el = `<${prefixOf(root.name)}calcPr fullCalcOnLoad="1"/>`;
  const next = els.find((e) => e.depth === 1 && AFTER_CALC_PR.has(e.local));
  const at = next ? next.start : root.closeStart;
  return xml.slice(0, at) + el + xml.slice(at);
}

/**
 * Removes a sheet's entry: the active and first visible tabs move off it, and defined names local
 * to it go while those of later sheets keep pointing at theirs (localSheetId is a position).
 */
export function removeSheetEntry(xml: string, name: string): string {
  const lower = name.toLowerCase();
  const { sheets } = sheetElements(xml);
  const index = sheets.findIndex((el) => (el.attrs.name ?? '').toLowerCase() === lower);
  if (index < 0) return xml;
  const edits: { start: number; end: number; text: string }[] = [{ start: sheets[index].start, end: sheets[index].end, text: '' }];
  const shifted = (n: number) => String(n > index ? n - 1 : n === index ? 0 : n);
  for (const view of findElements(xml, WHAT, (local, depth, parent) => parent === 'bookViews' && local === 'workbookView' && depth === 2)) {
    let tag = startTag(xml, view);
    for (const attr of ['activeTab', 'firstSheet'])
      if (view.attrs[attr] !== undefined) tag = setTagAttribute(tag, attr, shifted(Number(view.attrs[attr])));
    edits.push({ start: view.start, end: view.openEnd, text: tag });
  }
  for (const dn of findElements(xml, WHAT, (local, depth, parent) => parent === 'definedNames' && local === 'definedName' && depth === 2)) {
    if (dn.attrs.localSheetId === undefined) continue;
    const local = Number(dn.attrs.localSheetId);
    if (local === index) edits.push({ start: dn.start, end: dn.end, text: '' });
    else if (local > index)
      edits.push({ start: dn.start, end: dn.openEnd, text: setTagAttribute(startTag(xml, dn), 'localSheetId', String(local - 1)) });
  }
  let out = xml;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

const PRINT_NAMES = ['_xlnm.Print_Area', '_xlnm.Print_Titles'];
/** Elements that follow <definedNames> in CT_Workbook; a new definedNames goes before the first of them. */
const AFTER_DEFINED_NAMES = new Set(['calcPr', ...AFTER_CALC_PR]);

/** 'Sheet name'!$A$1:$G$21, the sheet name always quoted (a quote doubled). */
export function sheetReference(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}

/** $A$1:$G$21 */
export function absoluteRange(r: CellRange): string {
  return `$${columnLetters(r.left)}$${r.top + 1}:$${columnLetters(r.right)}$${r.bottom + 1}`;
}

/**
 * The print area and repeated title rows of the sheet at `index` in <sheets> (the defined names
 * _xlnm.Print_Area and _xlnm.Print_Titles local to it), replacing any the sheet had.
 */
export function setPrintNames(xml: string, index: number, sheet: string, print: PrintSetup): string {
  const { area, titleRows } = print;
  const names: [string, string][] = [['_xlnm.Print_Area', sheetReference(sheet, absoluteRange(area))]];
  if (titleRows) names.push(['_xlnm.Print_Titles', sheetReference(sheet, `$${titleRows.top + 1}:$${titleRows.bottom + 1}`)]);
  const els = findElements(
    xml,
    WHAT,
    (local, depth, parent) => depth <= 1 || (parent === 'definedNames' && local === 'definedName' && depth === 2),
  );
  const root = els[0];
  const p = prefixOf(root.name);
  const added = names
    .map(([name, ref]) => `<${p}definedName name="${name}" localSheetId="${index}">${escapeXmlText(ref)}</${p}definedName>`)
    .join('');
  const container = els.find((e) => e.depth === 1 && e.local === 'definedNames');
  if (!container) {
    const before = els.find((e) => e.depth === 1 && AFTER_DEFINED_NAMES.has(e.local));
    const at = before ? before.start : root.closeStart;
    return `${xml.slice(0, at)}<${p}definedNames>${added}</${p}definedNames>${xml.slice(at)}`;
  }
  const old = els.filter(
    (e) =>
      e.depth === 2 &&
      PRINT_NAMES.includes(e.attrs.name ?? '') &&
      e.attrs.localSheetId !== undefined &&
      Number(e.attrs.localSheetId) === index,
  );
  let out = xml;
  if (container.selfClosing) {
    out =
      out.slice(0, container.start) +
      openSelfClosingTag(startTag(out, container)) +
      added +
      `</${container.name}>` +
      out.slice(container.end);
  } else {
    out = out.slice(0, container.closeStart) + added + out.slice(container.closeStart);
  }
  for (const e of old.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + out.slice(e.end);
  return out;
}
