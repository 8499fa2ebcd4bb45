import { assembleSheetGrid, parseMergedAreas } from '../../../src/adapters/office/assemble-sheet-grid';
import { groupIntoRectangles } from '../../../src/adapters/office/cell-rectangles';
import { columnWidthPoints } from '../../../src/adapters/office/column-width';
import { excelInputValue } from '../../../src/adapters/office/excel-input-value';
import { gradePalette, gradeRuleFormula, isGradeRuleFormula, isLegacyLabelFormula } from '../../../src/core/grading/grade-palette';
import { packInOrder, sliceRowsByBytes } from '../../../src/adapters/office/payload-chunks';
import { jsonBytes, utf8Length } from '../../../src/adapters/office/payload-size';
import { planNumberFormatAssignments, planSheetOutput, planValueAssignments } from '../../../src/adapters/office/plan-range-writes';
import { MERGED_AREAS_LIMIT, mergeBandRows, planDetails, planReadBlocks } from '../../../src/adapters/office/read-plan';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import { buildSummarySheet } from '../../../src/core/summary/summary-sheet';
import { summariseWorkbook } from '../../../src/use-cases/summarise-workbook';
import { S_TO_D } from '../../helpers/policies';
import { sampleGrid } from './office-test-workbooks';

/** A visible sheet with no merged areas, as the reader brings it back. */
const LOADED = { name: '指標', hidden: false, mergeAddresses: [] as string[] };

describe('grouping cell writes into rectangles', () => {
  const at = (row: number, col: number) => ({ row, col });

  it('turns a column of consecutive rows into one segment and keeps a gap as two', () => {
    const rects = groupIntoRectangles([at(3, 5), at(4, 5), at(5, 5), at(7, 5)]);
    expect(rects.map((r) => r.range)).toEqual([
      { top: 3, left: 5, bottom: 5, right: 5 },
      { top: 7, left: 5, bottom: 7, right: 5 },
    ]);
  });

  it('joins side-by-side segments with the same rows, never covering a cell that was not given', () => {
    const cells = [at(3, 10), at(4, 10), at(3, 11), at(4, 11), at(3, 12)];
    const rects = groupIntoRectangles(cells);
    expect(rects.map((r) => r.range)).toEqual([
      { top: 3, left: 10, bottom: 4, right: 11 },
      { top: 3, left: 12, bottom: 3, right: 12 },
    ]);
    const covered = rects.flatMap((r) => r.cells.flat());
    expect(covered).toHaveLength(cells.length);
  });

  it('keeps the last write of a cell given twice', () => {
    const [rect] = groupIntoRectangles([
      { row: 1, col: 1, v: 'old' },
      { row: 1, col: 1, v: 'new' },
    ]);
    expect(rect.cells).toEqual([[{ row: 1, col: 1, v: 'new' }]]);
  });
});

describe('payload chunks', () => {
  it('measures UTF-8 (a kanji is three bytes), as the 5 MB limit counts', () => {
    expect(utf8Length('A評価')).toBe(7);
    expect(jsonBytes([['達成率', 0.5]])).toBe(utf8Length('[["達成率",0.5]]'));
  });

  it('slices rows under a byte limit and packs in order under a budget', () => {
    const matrix = Array.from({ length: 100 }, (_, i) => [`行${i}`, i]);
    const slices = sliceRowsByBytes(matrix, 200);
    expect(slices.reduce((n, s) => n + s.count, 0)).toBe(100);
    expect(Math.max(...slices.map((s) => s.bytes))).toBeLessThanOrEqual(200);
    const batches = packInOrder([{ bytes: 3 }, { bytes: 3 }, { bytes: 3 }, { bytes: 9 }, { bytes: 1 }], 6);
    expect(batches.map((b) => b.map((x) => x.bytes))).toEqual([[3, 3], [3], [9], [1]]);
  });
});

describe('values Excel must not reinterpret', () => {
  it.each([
    ['-', "'-"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['1,234', "'1,234"],
    ['10%', "'10%"],
    ['4/1', "'4/1"],
    ['2024年4月1日', "'2024年4月1日"],
    ['TRUE', "'TRUE"],
    ["'quoted", "''quoted"],
    ['A', 'A'],
    ['2024年度達成率', '2024年度達成率'],
    ['1 圏域全体の経済成長のけん引 【17事業】', '1 圏域全体の経済成長のけん引 【17事業】'],
  ])('%s is assigned as %s', (value, input) => {
    expect(excelInputValue(value)).toBe(input);
  });

  it('clears with an empty string (null would leave the cell as it was) and passes numbers through', () => {
    expect(excelInputValue(null)).toBe('');
    expect(excelInputValue(0.865)).toBe(0.865);
  });
});

describe('grade colours', () => {
  it('gives A–D green, blue, amber and red, and the not-graded label grey', () => {
    const palette = gradePalette(['A', 'B', 'C', 'D', '-']);
    expect(palette.map((p) => [p.label, p.fill])).toEqual([
      ['A', '#C6EFCE'],
      ['B', '#DDEBF7'],
      ['C', '#FFEB9C'],
      ['D', '#FFC7CE'],
      ['-', '#EDEDED'],
    ]);
  });

  it('colours another scale by rank, with a deeper green above A', () => {
    const labels = [...S_TO_D.levels.map((l) => l.label), S_TO_D.notGraded.label];
    expect(gradePalette(labels).map((p) => p.fill)).toEqual(['#A9D08E', '#C6EFCE', '#DDEBF7', '#FFEB9C', '#FFC7CE', '#EDEDED']);
  });

  it('matches a label exactly in a marked rule formula, relative to the range’s top-left cell', () => {
    expect(gradeRuleFormula('A', 'L4')).toBe('=AND(N("shinchoku:grade")=0,L4="A")');
    expect(gradeRuleFormula('a"b', 'L4')).toBe('=AND(N("shinchoku:grade")=0,L4="a""b")');
  });

  it('knows its marked rules however Excel writes the formula back, and the unmarked rules of earlier versions', () => {
    expect(isGradeRuleFormula('=and(n("shinchoku:grade")=0,$L4="A")')).toBe(true);
    expect(isGradeRuleFormula('=AND(N("SHINCHOKU:GRADE")=0, L4 = "B")')).toBe(true);
    expect(isGradeRuleFormula('=L4="A"')).toBe(false);
    expect(isLegacyLabelFormula('="A"', 'A')).toBe(true);
    expect(isLegacyLabelFormula('"A"', 'A')).toBe(true);
    expect(isLegacyLabelFormula('A', 'A')).toBe(true);
    expect(isLegacyLabelFormula('="AB"', 'A')).toBe(false);
  });
});

describe('planning writes', () => {
  it('writes a grade column as one range and its rates as one range with one format', () => {
    const writes = Array.from({ length: 50 }, (_, i) => [
      { sheet: '成果指標', row: 3 + i, col: 11, value: 'A' },
      { sheet: '成果指標', row: 3 + i, col: 13, value: 1.02, numberFormat: '0.0%' },
    ]).flat();
    const values = planValueAssignments(writes);
    expect(values.map((a) => a.range)).toEqual([
      { top: 3, left: 11, bottom: 52, right: 11 },
      { top: 3, left: 13, bottom: 52, right: 13 },
    ]);
    const formats = planNumberFormatAssignments(writes);
    expect(formats).toHaveLength(1);
    expect(formats[0].numberFormat?.flat().every((f) => f === '0.0%')).toBe(true);
  });

  it('slices a long column so no single request passes the limit', () => {
    const writes = Array.from({ length: 20_000 }, (_, i) => ({ sheet: 's', row: i, col: 0, value: `評価コメント${i}` }));
    const values = planValueAssignments(writes, 100_000);
    expect(values.length).toBeGreaterThan(1);
    expect(Math.max(...values.map((a) => a.bytes))).toBeLessThanOrEqual(100_000 + 200);
    expect(values.reduce((n, a) => n + (a.values?.length ?? 0), 0)).toBe(20_000);
  });

  it('plans the summary sheet: one values range, styles grouped into rectangles, widths in points', () => {
    const report = summariseWorkbook(sampleGrid(), { year: 2024 });
    const sheet = buildSummarySheet(report.summary, DEFAULT_POLICY);
    const plan = planSheetOutput(sheet);
    expect(plan.values).toHaveLength(1);
    const styledCells = sheet.cells.filter((c) => c.style).length;
    const covered = plan.styles.reduce((n, s) => n + (s.range.bottom - s.range.top + 1) * (s.range.right - s.range.left + 1), 0);
    expect(covered).toBe(styledCells);
    expect(plan.styles.length).toBeLessThan(styledCells / 2);
    expect(plan.columnWidths[0]).toEqual({ col: 0, points: columnWidthPoints(52) });
  });
});

describe('planning reads', () => {
  it('keeps each merge band small enough that Excel can list its merged areas', () => {
    for (const cols of [1, 13, 18, 60, 300]) {
      const rows = mergeBandRows(cols);
      expect(rows).toBeGreaterThanOrEqual(1);
      if (cols <= 60) expect((rows * cols) / 2 + 2 * cols + 2 * rows).toBeLessThanOrEqual(MERGED_AREAS_LIMIT);
    }
  });

  it('cuts a used range into row blocks under the block size, covering every row once', () => {
    const blocks = planReadBlocks([{ sheet: 0, top: 2, left: 1, rows: 50_000, cols: 13, bytesPerCell: 11 }], 500_000);
    expect(blocks[0].range.top).toBe(2);
    expect(blocks[blocks.length - 1].range.bottom).toBe(50_001);
    expect(blocks.reduce((n, b) => n + b.range.bottom - b.range.top + 1, 0)).toBe(50_000);
    expect(Math.max(...blocks.map((b) => b.bytes))).toBeLessThanOrEqual(500_000 + 200 + 120 * 200);
  });

  it('asks for the values of formula cells and the formats of numbers only', () => {
    const details = planDetails(0, { top: 10, left: 2 }, [
      ['名', 1, '=B11*2'],
      ['名', 2, '=B12*2'],
    ]);
    expect(details.map((d) => [d.kind, d.range])).toEqual([
      ['formula', { top: 10, left: 4, bottom: 11, right: 4 }],
      ['number', { top: 10, left: 3, bottom: 11, right: 3 }],
    ]);
  });

  it('assembles a grid with A1 at [0][0], formulas only where they are, General as null', () => {
    const grid = assembleSheetGrid({
      ...LOADED,
      used: { top: 1, left: 1, bottom: 2, right: 2 },
      blocks: [
        {
          range: { top: 1, left: 1, bottom: 2, right: 2 },
          formulas: [
            ['名', ''],
            [0.5, '=B3*2'],
          ],
        },
      ],
      details: [
        { kind: 'number', range: { top: 2, left: 1, bottom: 2, right: 1 }, numberFormat: [['0.0%']] },
        { kind: 'formula', range: { top: 2, left: 2, bottom: 2, right: 2 }, values: [[1]], numberFormat: [['General']] },
      ],
      mergeAddresses: ["'指標 表'!B2:C2, '指標 表'!B2:C2"],
    });
    expect(grid.values).toEqual([[], [null, '名', null], [null, 0.5, 1]]);
    expect(grid.formulas).toEqual([[], [null, null, null], [null, null, '=B3*2']]);
    expect(grid.numberFormats[2]).toEqual([null, '0.0%', null]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    // a row of no formulas is the shared row of nulls (a fifth of a large grid)
    expect(grid.formulas[1]).toBe(grid.numberFormats[1]);
    expect(Object.isFrozen(grid.formulas[1])).toBe(true);
  });

  it('gives rows of the same number formats one array, as Excel answers a column of formats down a table', () => {
    const formats = (n: number) => Array.from({ length: n }, () => ['#,##0', 'General']);
    const grid = assembleSheetGrid({
      ...LOADED,
      used: { top: 0, left: 0, bottom: 3, right: 1 },
      blocks: [
        {
          range: { top: 0, left: 0, bottom: 3, right: 1 },
          formulas: [
            [1, 'a'],
            [2, 'b'],
            [3, 'c'],
            [4, 'd'],
          ],
        },
      ],
      details: [
        { kind: 'number', range: { top: 0, left: 0, bottom: 2, right: 1 }, numberFormat: formats(3) },
        { kind: 'number', range: { top: 3, left: 0, bottom: 3, right: 1 }, numberFormat: [['0.0%', 'General']] },
      ],
    });
    expect(grid.numberFormats).toEqual([...formats(3).map(() => ['#,##0', null]), ['0.0%', null]]);
    expect(grid.numberFormats[1]).toBe(grid.numberFormats[0]);
    expect(grid.numberFormats[2]).toBe(grid.numberFormats[0]);
    expect(grid.numberFormats[3]).not.toBe(grid.numberFormats[0]);
    expect(grid.values).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
      [4, 'd'],
    ]);
  });

  it('reads merged-area addresses with quoted sheet names and commas inside them', () => {
    expect(parseMergedAreas(["'a, b'!$A$1:$A$3, 'a, b'!C2:D2"])).toEqual([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]);
  });
});

describe('full-width input', () => {
  it('keeps full-width digits as text, which Japanese Excel would turn into a number', () => {
    expect(excelInputValue('１２３')).toBe("'１２３");
    expect(excelInputValue('１，１６３，７７５冊')).toBe('１，１６３，７７５冊');
  });
});
