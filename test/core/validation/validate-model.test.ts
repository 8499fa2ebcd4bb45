import { readWorkbookModel } from '../../../src/core/sheets/read-workbook';
import { validateModel } from '../../../src/core/validation/validate-model';
import { CHECKS, type CheckCode } from '../../../src/core/checks/check-definitions';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import type { ValidationIssue } from '../../../src/core/model';
import type { CellValue, SheetGrid } from '../../../src/core/workbook/cell-grid';
import { seedProjects } from '../../../src/sample/aomori-seed-data';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

const seed = (no: number) => seedProjects.find((p) => p.no === no)!;

function validate(...sheets: SheetGrid[]): ValidationIssue[] {
  const { model, issues } = readWorkbookModel(workbook(...sheets), DEFAULT_POLICY);
  return [...issues, ...validateModel(model, DEFAULT_POLICY)];
}

const brief = (issues: ValidationIssue[]) => issues.map((i) => [i.code, i.severity, i.address]);

/**
 * The project list with planted mistakes:
 *   row 4  project 2 "NO.9に統合": there is no project 9
 *   row 5  project 5's 計 106,671 is one more than 53,335 + 53,335
 *   row 6  "１２三" is not a project number
 *   row 9  開始年度 "来年度" is not a year
 *   row 10 project 27 a second time
 *   role 3's heading says 2 projects; 3 rows are under it
 */
function projectSheet(): SheetGrid {
  const rows: CellValue[][] = [
    ['青森圏域連携中枢都市圏 連携事業一覧'],
    ['番号', '役割', '事業名', '事業区分', '開始年度', '2023年度', '2024年度', '計'],
    [1, '1 圏域全体の経済成長のけん引（3事業）', seed(1).name, '継続', null, 401, 401, 802],
    [2, null, seed(2).name, 'NO.9に統合', null, null, null, null],
    [5, null, seed(5).name, '継続', null, 53335, 53335, 106671],
    ['１２三', null, seed(11).name, '継続', null, 334, 334, 668],
    [],
    [21, '3 圏域全体の生活関連機能サービスの向上 (2 事業)', seed(21).name, '継続', '令和3年度', 400, 400, 800],
    [27, null, seed(27).name, '継続', '来年度', 133, 133, 266],
    [27, null, seed(27).name, '継続', null, 133, 133, 266],
  ];
  return sheetGrid('事業', rows, { merges: ['B3:B6', 'B8:B10'] });
}

/**
 * The indicator table (two-row header, as the template) with planted mistakes:
 *   G4  actual "１２三"                    NUMBER_INVALID
 *   H5  grade "X"                         GRADE_INVALID
 *   H6  grade "A" where 43,698 of 50,500 is B   GRADE_DIFFERS (warning)
 *   G7  actual "110件" against "100名"      UNIT_MISMATCH
 *   F8  target 0                          TARGET_NOT_POSITIVE
 *   A9  project 56 is not in the project list   INDICATOR_UNKNOWN_PROJECT
 *   H9  grade "В" (Cyrillic)               GRADE_LOOKALIKE (warning)
 */
function indicatorSheet(): SheetGrid {
  const rows: CellValue[][] = [
    ['成果指標 進捗評価表'],
    ['番号', '指標名', '単位', '現状値（調査時点）', '目標値（2024年度）', '2024年度', null, null],
    [null, null, null, null, null, '目標値', '実績値', '進捗評価'],
    [1, seed(1).indicators[0].name, '事業', '44事業 (2020年度見込)', '52事業', '52事業', '１２三', null],
    [2, seed(2).indicators[0].name, '件', '21件 (2019年度見込)', 'NO.4に統合', null, null, 'X'],
    [5, '売上額※', '千円', '27,444千円 (2018年度実績)', '50,500千円', '50,500千円', '43,698千円', 'A'],
    [21, 'セミナー参加者数', '人', '—', '100人', '100名', '110件', null],
    [27, '登録者数', '人', '94人 (2019年度見込)', '582人', 0, '597人', 'A'],
    [56, seed(56).indicators[0].name, '種目', '—', '21種目', '21種目', '18種目', 'В'],
  ];
  return sheetGrid('指標', rows, { merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2'] });
}

describe('validateModel: every planted mistake, in one pass', () => {
  const issues = validate(projectSheet(), indicatorSheet());

  it('reports each with its code, severity and address, and nothing else', () => {
    expect(brief(issues)).toEqual(
      expect.arrayContaining([
        ['PROJECT_NO_INVALID', 'error', '事業!A6'],
        ['YEAR_INVALID', 'error', '事業!E9'],
        ['PROJECT_NO_DUPLICATE', 'error', '事業!A10'],
        ['MERGED_INTO_UNKNOWN', 'error', '事業!D4'],
        ['BUDGET_TOTAL_MISMATCH', 'error', '事業!H5'],
        ['GROUP_COUNT_MISMATCH', 'warning', '事業!B8'],
        ['NUMBER_INVALID', 'error', '指標!G4'],
        ['GRADE_INVALID', 'error', '指標!H5'],
        ['GRADE_LOOKALIKE', 'warning', '指標!H9'],
        ['INDICATOR_UNKNOWN_PROJECT', 'error', '指標!A9'],
        ['UNIT_MISMATCH', 'error', '指標!G7'],
        ['TARGET_NOT_POSITIVE', 'error', '指標!F8'],
        ['GRADE_DIFFERS', 'warning', '指標!H6'],
        // its 統合 names no year, so it is taken as merged in every year: said, not assumed silently
        ['MERGED_YEAR_MISSING', 'warning', '事業!D4'],
      ]),
    );
    expect(issues).toHaveLength(14);
  });

  it('takes every severity and title from the check definitions and splits the address into sheet and cell', () => {
    for (const issue of issues) {
      expect(issue.code in CHECKS).toBe(true);
      expect(issue.severity).toBe(CHECKS[issue.code as CheckCode].severity);
      expect(issue.title).toEqual(CHECKS[issue.code as CheckCode].title);
      expect(issue.address).toBe(`${issue.sheet}!${issue.cell}`);
    }
  });

  const find = (code: string) => issues.find((i) => i.code === code)!;

  it('says in Japanese and English what is wrong', () => {
    expect(find('PROJECT_NO_INVALID').message.ja).toBe(
      '事業番号「１２三」を数値として読めません。半角または全角の数字だけで入力してください。',
    );
    expect(find('PROJECT_NO_DUPLICATE').message.ja).toBe('事業番号 27 が重複しています（最初は 事業!A9）。');
    expect(find('MERGED_INTO_UNKNOWN').message.ja).toBe('統合先の事業番号 9 が事業一覧にありません。');
    expect(find('YEAR_INVALID').message.ja).toContain('年度「来年度」を読めません');
    expect(find('NUMBER_INVALID').message.ja).toBe('実績値「１２三」を数値として読めません。');
    expect(find('GRADE_INVALID').message.ja).toBe('進捗評価「X」は使えません。A / B / C / D / - のいずれかを入力してください。');
    expect(find('UNIT_MISMATCH').message.ja).toBe('実績値の単位「件」が目標値の単位「名」と合いません。評価できません。');
    expect(find('TARGET_NOT_POSITIVE').message.en).toBe('Target 0 must be greater than 0 to compute an achievement rate.');
    expect(find('INDICATOR_UNKNOWN_PROJECT').message.ja).toContain('事業番号 56 は事業一覧にありません');
    expect(find('GROUP_COUNT_MISMATCH').message.ja).toBe(
      '見出し「3 圏域全体の生活関連機能サービスの向上 (2 事業)」の事業数 2 が、その下の事業数 3 と一致しません。',
    );
  });

  it('GRADE_DIFFERS names both grades and the rate', () => {
    const m = find('GRADE_DIFFERS').message;
    expect(m.ja).toBe('入力済みの進捗評価「A」は、計算結果「B」（達成率 86.5%）と異なります。');
    expect(m.en).toContain('"A"');
    expect(m.en).toContain('"B"');
  });

  it('BUDGET_TOTAL_MISMATCH gives the total, the sum and the difference of one', () => {
    expect(find('BUDGET_TOTAL_MISMATCH').message.ja).toBe('事業費の計 106,671 が各年度の合計 106,670 と一致しません（差 1）。');
  });
});

describe('validateModel: checks one at a time', () => {
  const projects = (rows: CellValue[][], merges: string[] = []) =>
    sheetGrid('事業', [['番号', '役割', '事業名', '事業区分'], ...rows], { merges });
  const indicators = (rows: CellValue[][]) => sheetGrid('指標', [['番号', '指標', '2024目標値', '2024実績値', '進捗評価'], ...rows]);
  const ROLE1 = '1 圏域全体の経済成長のけん引';

  it('a clean pair of tables has no issue', () => {
    expect(validate(projects([[5, ROLE1, seed(5).name, '継続']]), indicators([[5, '売上額※', '50,500千円', '43,698千円', 'B']]))).toEqual(
      [],
    );
  });

  it('reads a row numbered "-" that says 「NO 2へ統合」 as that merger, not a mistyped number (the FY2026 list)', () => {
    const plan = projects([
      [2, ROLE1, 'あおもり産業創造事業', '継続'],
      ['-', ROLE1, 'あおもりフィールドスタディ支援事業', 'NO 2へ統合'],
      ['－', ROLE1, '別の事業', '継続'],
    ]);
    expect(brief(validate(plan, indicators([])))).toEqual([['PROJECT_NO_INVALID', 'error', '事業!A4']]);
  });

  it('warns where an indicator row names its project otherwise than the register (a wrong number that exists)', () => {
    const both = projects([
      [5, ROLE1, seed(5).name, '継続'],
      [11, ROLE1, seed(11).name, '継続'],
    ]);
    const rows = sheetGrid('指標', [
      ['番号', '事業名', '指標', '2024目標値', '2024実績値'],
      [11, seed(5).name, '売上額※', '50,500千円', '43,698千円'],
      [11, ` ${seed(11).name}（仮称）`, '出品商品数', '1,200品', '1,250品'],
    ]);
    const issues = validate(both, rows);
    expect(brief(issues)).toEqual([['PROJECT_NAME_MISMATCH', 'warning', '指標!B2']]);
    expect(issues[0].message.ja).toBe(
      `事業番号 11 の事業名が「${seed(5).name}」になっていますが、事業一覧では「${seed(11).name}」です。事業番号を確認してください。`,
    );
  });

  it('NO 2へ統合 pointing at an existing project is fine; at a missing one it is MERGED_INTO_UNKNOWN', () => {
    const ok = projects([
      [2, ROLE1, seed(2).name, '継続'],
      [37, ROLE1, seed(37).name, '令和8年度 NO 2へ統合'],
    ]);
    expect(validate(ok, indicators([]))).toEqual([]);
    const bad = projects([[37, ROLE1, seed(37).name, '令和8年度 NO 2へ統合']]);
    expect(brief(validate(bad, indicators([])))).toEqual([['MERGED_INTO_UNKNOWN', 'error', '事業!D2']]);
  });

  it('a 統合 without its target is MERGED_INTO_MISSING, without its year MERGED_YEAR_MISSING (warnings)', () => {
    expect(brief(validate(projects([[2, ROLE1, seed(2).name, '統合']]), indicators([])))).toEqual([
      ['MERGED_INTO_MISSING', 'warning', '事業!D2'],
      ['MERGED_YEAR_MISSING', 'warning', '事業!D2'],
    ]);
    expect(brief(validate(projects([[2, ROLE1, seed(2).name, 'R3統合']]), indicators([])))).toEqual([
      ['MERGED_INTO_MISSING', 'warning', '事業!D2'],
    ]);
  });

  it('a number written as a formula error is NUMBER_INVALID with its reason', () => {
    const issues = validate(projects([[5, ROLE1, seed(5).name, '継続']]), indicators([[5, '売上額※', '50,500千円', '#DIV/0!', null]]));
    expect(brief(issues)).toEqual([['NUMBER_INVALID', 'error', '指標!D2']]);
    expect(issues[0].message.ja).toBe('実績値「#DIV/0!」を数値として読めません（数式のエラー値です）。');
  });

  it('TRUE in a target cell is NUMBER_INVALID', () => {
    const issues = validate(projects([[5, ROLE1, seed(5).name, '継続']]), indicators([[5, '売上額※', true, '43,698千円', null]]));
    expect(brief(issues)).toEqual([['NUMBER_INVALID', 'error', '指標!C2']]);
  });

  it('a project without a readable role is ROLE_MISSING', () => {
    expect(brief(validate(projects([[5, null, seed(5).name, '継続']]), indicators([]))).map((i) => i[0])).toEqual(['ROLE_MISSING']);
  });

  it('a first indicator row without a number is PROJECT_NO_MISSING; a row with a number but no name is INDICATOR_NAME_MISSING', () => {
    // (a blank number below a numbered row is the same project's second indicator, not a mistake)
    const rows = [
      ['番号', '指標', '2024実績値'],
      [null, '売上額※', '43,698千円'],
      [5, null, '43,698千円'],
    ];
    const issues = validate(projects([[5, ROLE1, seed(5).name, '継続']]), sheetGrid('指標', rows));
    expect(brief(issues)).toEqual([
      ['PROJECT_NO_MISSING', 'error', '指標!A2'],
      ['INDICATOR_NAME_MISSING', 'error', '指標!B3'],
    ]);
  });

  it('RESULT_DUPLICATE: two rows of the long layout for one indicator and year, written differently', () => {
    const long = sheetGrid('指標', [
      ['番号', '指標', '年度', '目標値', '実績値'],
      [5, '売上額※', '2024年度', '50,500千円', '43,698千円'],
      [5, '売上額※', '令和6年度', '50,500千円', '43,698千円'],
    ]);
    const issues = validate(projects([[5, ROLE1, seed(5).name, '継続']]), long);
    expect(brief(issues)).toEqual([['RESULT_DUPLICATE', 'error', '指標!C3']]);
    expect(issues[0].message.ja).toBe('指標「売上額※」の 2024年度 の行が重複しています（最初は 指標!C2）。');
  });

  it('YEAR_INVALID in the 年度 column of the long layout', () => {
    const long = sheetGrid('指標', [
      ['番号', '指標', '年度', '目標値', '実績値'],
      [5, '売上額※', '令和六年度', '50,500千円', '43,698千円'],
    ]);
    expect(brief(validate(projects([[5, ROLE1, seed(5).name, '継続']]), long))).toEqual([['YEAR_INVALID', 'error', '指標!C2']]);
  });

  it('a participation mark other than ○ or blank is PARTICIPATION_INVALID (warning)', () => {
    const sheet = sheetGrid('事業', [
      ['番号', '役割', '事業名', '平内町', '今別町', '外ヶ浜町', '蓬田村'],
      [5, ROLE1, seed(5).name, '○', '〇', 'はい', null],
    ]);
    const issues = validate(sheet, indicators([]));
    expect(brief(issues)).toEqual([['PARTICIPATION_INVALID', 'warning', '事業!F2']]);
  });

  it('GROUP_COUNT_MISMATCH is not raised when the heading agrees', () => {
    const sheet = projects(
      [
        [21, '3 圏域全体の生活関連機能サービスの向上 (2 事業)', seed(21).name, '継続'],
        [27, null, seed(27).name, '継続'],
      ],
      ['B2:B3'],
    );
    expect(validate(sheet, indicators([]))).toEqual([]);
  });
});
