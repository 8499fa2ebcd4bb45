import type { OutputCell, SheetChart, SheetOutput } from '../../core/workbook/cell-grid';
import { renderChartPart, DRAWINGML_NS, CHART_NS } from './chart-xml';
import { CONTENT_TYPE } from './content-types-part';
import { directoryOf, relativeTarget, relsPathOf, resolveTarget } from './part-paths';
import {
  addRelationship,
  emptyRelationships,
  isRelType,
  parseRelationships,
  removeRelationships,
  unusedRelationshipId,
} from './relationships-part';
import { findElements, type XmlElement } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr, stripIllegalXmlChars } from './xml-text';
import type { XlsxPackage } from './xlsx-package';

const DRAWING_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What a chart edit does to [Content_Types].xml: the caller holds the part's text. */
export interface ContentTypeEdits {
  add(part: string, contentType: string): void;
  remove(part: string): void;
}

export interface DrawingContext {
  pkg: XlsxPackage;
  types: ContentTypeEdits;
  /** The relationship types' base as the workbook spells them (transitional or strict). */
  relBase: string;
  /** The workbook part's folder ("xl/"), where drawings/ and charts/ go. */
  dir: string;
}

function readRels(pkg: XlsxPackage, part: string): string {
  const path = relsPathOf(part);
  return pkg.has(path) ? pkg.readText(path) : emptyRelationships();
}

function writeRels(pkg: XlsxPackage, part: string, xml: string): void {
  const path = relsPathOf(part);
  if (parseRelationships(xml, path).length > 0) pkg.writeText(path, xml);
  else if (pkg.has(path)) pkg.delete(path);
}

/** A chart part goes with its own relationships and the style and colour parts beside it (Excel writes those). */
function deleteChartPart(ctx: DrawingContext, chart: string): void {
  if (!ctx.pkg.has(chart)) return;
  const rels = parseRelationships(readRels(ctx.pkg, chart), relsPathOf(chart));
  for (const r of rels) {
    const target = resolveTarget(chart, r.target);
    if (!r.external && directoryOf(target) === directoryOf(chart) && ctx.pkg.has(target)) {
      ctx.pkg.delete(target);
      ctx.types.remove(target);
    }
  }
  if (ctx.pkg.has(relsPathOf(chart))) ctx.pkg.delete(relsPathOf(chart));
  ctx.pkg.delete(chart);
  ctx.types.remove(chart);
}

/** The drawing part a sheet's <drawing r:id> points at, if it has one. */
function drawingOf(pkg: XlsxPackage, sheetPart: string): { part: string; relId: string } | undefined {
  const rels = parseRelationships(readRels(pkg, sheetPart), relsPathOf(sheetPart));
  const rel = rels.find((r) => isRelType(r.type, 'drawing') && !r.external);
  return rel ? { part: resolveTarget(sheetPart, rel.target), relId: rel.id } : undefined;
}

/** Each anchor's shape name and the relationship id of the chart it holds. */
function anchorsOf(xml: string, part: string): { el: XmlElement; name?: string; chartRelId?: string; shapeId?: number }[] {
  const els = findElements(xml, part, (local, depth) => depth === 1 || local === 'cNvPr' || local === 'chart');
  const anchors: { el: XmlElement; name?: string; chartRelId?: string; shapeId?: number }[] = [];
  for (const el of els) {
    if (el.depth === 1) anchors.push({ el });
    const anchor = anchors[anchors.length - 1];
    if (!anchor || el.depth === 1 || el.start > anchor.el.end) continue;
    if (el.local === 'cNvPr' && anchor.name === undefined) {
      anchor.name = el.attrs.name;
      anchor.shapeId = Number(el.attrs.id) || 0;
    }
    if (el.local === 'chart') anchor.chartRelId = Object.entries(el.attrs).find(([k]) => k === 'r:id' || k.endsWith(':id'))?.[1];
  }
  return anchors;
}

function anchorXml(x: string, chart: SheetChart, shapeId: number, relId: string): string {
  const { anchor } = chart;
  const marker = (tag: string, col: number, row: number) =>
    `<${x}${tag}><${x}col>${col}</${x}col><${x}colOff>0</${x}colOff><${x}row>${row}</${x}row><${x}rowOff>0</${x}rowOff></${x}${tag}>`;
  const alt = escapeXmlAttr(stripIllegalXmlChars(chart.title));
  return (
    `<${x}twoCellAnchor editAs="oneCell">${marker('from', anchor.left, anchor.top)}${marker('to', anchor.right + 1, anchor.bottom + 1)}` +
    `<${x}graphicFrame macro="" xmlns:a="${DRAWINGML_NS}"><${x}nvGraphicFramePr>` +
    `<${x}cNvPr id="${shapeId}" name="${escapeXmlAttr(chart.name)}" descr="${alt}"/><${x}cNvGraphicFramePr/></${x}nvGraphicFramePr>` +
    `<${x}xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></${x}xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${RELATIONSHIPS_NS}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</${x}graphicFrame><${x}clientData/></${x}twoCellAnchor>`
  );
}

/**
 * Writes the output's charts onto its sheet: into the sheet's drawing when it has one (replacing
 * the anchors, and their chart parts, of the same names) or a new drawing part. Returns the
 * relationship id the sheet's <drawing> element must carry when the drawing is new.
 */
export function writeSheetCharts(ctx: DrawingContext, sheetPart: string, output: SheetOutput): { newDrawingRelId?: string } {
  const charts = output.charts ?? [];
  if (charts.length === 0) return {};
  const { pkg } = ctx;
  const byCell = new Map<string, OutputCell['value']>();
  for (const c of output.cells) byCell.set(`${c.row},${c.col}`, c.value);
  const cellAt = (row: number, col: number) => byCell.get(`${row},${col}`);

  const existing = drawingOf(pkg, sheetPart);
  let newDrawingRelId: string | undefined;
  let drawingPart: string;
  let xml: string;
  if (existing && pkg.has(existing.part)) {
    drawingPart = existing.part;
    xml = pkg.readText(drawingPart);
  } else {
    drawingPart = pkg.unusedName(`${ctx.dir}drawings/drawing`, '.xml');
    xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${DRAWING_NS}" xmlns:a="${DRAWINGML_NS}"></xdr:wsDr>`;
    ctx.types.add(drawingPart, CONTENT_TYPE.drawing);
    let sheetRels = readRels(pkg, sheetPart);
    newDrawingRelId = unusedRelationshipId(parseRelationships(sheetRels, relsPathOf(sheetPart)));
    sheetRels = addRelationship(
      sheetRels,
      { id: newDrawingRelId, type: `${ctx.relBase}/drawing`, target: relativeTarget(sheetPart, drawingPart) },
      relsPathOf(sheetPart),
    );
    writeRels(pkg, sheetPart, sheetRels);
  }

  // the anchors of an earlier run's charts of the same names go, with their chart parts
  let drawingRels = readRels(pkg, drawingPart);
  const names = new Set(charts.map((c) => c.name));
  const anchors = anchorsOf(xml, drawingPart);
  const relTargets = new Map(parseRelationships(drawingRels, relsPathOf(drawingPart)).map((r) => [r.id, r.target]));
  const doomed = anchors.filter((a) => a.name !== undefined && names.has(a.name));
  for (const a of [...doomed].reverse()) {
    xml = xml.slice(0, a.el.start) + xml.slice(a.el.end);
    const target = a.chartRelId ? relTargets.get(a.chartRelId) : undefined;
    if (target) deleteChartPart(ctx, resolveTarget(drawingPart, target));
  }
  const gone = new Set(doomed.map((a) => a.chartRelId));
  drawingRels = removeRelationships(drawingRels, (r) => !gone.has(r.id), relsPathOf(drawingPart));

  let shapeId = Math.max(1, ...anchors.filter((a) => !doomed.includes(a)).map((a) => a.shapeId ?? 0));
  const [root] = findElements(xml, drawingPart, (_l, depth) => depth === 0);
  const x = prefixOf(root.name);
  const added: string[] = [];
  for (const chart of charts) {
    const chartPart = pkg.unusedName(`${ctx.dir}charts/chart`, '.xml');
    pkg.writeText(chartPart, renderChartPart(output.name, chart, cellAt));
    ctx.types.add(chartPart, CONTENT_TYPE.chart);
    const relId = unusedRelationshipId(parseRelationships(drawingRels, relsPathOf(drawingPart)));
    drawingRels = addRelationship(
      drawingRels,
      { id: relId, type: `${ctx.relBase}/chart`, target: relativeTarget(drawingPart, chartPart) },
      relsPathOf(drawingPart),
    );
    added.push(anchorXml(x, chart, ++shapeId, relId));
  }
  xml = root.selfClosing
    ? `${xml.slice(0, root.end - 2)}>${added.join('')}</${root.name}>${xml.slice(root.end)}`
    : xml.slice(0, root.closeStart) + added.join('') + xml.slice(root.closeStart);
  pkg.writeText(drawingPart, xml);
  writeRels(pkg, drawingPart, drawingRels);
  return { newDrawingRelId };
}

/** A sheet being removed takes its drawings and their charts with it (images stay: others may share them). */
export function deleteSheetDrawings(ctx: DrawingContext, sheetPart: string): void {
  const rels = parseRelationships(readRels(ctx.pkg, sheetPart), relsPathOf(sheetPart));
  for (const rel of rels.filter((r) => isRelType(r.type, 'drawing') && !r.external)) {
    const drawing = resolveTarget(sheetPart, rel.target);
    if (!ctx.pkg.has(drawing)) continue;
    for (const r of parseRelationships(readRels(ctx.pkg, drawing), relsPathOf(drawing))) {
      if (isRelType(r.type, 'chart') && !r.external) deleteChartPart(ctx, resolveTarget(drawing, r.target));
    }
    if (ctx.pkg.has(relsPathOf(drawing))) ctx.pkg.delete(relsPathOf(drawing));
    ctx.pkg.delete(drawing);
    ctx.types.remove(drawing);
  }
}
