import { boxesWorkbook } from '../../src/use-cases/boxes-workbook';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { setCell } from '../helpers/sheet-grid';
import { message } from '../../src/core/messages/catalogue';

const sample = (): WorkbookGrid => ({ sheets: buildSampleSheets().map(sheetOutputToGrid) });

describe('事業別評価: the conference box of each project', () => {
  const report = boxesWorkbook(sample(), { year: 2024 });
  const boxes = report.sheet!;
  const rows = new Map<number, (string | number | boolean | null)[]>();
  for (const c of boxes.cells) {
    const row = rows.get(c.row) ?? [];
    row[c.col] = c.value;
    rows.set(c.row, row);
  }
  const lines = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  // a box: its title row (the one above a 指標 header) down to the next box's title
  const titles = lines.flatMap((_, i) => (lines[i + 1]?.[0] === '指標' ? [i] : []));
  const boxOf = (no: number) => {
    const k = titles.findIndex((i) => String(lines[i][0]).startsWith(`${no} `));
    return lines.slice(titles[k], titles[k + 1] ?? lines.length - 1);
  };

  it('gives a row the lines its wrapped name needs, and leaves one-line rows at the default height', () => {
    const rowOf = (text: string) => boxes.cells.find((c) => c.value === text)!.row;
    // 30 full-width characters in a 40-character column: two lines of 15 points
    expect(boxes.rowHeights![rowOf('農業次世代人材投資資金(経営開始型)の新規交付対象者数(累計)')]).toBe(30);
    expect(boxes.rowHeights![rowOf('売上額※')]).toBeUndefined();
  });

  it('is a list of cells made at its length: no holes, the marker last', () => {
    // a hole has no key: the count of the cells made must be the count written
    expect(Object.keys(boxes.cells)).toHaveLength(boxes.cells.length);
    expect(boxes.cells.at(-1)?.value).toBe(message('PROJECT_SHEET_MARKER').ja);
  });

  it('is written behind a restore point, and says which year', () => {
    expect(report.changes!.sheets.map((s) => s.name)).toEqual(['事業別評価', '進捗_元に戻す']);
    // what validation found, as the pane shows it; the model (80 MB at 100,000 rows) is not kept with the sheet
    expect(report.validation).toMatchObject({ errors: 0, years: [2023, 2024], latestYear: 2024 });
    expect(report.validation).not.toHaveProperty('model');
    expect(lines[0][0]).toBe('令和6年度（2024年度）事業別の進捗評価');
  });

  it('prints project 5 as the material does (売上額 | 43,698千円 | B | 50,500千円), with its rate', () => {
    expect(boxOf(5)).toEqual([
      ['5 首都圏ビジネス交流拠点運営事業', null, null, null, null, null],
      ['指標', '実績値', '進捗評価', '目標値', '達成率', '「-」の理由'],
      ['売上額※', '43,698千円', 'B', '50,500千円', 0.8653, null],
    ]);
  });

  it('gives every project counted in the year a box, each graded item as 評価集計 counts it, and why a "-" is one', () => {
    expect(titles).toHaveLength(57);
    const graded = lines.filter((r) => r.length >= 3 && ['A', 'B', 'C', 'D'].includes(String(r[2])));
    expect(graded.map((r) => r[2]).sort()).toEqual([...'AAAAAABBBB']);
    expect(boxOf(2).at(-1)).toEqual(['創業件数※', null, '-', null, null, '統合事業']);
    expect(boxOf(11).at(-1)).toEqual(['講習会等の開催回数', '2回', 'A', '1回以上/年度', 2, null]);
  });
});

it('builds no sheet over an error in the year', () => {
  const grid = sample();
  setCell(grid, '成果指標', 'K9', '四万三千');
  const stopped = boxesWorkbook(grid, { year: 2024 });
  expect(stopped.sheet).toBeNull();
  expect(stopped.yearErrors.map((e) => e.address)).toEqual(['成果指標!K9']);
});
