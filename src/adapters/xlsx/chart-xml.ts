import type { CellRange, ChartSeries, OutputCell, SheetChart } from '../../core/workbook/cell-grid';
import { absoluteRange, sheetReference } from './workbook-part';
import { escapeXmlAttr, escapeXmlText, stripIllegalXmlChars } from './xml-text';

export const CHART_NS = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
export const DRAWINGML_NS = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// Axis ids pair each chart group with its axes: columns on 1/2 (counts), lines on 3/4 (0–100 %).
const COLUMN_AXES = [1001, 1002] as const;
const LINE_AXES = [1003, 1004] as const;

const text = (s: string) => escapeXmlText(stripIllegalXmlChars(s));
const solid = (color: string) => `<a:solidFill><a:srgbClr val="${escapeXmlAttr(color)}"/></a:solidFill>`;

/** The cells a chart reads, so its caches show the figures before a reader recalculates. */
type CellLookup = (row: number, col: number) => OutputCell['value'] | undefined;

function points(range: CellRange, cellAt: CellLookup, numeric: boolean): string {
  const out: string[] = [];
  for (let row = range.top, i = 0; row <= range.bottom; row++, i++) {
    const v = cellAt(row, range.left);
    if (v === null || v === undefined || (numeric && typeof v !== 'number')) continue;
    out.push(`<c:pt idx="${i}"><c:v>${text(String(v))}</c:v></c:pt>`);
  }
  return `<c:ptCount val="${range.bottom - range.top + 1}"/>${out.join('')}`;
}

function categories(sheet: string, chart: SheetChart, cellAt: CellLookup): string {
  const f = text(sheetReference(sheet, absoluteRange(chart.categories)));
  return `<c:cat><c:strRef><c:f>${f}</c:f><c:strCache>${points(chart.categories, cellAt, false)}</c:strCache></c:strRef></c:cat>`;
}

function values(sheet: string, series: ChartSeries, format: string, cellAt: CellLookup): string {
  const f = text(sheetReference(sheet, absoluteRange(series.values)));
  return (
    `<c:val><c:numRef><c:f>${f}</c:f><c:numCache><c:formatCode>${text(format)}</c:formatCode>` +
    `${points(series.values, cellAt, true)}</c:numCache></c:numRef></c:val>`
  );
}

function axis(
  kind: 'cat' | 'val',
  id: number,
  cross: number,
  options: { position: string; hidden?: boolean; max?: number; extra?: string },
): string {
  const scaling = kind === 'val' ? `${options.max !== undefined ? `<c:max val="${options.max}"/>` : ''}<c:min val="0"/>` : '';
  const body =
    `<c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${scaling}</c:scaling>` +
    `<c:delete val="${options.hidden ? 1 : 0}"/><c:axPos val="${options.position}"/>${options.extra ?? ''}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/>`;
  if (kind === 'cat') {
    return `<c:catAx>${body}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  }
  const crosses = options.position === 'r' ? 'max' : 'autoZero';
  return `<c:valAx>${body}<c:crosses val="${crosses}"/><c:crossBetween val="between"/></c:valAx>`;
}

/**
 * The chart part (DrawingML chart) for a SheetChart: stacked columns on the left axis, lines with
 * their values labelled on a 0–100 % right axis, the legend below. Formulas point at the sheet's
 * cells; the caches carry the same figures for readers that do not recalculate charts.
 */
export function renderChartPart(sheet: string, chart: SheetChart, cellAt: CellLookup): string {
  const cat = categories(sheet, chart, cellAt);
  const columnSeries = chart.columns.map(
    (s, i) =>
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${text(s.name)}</c:v></c:tx>` +
      `<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${cat}${values(sheet, s, 'General', cellAt)}</c:ser>`,
  );
  const lineSeries = chart.lines.map((s, j) => {
    const i = chart.columns.length + j;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${text(s.name)}</c:v></c:tx>` +
      `<c:spPr><a:ln w="28575" cap="rnd">${solid(s.color)}</a:ln></c:spPr>` +
      `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${solid(s.color)}</c:spPr></c:marker>` +
      `<c:dLbls><c:numFmt formatCode="0.0%" sourceLinked="0"/><c:spPr>${solid('FFFFFF')}<a:ln><a:noFill/></a:ln></c:spPr>` +
      `<c:dLblPos val="t"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
      `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
      `${cat}${values(sheet, s, '0.0%', cellAt)}<c:smooth val="0"/></c:ser>`
    );
  });
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ja-JP" sz="1200" b="1"/><a:t>${text(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWINGML_NS}" xmlns:r="${RELATIONSHIPS_NS}">` +
    '<c:lang val="ja-JP"/><c:roundedCorners val="0"/>' +
    `<c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="stacked"/><c:varyColors val="0"/>${columnSeries.join('')}` +
    `<c:gapWidth val="60"/><c:overlap val="100"/><c:axId val="${COLUMN_AXES[0]}"/><c:axId val="${COLUMN_AXES[1]}"/></c:barChart>` +
    (lineSeries.length
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lineSeries.join('')}` +
        `<c:marker val="1"/><c:axId val="${LINE_AXES[0]}"/><c:axId val="${LINE_AXES[1]}"/></c:lineChart>`
      : '') +
    axis('cat', COLUMN_AXES[0], COLUMN_AXES[1], { position: 'b' }) +
    axis('val', COLUMN_AXES[1], COLUMN_AXES[0], {
      position: 'l',
      max: chart.columnAxisMax,
      extra: '<c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/>',
    }) +
    (lineSeries.length
      ? axis('cat', LINE_AXES[0], LINE_AXES[1], { position: 'b', hidden: true }) +
        axis('val', LINE_AXES[1], LINE_AXES[0], { position: 'r', max: 1, extra: '<c:numFmt formatCode="0%" sourceLinked="0"/>' })
      : '') +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="ja-JP"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
}
