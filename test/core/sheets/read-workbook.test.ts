import { validateWorkbook } from '../../../src/use-cases/validate-workbook';
import { gradeWorkbook } from '../../../src/use-cases/grade-workbook';
import { reiwaYear } from '../../../src/core/values/parse-fiscal-year';
import { readWorkbookModel, type WorkbookModel } from '../../../src/core/sheets/read-workbook';
import type { ValidationIssue } from '../../../src/core/model';
import { resultCell } from '../../../src/core/model';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/cell-grid';
import { seedProjects, seedResults2024 } from '../../../src/sample/aomori-seed-data';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

const seed = (no: number) => seedProjects.find((p) => p.no === no)!;
const result = (no: number) => seedResults2024.find((r) => r.projectNo === no)!;
const budget = (text: string): CellValue => (text === '' ? null : /^[\d,]+$/.test(text) ? Number(text.replace(/,/g, '')) : text);

/** The projects every variant holds: roles 1, 2 and 3, a merged one, one with two indicators. */
const PROJECTS = [1, 2, 4, 5, 11, 18, 21, 27];
const ROLE_OF: Record<number, number> = { 1: 1, 2: 1, 4: 1, 5: 1, 11: 1, 18: 2, 21: 3, 27: 3 };
const ROLE_HEADING: Record<number, string> = {
  1: '1 圏域全体の経済成長のけん引（5事業）',
  2: '2 高次の都市機能の集積・強化 (1 事業)',
  3: '3 圏域全体の生活関連機能サービスの向上 (2 事業)',
};
const INDICATORS = PROJECTS.flatMap((no) => seed(no).indicators.map((i) => ({ no, ...i })));
const WITH_RESULT = [5, 11, 21, 27];

/** What every variant must read: the same projects and the printed FY2024 results. */
function expectSameContent(model: WorkbookModel & { issues: ValidationIssue[] }, options: { grades?: boolean } = {}) {
  expect(model.projects.map((p) => [p.project.no, p.project.role?.no, p.project.name])).toEqual(
    PROJECTS.map((no) => [no, ROLE_OF[no], seed(no).name]),
  );
  const rows = model.indicators.map((r) => {
    const y = r.indicator.results.find((x) => x.year === 2024);
    return [r.indicator.projectNo, r.indicator.name, y?.actual?.value ?? null, y?.target?.value ?? null, y?.enteredGrade ?? null];
  });
  expect(rows).toEqual(
    INDICATORS.map((i) => {
      if (!WITH_RESULT.includes(i.no)) return [i.no, i.name, null, null, null];
      const r = result(i.no);
      const num = (t: string) => Number(/[\d,]+/.exec(t)![0].replace(/,/g, ''));
      return [i.no, i.name, num(r.actual), num(r.target), options.grades === false ? null : r.grade];
    }),
  );
  expect(model.issues).toEqual([]);
}

/** The project sheet as one municipality keeps it: a title, a unit note, a blank row, then the header. */
function projectSheet(header: { no: string; name: string; role: string }, name = '事業'): SheetGrid {
  const rows: CellValue[][] = [
    ['青森圏域連携中枢都市圏 連携事業一覧'],
    ['（単位：千円）'],
    [],
    // columns in another order than the template's
    [header.name, header.no, header.role, '事業区分', '2023年度', '2024年度', '計'],
  ];
  const merges: string[] = [];
  let runStart = rows.length;
  PROJECTS.forEach((no, i) => {
    const p = seed(no);
    const first = i === 0 || ROLE_OF[PROJECTS[i - 1]] !== ROLE_OF[no];
    if (first && i > 0) {
      if (rows.length - runStart > 1) merges.push(`C${runStart + 1}:C${rows.length}`);
      rows.push([]); // a blank row between roles
      runStart = rows.length;
    }
    const y23 = budget(p.budget[2023]);
    const y24 = budget(p.budget[2024]);
    const total = typeof y23 === 'number' || typeof y24 === 'number' ? Number(y23 ?? 0) + Number(y24 ?? 0) : null;
    // this municipality writes the merger's year into 事業区分: 「令和3年度統合（NO.4に統合）」
    const category = p.mergedInto && p.mergedYear ? `${reiwaYear(p.mergedYear)}統合（${p.mergedInto}）` : p.category;
    rows.push([p.name, p.no, first ? ROLE_HEADING[ROLE_OF[no]] : null, category, y23, y24, total]);
  });
  if (rows.length - runStart > 1) merges.push(`C${runStart + 1}:C${rows.length}`);
  return sheetGrid(name, rows, { merges });
}

/** The indicator table as the conference prints it: | 番号 | 指標 | 2024実績値 | 進捗評価 | 2024目標値 |. */
function wideIndicatorSheet(
  header: { no: string; name: string; actual: string; target?: string; grade?: string },
  name = '指標',
): SheetGrid {
  const rows: CellValue[][] = [
    ['成果指標 進捗評価表（令和6年度）'],
    [header.no, header.name, header.actual, header.grade ?? '進捗評価', header.target ?? '2024目標値'],
  ];
  for (const i of INDICATORS) {
    const r = WITH_RESULT.includes(i.no) ? result(i.no) : null;
    rows.push([i.no, i.name, r?.actual ?? null, r?.grade ?? null, r?.target ?? null]);
  }
  return sheetGrid(name, rows);
}

const STANDARD = { no: '番号', name: '事業名', role: '役割' };
/** The model with the issues its cells raised, side by side for the assertions. */
const read = (...sheets: SheetGrid[]) => {
  const { model, issues } = readWorkbookModel(workbook(...sheets), DEFAULT_POLICY);
  return { ...model, issues };
};

describe('readWorkbookModel finds tables by their headers', () => {
  it('below title rows and a blank row, with columns in another order, on sheets in any order', () => {
    const cover = sheetGrid('表紙', [['令和7年度青森圏域連携中枢都市圏会議資料'], ['青森市企画部連携推進課']]);
    const model = read(cover, wideIndicatorSheet({ no: '番号', name: '指標', actual: '2024実績値' }), projectSheet(STANDARD));
    expect(model.projectTable).toMatchObject({ sheet: '事業', headerRow: 3, firstDataRow: 4 });
    expect(model.projectTable!.columns).toMatchObject({ name: 0, no: 1, role: 2, status: 3, budgetTotal: 6 });
    expect(model.projectTable!.years).toEqual([
      { year: 2023, kind: 'budget', col: 4 },
      { year: 2024, kind: 'budget', col: 5 },
    ]);
    expect(model.indicatorTable).toMatchObject({ sheet: '指標', headerRow: 1, firstDataRow: 2, layout: 'wide' });
    expect(model.years).toEqual([2024]);
    expectSameContent(model);
  });

  it.each(['事業番号', 'No.', '番号', 'NO', 'ＮＯ．', '№', '事業\n番号', '事業 番号', '事業番号※'])(
    'reads the project number header %j',
    (no) => {
      expectSameContent(read(projectSheet({ ...STANDARD, no }), wideIndicatorSheet({ no, name: '指標名', actual: '2024実績値' })));
    },
  );

  it.each(['指標名', '指標', '成果指標', '指 標 名', '指標\n名'])('reads the indicator name header %j', (name) => {
    expectSameContent(read(projectSheet(STANDARD), wideIndicatorSheet({ no: '番号', name, actual: '2024実績値' })));
  });

  it.each(['2024実績値', 'R6実績値', '2024年度実績値', '令和6年度実績', '実績値（2024年度）', 'FY2024実績値', '２０２４年度\n実績値'])(
    'reads the actual header %j of a wide table',
    (actual) => {
      expectSameContent(read(projectSheet(STANDARD), wideIndicatorSheet({ no: '番号', name: '指標', actual })));
    },
  );

  it('reads the project name header 事業名称 / 連携事業名 and the role header 役 割', () => {
    expectSameContent(
      read(
        projectSheet({ no: '番号', name: '連携事業名', role: '役 割' }),
        wideIndicatorSheet({ no: '番号', name: '指標', actual: 'R6実績値', target: 'R6目標値' }),
      ),
    );
    expectSameContent(
      read(
        projectSheet({ no: '番号', name: '事業名称', role: '役割' }),
        wideIndicatorSheet({ no: '番号', name: '指標', actual: 'R6実績値' }),
      ),
    );
  });

  it("keeps the un-yeared 進捗評価 column of a one-year table for that year (the conference tables' layout)", () => {
    const model = read(projectSheet(STANDARD), wideIndicatorSheet({ no: '番号', name: '指標', actual: '2024実績値' }));
    expect(model.indicatorTable!.years).toEqual(
      expect.arrayContaining([
        { year: 2024, kind: 'actual', col: 2 },
        { year: 2024, kind: 'grade', col: 3 },
        { year: 2024, kind: 'target', col: 4 },
      ]),
    );
    const p5 = model.indicators.find((i) => i.indicator.projectNo === 5)!.indicator.results[0];
    expect(resultCell(p5, 'grade')).toEqual({ sheet: '指標', row: resultCell(p5, 'actual')!.row, col: 3 });
  });

  it('fills merged role cells down to every project under them and skips blank rows', () => {
    const model = read(projectSheet(STANDARD), wideIndicatorSheet({ no: '番号', name: '指標', actual: '2024実績値' }));
    const sheet = projectSheet(STANDARD);
    expect(sheet.merges).toEqual([
      { top: 4, left: 2, bottom: 8, right: 2 },
      { top: 12, left: 2, bottom: 13, right: 2 },
    ]);
    // the role text is stored only in the first cell of each merge
    expect(sheet.values.filter((r) => typeof r[2] === 'string' && r[2].startsWith('1 ')).length).toBe(1);
    expect(model.projects.map((p) => [p.project.no, p.project.role])).toEqual([
      [1, { no: 1, name: '圏域全体の経済成長のけん引', statedCount: 5 }],
      [2, { no: 1, name: '圏域全体の経済成長のけん引', statedCount: 5 }],
      [4, { no: 1, name: '圏域全体の経済成長のけん引', statedCount: 5 }],
      [5, { no: 1, name: '圏域全体の経済成長のけん引', statedCount: 5 }],
      [11, { no: 1, name: '圏域全体の経済成長のけん引', statedCount: 5 }],
      [18, { no: 2, name: '高次の都市機能の集積・強化', statedCount: 1 }],
      [21, { no: 3, name: '圏域全体の生活関連機能サービスの向上', statedCount: 2 }],
      [27, { no: 3, name: '圏域全体の生活関連機能サービスの向上', statedCount: 2 }],
    ]);
    expect(model.projects.map((p) => p.row)).toEqual([4, 5, 6, 7, 8, 10, 12, 13]);
  });

  it('reads statuses, merges and budgets', () => {
    const model = read(projectSheet(STANDARD), wideIndicatorSheet({ no: '番号', name: '指標', actual: '2024実績値' }));
    const p = (no: number) => model.projects.find((x) => x.project.no === no)!.project;
    expect(p(2)).toMatchObject({
      status: '統合',
      mergedInto: 4,
      mergedYear: 2021,
      budget: { years: [2023, 2024], amounts: [null, null], total: null },
    });
    expect(p(5)).toMatchObject({
      status: '継続',
      mergedInto: null,
      budget: { years: [2023, 2024], amounts: [53335, 53335], total: 106670 },
    });
    // the merged indicator's final target "NO.4に統合" is not in this table, so its row is not marked merged here
    expect(model.indicators.filter((i) => i.indicator.projectNo === 4).map((i) => i.indicator.name)).toEqual([
      '創業件数',
      '相談窓口での年間相談件数',
    ]);
  });
});

describe('readWorkbookModel: the long layout (a 年度 column, one row per indicator per year)', () => {
  function longSheet(actualHeader: string): SheetGrid {
    const rows: CellValue[][] = [['成果指標（年度別）'], [], ['事業番号', '指標名', '年度', '目標値', actualHeader, '評価']];
    for (const i of INDICATORS) {
      const r = WITH_RESULT.includes(i.no) ? result(i.no) : null;
      // FY2023 written in era form, FY2024 as the conference writes it
      rows.push([i.no, i.name, '令和5年度', null, null, null]);
      rows.push([i.no, i.name, i.no % 2 === 0 ? 'R6' : '2024年度', r?.target ?? null, r?.actual ?? null, r?.grade ?? null]);
    }
    return sheetGrid('指標', rows);
  }

  it.each(['実績値', '実績'])('reads the actual header %j', (actual) => {
    const model = read(projectSheet(STANDARD), longSheet(actual));
    expect(model.indicatorTable).toMatchObject({ layout: 'long', headerRow: 2, firstDataRow: 3 });
    expect(model.years).toEqual([2023, 2024]);
    expectSameContent(model);
    // one indicator per name, each with two years; its row is the first one
    const p5 = model.indicators.find((i) => i.indicator.projectNo === 5)!;
    expect(p5.indicator.results.map((r) => [r.year, r.actual?.value ?? null, resultCell(r, 'actual')!.row])).toEqual([
      [2023, null, p5.row],
      [2024, 43698, p5.row + 1],
    ]);
  });

  it('flags an indicator renamed between years (登録者数 → 見守りシール登録者数), which would count as two items', () => {
    const rows: CellValue[][] = [
      ['番号', '指標', '年度', '目標値', '実績値'],
      [27, '登録者数', 2022, '500人', '480人'],
      [27, '登録者数', 2023, '550人', '560人'],
      [27, '見守りシール登録者数', 2024, '600人', '610人'],
      [21, '講習会の開催回数', 2023, '2回', '2回'],
      [21, '講習会の実施回数', 2024, '2回', '3回'],
      // two indicators of one project over the same years are two indicators, not a rename
      [5, '売上額※', 2024, '50,500千円', '43,698千円'],
      [5, '売上件数', 2024, '100件', '90件'],
    ];
    const { issues } = validateWorkbook(workbook(projectSheet(STANDARD), sheetGrid('指標', rows)));
    const renamed = issues.filter((i) => i.code === 'INDICATOR_RENAMED');
    // in one row per year, an indicator with no row for the year checked is said as such
    expect(issues.filter((i) => i.code === 'YEAR_ROW_MISSING').map((i) => i.message.ja)).toEqual([
      '指標「登録者数」には令和6年度（2024年度）の行がありません。集計では「-」（年度の目標値なし）になります。',
      '指標「講習会の開催回数」には令和6年度（2024年度）の行がありません。集計では「-」（年度の目標値なし）になります。',
    ]);
    expect(renamed.map((i) => [i.severity, i.address])).toEqual([
      ['warning', '指標!B4'],
      ['warning', '指標!B6'],
    ]);
    expect(renamed[0].message.ja).toBe(
      '事業番号 27 の指標「登録者数」（令和5年度（2023年度）まで）と「見守りシール登録者数」（令和6年度（2024年度）から）は、年度で分かれた別の2項目として数えています。同じ指標の名前を変えたものなら、名前をそろえてください。',
    );
  });

  it('takes the number of a second indicator row left blank from the row above', () => {
    const rows: CellValue[][] = [
      ['番号', '指標', '年度', '目標値', '実績値'],
      [4, '創業件数', 2024, '32件', null],
      [null, '相談窓口での年間相談件数', 2024, '1,100件', null],
    ];
    const model = read(projectSheet(STANDARD), sheetGrid('指標', rows));
    expect(model.indicators.map((i) => [i.indicator.projectNo, i.indicator.name])).toEqual([
      [4, '創業件数'],
      [4, '相談窓口での年間相談件数'],
    ]);
  });
});

describe('readWorkbookModel: the wide layout with a two-row header', () => {
  it('reads "2023年度"/"2024年度" groups over 目標値/実績値/進捗評価, the final target and the survey point', () => {
    const rows: CellValue[][] = [
      ['成果指標 進捗評価表'],
      ['番号', '指標名', '単位', '現状値（調査時点）', '目標値（2024年度）', '2023年度', null, null, '2024年度', null, null],
      [null, null, null, null, null, '目標値', '実績値', '進捗評価', '目標値', '実績値', '進捗評価'],
      [5, '売上額※', '千円', '27,444千円 (2018年度実績)', '50,500千円', null, null, null, '50,500千円', '43,698千円', 'B'],
      [11, '講習会等の開催回数', '回', '—', '1回以上/年度', null, null, null, '1回以上/年度', '2回', 'A'],
    ];
    const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2', 'I2:K2'];
    const model = read(projectSheet(STANDARD), sheetGrid('指標', rows, { merges }));
    expect(model.indicatorTable).toMatchObject({ layout: 'wide', headerRow: 2, firstDataRow: 3, finalTargetCol: 4, finalTargetYear: 2024 });
    expect(model.years).toEqual([2023, 2024]);
    const p5 = model.indicators[0].indicator;
    expect(p5).toMatchObject({
      projectNo: 5,
      unit: '千円',
      baseline: { value: 27444, unit: '千円', surveyPoint: '2018年度実績' },
      finalTarget: { value: 50500, unit: '千円' },
    });
    expect(p5.results.map((r) => [r.year, r.actual?.value ?? null, r.enteredGrade, resultCell(r, 'grade')?.col])).toEqual([
      [2023, null, null, 7],
      [2024, 43698, 'B', 10],
    ]);
    expect(model.indicators[1].indicator.finalTarget).toMatchObject({ value: 1, atLeast: true, perYear: true });
    expect(model.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('readWorkbookModel when a table is missing', () => {
  it('reports TABLE_NOT_FOUND for each table that no sheet holds', () => {
    const model = read(sheetGrid('Sheet1', [['青森圏域連携中枢都市圏'], ['番号', '備考']]));
    expect(model.issues.map((i) => [i.code, i.severity, i.address])).toEqual([
      ['TABLE_NOT_FOUND', 'error', null],
      ['TABLE_NOT_FOUND', 'error', null],
    ]);
    expect(model.issues[0].message.ja).toContain('事業一覧の表');
    expect(model.issues[1].message.ja).toContain('成果指標の表');
  });

  it('reads a plan-stage register (現状値 and 目標値 only, as a vision is published) as valid, with nothing to grade', () => {
    const rows: CellValue[][] = [
      ['番号', '指標', '現状値（調査時点）', '目標値（2024年度）'],
      [5, '売上額※', '43,698千円 (2019年度実績)', '50,500千円'],
      [11, '出品商品数', '1,120品 (2019年度実績)', '1,200品'],
    ];
    const grid = workbook(projectSheet(STANDARD), sheetGrid('指標', rows));
    const report = validateWorkbook(grid);
    expect(report.issues).toEqual([]);
    expect(report.model.indicators.map((i) => [i.indicator.projectNo, i.indicator.finalTarget?.value])).toEqual([
      [5, 50500],
      [11, 1200],
    ]);
    expect(() => gradeWorkbook(grid, { year: 2024 })).toThrow(
      expect.objectContaining({
        text: expect.objectContaining({ ja: expect.stringContaining('2024年度の実績値の列がないため、評価するものがありません') }),
      }),
    );
  });
});

describe('readWorkbookModel: the hierarchy as heading rows instead of a 役割 column', () => {
  const indicators = sheetGrid('指標', [
    ['番号', '指標', '2024実績値'],
    [5, '売上額※', '43,698千円'],
  ]);
  // the headings as the vision prints them (vision-projects-2022), each on its own row
  const rows: CellValue[][] = [
    ['番号', '事業名', '事業区分'],
    ['1 圏域全体の経済成長のけん引（2事業）'],
    ['(2) 産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成（2事業）'],
    [5, seed(5).name, '継続'],
    [6, seed(6).name, '継続'],
    ['3 圏域全体の生活関連機能サービスの向上 (1 事業)'],
    ['(1) 生活機能の強化に係る政策分野 (1 事業)'],
    ['①地域医療 (1 事業)'],
    [21, seed(21).name, '継続'],
  ];
  const expected = [
    [5, 1, '産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成', null],
    [6, 1, '産業クラスターの形成、イノベーション実現、新規創業促進、地域の中堅企業等を核とした戦略産業の育成', null],
    [21, 3, '生活機能の強化に係る政策分野', '地域医療'],
  ];
  const levels = (model: WorkbookModel) =>
    model.projects.map((p) => [p.project.no, p.project.role?.no, p.project.policyArea?.text, p.project.field?.text ?? null]);

  it('reads headings typed in the 番号 column', () => {
    const model = read(sheetGrid('事業', rows), indicators);
    expect(levels(model)).toEqual(expected);
    expect(model.issues).toEqual([]);
  });

  it('reads headings merged across the row', () => {
    const merges = [2, 3, 6, 7, 8].map((r) => `A${r}:C${r}`);
    const model = read(sheetGrid('事業', rows, { merges }), indicators);
    expect(levels(model)).toEqual(expected);
    expect(model.issues).toEqual([]);
  });

  it('does not take a mistyped number ("１２三") or a lone numbered name for a heading', () => {
    const model = read(sheetGrid('事業', [...rows, ['１２三'], [null, '1 連携中枢都市圏ビジョン懇談会の運営']]), indicators);
    expect(model.issues.map((i) => [i.code, i.address])).toEqual([
      ['PROJECT_NO_INVALID', '事業!A10'],
      ['PROJECT_NO_MISSING', '事業!A11'],
    ]);
    expect(levels(model)).toEqual(expected);
  });
});

describe('readWorkbookModel: values as staff type them, through the grid', () => {
  const projects = sheetGrid('事業', [
    ['番号', '役割', '事業名'],
    [26, '3 圏域全体の生活関連機能サービスの向上', seed(26).name],
    [14, '1 圏域全体の経済成長のけん引', seed(14).name],
    [49, '3 圏域全体の生活関連機能サービスの向上', seed(49).name],
  ]);

  it('reads "17人 (15人)" as actual (target) under a heading that names both, the year from the heading', () => {
    const indicators = sheetGrid('指標', [
      ['番号', '指標', '2024年度実績値 (2024年度目標値)', '目標値（2024年度）'],
      [26, '入会者数※', '17人 (15人)', '20人'],
      [27, '見守りシール登録者数', '597人 (582人)', '600人'],
      [38, '情報発信回数', '2回 (1回以上/年度)', '1回以上/年度'],
    ]);
    const model = read(projects, indicators);
    expect(model.indicatorTable?.finalTargetCol).toBe(3);
    const year = (i: number) => model.indicators[i].indicator.results.find((r) => r.year === 2024)!;
    expect([year(0).actual?.value, year(0).target?.value, year(0).actual?.unit]).toEqual([17, 15, '人']);
    expect([year(1).actual?.value, year(1).target?.value]).toEqual([597, 582]);
    expect([year(2).actual?.value, year(2).target?.value, year(2).target?.atLeast]).toEqual([2, 1, true]);
    // the final-year 目標値 beside it keeps its own meaning
    expect(model.indicators[1].indicator.finalTarget?.value).toBe(600);
  });

  it('elsewhere reads the bracket after an actual as a note, never the target, and warns where it disagrees with the target', () => {
    const indicators = sheetGrid('指標', [
      ['番号', '指標', '2024実績値', '2024目標値'],
      [21, 'セミナー参加者数', '110名 (うち連携町村14人)', '100名'],
      [26, '入会者数※', '17人 (15人)', null],
      [27, '見守りシール登録者数', '597人 (580人)', '582人'],
    ]);
    const model = read(projects, indicators);
    const r = model.indicators.map((i) => i.indicator.results[0]);
    expect([r[0].actual?.value, r[0].target?.value]).toEqual([110, 100]);
    expect([r[1].actual?.value, r[1].target]).toEqual([17, null]);
    expect([r[2].actual?.value, r[2].target?.value]).toEqual([597, 582]);
    expect(
      validateWorkbook(workbook(projects, indicators))
        .issues.filter((i) => i.code === 'BRACKET_DIFFERS')
        .map((i) => i.address),
    ).toEqual(['指標!C4']);
  });

  it('reads percents Excel stores as fractions with a % format (project 14: 農地利用集積率 61.3%)', () => {
    const indicators = sheetGrid(
      '指標',
      [
        ['番号', '指標', '2024目標値', '2024実績値'],
        [14, '農地利用集積率', 0.613, 0.55],
      ],
      { numberFormats: { C2: '0.0%', D2: '0.0%' } },
    );
    const r = read(projects, indicators).indicators[0].indicator.results[0];
    expect([r.target, r.actual].map((q) => [q?.value, q?.unit])).toEqual([
      [61.3, '%'],
      [55, '%'],
    ]);
  });

  it('reads a lower-is-better indicator from a 方向 column or an "以下" target', () => {
    const indicators = sheetGrid('指標', [
      ['番号', '指標', '方向', '最終目標値', '2024実績値'],
      [49, '相談件数', '低いほど良い', '1,607件', '1,589件'],
      [26, '入会者数※', null, '15人以下', '17人'],
      [14, '農地利用集積率', '高いほど良い', '61.3%', '55%'],
    ]);
    expect(read(projects, indicators).indicators.map((i) => i.indicator.direction)).toEqual(['lower', 'lower', 'higher']);
  });
});
