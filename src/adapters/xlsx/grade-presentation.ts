import { cellAddress } from '../../core/workbook/cell-address';
import type { CellRange, GradeCells } from '../../core/workbook/cell-grid';
import { GRADE_RULE_MARKER, gradePalette, gradeRuleFormula } from '../../core/grading/grade-palette';
import { formatRange, parseRange } from './cell-ref';
import { findElements, outerXml, startTag } from './xml-elements';
import { PieceText } from './text-splice';
import { escapeXmlText } from './xml-text';
import { setTagAttribute } from './xml-tag';

/** CT_Worksheet's elements after <conditionalFormatting>: new rules go before the first of them. */
const AFTER_CONDITIONAL = [
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];

const intersects = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Just past the end of the cells (</sheetData> or <sheetData/>) and the prefix of <worksheet>, looked for in its text. */
function findCellsEnd(xml: string): { cellsEnd: number; prefix: string } | undefined {
  const end = xml.search(/<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\s*\/>/);
  if (end < 0) return undefined;
  return { cellsEnd: xml.indexOf('>', end) + 1, prefix: /<((?:[\w.-]+:)?)worksheet[\s>]/.exec(xml)?.[1] ?? '' };
}

/** The drop-down's source as a list formula: "A,B,C,D,-". */
function listFormula(labels: readonly string[]): string {
  return `"${labels.join(',').replace(/"/g, '""')}"`;
}

/** A run of grade cells with the styles part's index (dxf) of each of its colours, in gradePalette's order. */
export interface StyledGrades {
  grade: GradeCells;
  dxfIds: number[];
}

/** The colours of the grade cells as the styles part's dxfs: asked for sheet by sheet, as the part's list grows. */
export function gradeStyles(grades: readonly GradeCells[], dxfFor: (font: string, fill: string) => number): StyledGrades[] {
  return grades.map((grade) => ({ grade, dxfIds: gradePalette(grade.labels).map((c) => dxfFor(c.font, c.fill)) }));
}

/**
 * The grade cells' colours (conditional formats marked as the tool's, as the add-in adds them) and
 * drop-down, written into a worksheet's XML after its cells. An earlier run's rules and the
 * drop-down on the same cells are replaced, so a second grade adds nothing twice.
 * `dxfFor` gives the styles part's index of a font and fill colour.
 */
export function withGradePresentation(
  xml: string | PieceText,
  part: string,
  grades: readonly GradeCells[],
  dxfFor: (font: string, fill: string) => number,
): string | PieceText {
  if (grades.length === 0) return xml;
  // Only what follows the cells is parsed: the rows of a 100,000-row sheet are not read again.
  const where = findCellsEnd(typeof xml === 'string' ? xml : xml.slice(0));
  if (!where) return xml;
  const tail = gradesAfterCells(xml.slice(where.cellsEnd), part, gradeStyles(grades, dxfFor), where.prefix);
  if (typeof xml === 'string') return xml.slice(0, where.cellsEnd) + tail;
  const pieces: string[] = [];
  xml.appendTo(pieces, 0, where.cellsEnd);
  pieces.push(tail);
  return new PieceText(pieces);
}

/**
 * What follows a worksheet's cells (from just past </sheetData> to the end of the document), with the
 * grade cells' colours and drop-down laid in; `prefix` is the document's ("x:" or "").
 */
export function gradesAfterCells(tail: string, part: string, styled: readonly StyledGrades[], prefix: string): string {
  const grades = styled.map((s) => s.grade);
  const rootClose = tail.lastIndexOf('</');
  // the elements after the cells, wrapped so they parse on their own (offsets shift by the "<r>")
  const wrapped = `<r>${tail.slice(0, rootClose)}</r>`;
  const els = findElements(wrapped, part, (_local, depth, parent) => depth <= 1 || (depth === 2 && parent === 'dataValidations'));
  const shift = 3;
  const p = prefix;
  const at = (e: { start: number; end: number }) => ({ start: e.start - shift, end: e.end - shift });

  // An earlier run's drop-down: on exactly these cells with exactly this list. One with another list
  // on the same cells is someone's own, and stays.
  const ours = new Set(grades.map((g) => `${formatRange(g.range)}\u0000${escapeXmlText(listFormula(g.labels))}`));
  const listRanges = els.filter((e) => e.depth === 2 && e.local === 'dataValidation');
  const ourLists = listRanges.filter((e) => {
    const formula = /<(?:[\w.-]+:)?formula1>([\s\S]*?)<\//.exec(outerXml(wrapped, e))?.[1] ?? '';
    return ours.has(`${e.attrs.sqref ?? ''}\u0000${formula}`);
  });
  // A drop-down the sheet already has over these cells (a template's) is kept, and none is added on top:
  // Excel repairs a file whose validations overlap.
  const theirs = listRanges
    .filter((e) => !ourLists.includes(e))
    .flatMap((e) => (e.attrs.sqref ?? '').split(/\s+/).flatMap((ref) => parseRange(ref) ?? []));
  const listed = grades.filter((g) => !theirs.some((r) => intersects(r, g.range)));
  const ourRules = els.filter(
    (e) => e.depth === 1 && e.local === 'conditionalFormatting' && outerXml(wrapped, e).includes(GRADE_RULE_MARKER),
  );
  const validations = els.find((e) => e.depth === 1 && e.local === 'dataValidations');
  const priorities = [...tail.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1]));
  let priority = Math.max(0, ...priorities);

  const rules = styled
    .map(({ grade: g, dxfIds }) => {
      const topLeft = cellAddress(g.range.top, g.range.left);
      const body = gradePalette(g.labels)
        .map(
          (c, i) =>
            `<${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${++priority}">` +
            `<${p}formula>${escapeXmlText(gradeRuleFormula(c.label, topLeft).slice(1))}</${p}formula></${p}cfRule>`,
        )
        .join('');
      return `<${p}conditionalFormatting sqref="${formatRange(g.range)}">${body}</${p}conditionalFormatting>`;
    })
    .join('');
  const lists = listed
    .map(
      (g) =>
        `<${p}dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${formatRange(g.range)}">` +
        `<${p}formula1>${escapeXmlText(listFormula(g.labels))}</${p}formula1></${p}dataValidation>`,
    )
    .join('');

  // Edits on the tail, last first so earlier offsets stay right.
  const edits: { start: number; end: number; text: string }[] = [];
  for (const e of [...ourRules, ...ourLists]) edits.push({ ...at(e), text: '' });
  const firstAfter = els.find((e) => e.depth === 1 && AFTER_CONDITIONAL.includes(e.local));
  const rulesAt = firstAfter ? at(firstAfter).start : rootClose;
  edits.push({ start: rulesAt, end: rulesAt, text: rules });
  if (validations) {
    const kept = els.filter((e) => e.depth === 2 && e.local === 'dataValidation').length - ourLists.length;
    const v = at(validations);
    const tag = setTagAttribute(startTag(wrapped, validations), 'count', String(kept + listed.length));
    if (kept + listed.length === 0) {
      // CT_DataValidations holds at least one: an emptied one goes
      edits.push({ start: v.start, end: v.end, text: '' });
    } else if (validations.selfClosing) {
      edits.push({ start: v.start, end: v.end, text: `${tag.replace(/\/>$/, '>')}${lists}</${validations.name}>` });
    } else {
      edits.push({ start: v.start, end: v.start + (validations.openEnd - validations.start), text: tag });
      const close = validations.closeStart - shift;
      edits.push({ start: close, end: close, text: lists });
    }
  } else if (listed.length > 0) {
    const next = els.find((e) => e.depth === 1 && AFTER_CONDITIONAL.slice(1).includes(e.local));
    const listsAt = next ? at(next).start : rootClose;
    edits.push({ start: listsAt, end: listsAt, text: `<${p}dataValidations count="${listed.length}">${lists}</${p}dataValidations>` });
  }
  let out = tail;
  for (const e of edits.sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
