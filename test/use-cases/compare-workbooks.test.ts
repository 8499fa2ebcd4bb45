import { compareWorkbooks } from '../../src/use-cases/compare-workbooks';
import { indicatorChangeText } from '../../src/core/compare/changes-sheet';
import { buildPlan2026Sheets } from '../../src/sample/aomori-plan-2026';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { projectsInForce, registerWorkbook, type RegisterRow } from '../helpers/vision-registers';
import { setCell } from '../helpers/sheet-grid';

const plan2026 = (): WorkbookGrid => ({ sheets: buildPlan2026Sheets().map(sheetOutputToGrid) });
const sources = { old: '旧', new: '新' };
const now = new Date(2026, 11, 6);

describe('compareWorkbooks: the FY2024 register (2022 vision + 56, 57) against the FY2026 list (conference-2025)', () => {
  const report = compareWorkbooks(sampleGrid(), plan2026(), { sources, now });
  const c = report.comparison;
  const pairs = new Map(c.matched.map((m) => [m.old, m]));

  it('counts the FY2026 statuses as printed: 50 継続, 1 拡充, 2 新規 and the 「NO 2へ統合」 row', () => {
    expect(c.statusCounts).toEqual({ 継続: 50, 新規: 2, 拡充: 1, 統合: 1, 終了: 0 });
    expect([c.oldProjects, c.newProjects, c.statusMissing]).toEqual([57, 53, 0]);
  });

  it('follows projects across renumbering: 水道 40 → 37, 職員研修 54 → 51, 成年後見 51 → 26', () => {
    expect(pairs.get(40)).toMatchObject({ new: 37, renamed: false, renumbered: true, similarity: 1 });
    expect(pairs.get(54)).toMatchObject({ new: 51, renamed: false });
    expect(pairs.get(51)).toMatchObject({ new: 26, renamed: false });
    expect(pairs.get(1)).toMatchObject({ new: 1, renamed: false, renumbered: false });
    // 「(仮称) 地域企業ビジネス支援拠点運営事業」 is the same name; 強靭 is 強靱
    expect(pairs.get(4)).toMatchObject({ new: 2, renamed: false, status: '拡充' });
    expect(pairs.get(42)).toMatchObject({ new: 39, renamed: false });
    expect(c.matched).toHaveLength(49);
  });

  it('names the renamed ones with how alike the names are, and the one paired by place to be confirmed', () => {
    const renamed = c.matched.filter((m) => m.renamed).map((m) => [m.old, m.new, m.similarity, m.byPosition]);
    expect(renamed).toEqual([
      [7, 5, 0.7, false], // 企業誘致関係機関連携事業 → 企業説明会関係機関連携事業
      [9, 6, 0.94, false], // 圏域の → 地域の水産物の食ブランド化推進事業
      [10, 7, 0.38, true], // 農業移住・新規就農サポート事業 → あおもり就農サポートセンター管理運営事業
      [50, 46, 0.89, false], // …ネットワーク事業 → …ネットワーク形成事業
      [55, 52, 0.88, false], // RPA活用推進事務 → 事業
      [56, 33, 0.88, false], // 東青地区中学校 → 東青中学校体育大会夏季大会開催事業
      [57, 34, 0.85, false],
    ]);
  });

  it('reads the 「- | あおもりフィールドスタディ支援事業 | NO 2へ統合」 row as project 37 merged into the new 2', () => {
    expect(c.merged).toEqual([
      {
        old: 37,
        into: 2,
        intoName: '(仮称) 地域企業ビジネス支援拠点運営事業',
        name: 'あおもりフィールドスタディ支援事業',
        cell: { sheet: '令和8年度事業一覧', row: 37, col: 2 },
      },
    ]);
    expect(pairs.has(37)).toBe(false);
  });

  it('lists what was added and dropped, the ones merged before (2 and 3 into 4) as such', () => {
    expect(c.added.map((p) => [p.no, p.name, p.status])).toEqual([
      [14, 'アドベンチャーツーリズム推進事業', '継続'],
      [48, '校務環境等整備事業', '継続'],
      [49, '(仮称) 働く女性支援事業', '新規'],
      [53, '(仮称) 高等教育機関との協働による人材育成事業', '新規'],
    ]);
    expect(c.removed.map((p) => [p.no, p.mergedInto])).toEqual([
      [2, 4],
      [3, 4],
      [8, null], // 物産振興事業
      [16, null], // むつ湾広域連携事業（産業・観光）
      [25, null], // 東青母子保健広域ネットワーク事業
      [36, null], // 国民スポーツ大会PR事業
      [46, null], // 汚水等処理事業
    ]);
    expect(c.matched.length + c.removed.length + c.merged.length).toBe(57);
    expect(c.matched.length + c.added.length).toBe(53);
  });

  it('does not compare indicators with a list that has none, and says so', () => {
    expect(c.indicatorsCompared).toBe(false);
    expect(c.indicatorChanges).toEqual([]);
    const texts = report.sheet!.cells.map((cell) => cell.value);
    expect(texts).toContain('成果指標の表がない登録簿（事業一覧のみ）があるため、成果指標は比べていません。');
  });

  it('builds 変更点 behind a restore point, and draws the numbers from the comparison', () => {
    expect(report.errors).toEqual({ old: [], new: [] });
    const sheet = report.sheet!;
    expect(sheet.name).toBe('変更点');
    const row = (text: string) => sheet.cells.find((cell) => cell.value === text)!.row;
    const at = (r: number, col: number) => sheet.cells.find((cell) => cell.row === r && cell.col === col)?.value;
    const statuses = row('事業区分（新）');
    expect([1, 2, 3, 4, 5].map((r) => [at(statuses + r, 0), at(statuses + r, 2)])).toEqual([
      ['継続', 50],
      ['新規', 2],
      ['拡充', 1],
      ['統合', 1],
      ['終了', 0],
    ]);
    expect(at(statuses + 7, 0)).toBe('引き継いだ事業 49（うち番号の変更 48、名称の変更 7）、新たな事業 4、なくなった事業 7、統合 1');
    const fieldStudy = sheet.cells.find((cell) => cell.value === 'あおもりフィールドスタディ支援事業')!;
    expect(at(fieldStudy.row, 0)).toBe(37);
    expect(at(fieldStudy.row, 3)).toBe('2 (仮称) 地域企業ビジネス支援拠点運営事業');
    const byPlace = sheet.cells.find((cell) => cell.value === 'あおもり就農サポートセンター管理運営事業')!;
    expect(String(at(byPlace.row, 4))).toContain('要確認');
  });
});

describe('compareWorkbooks: the vision change of 2021 (vision-change-2021, 44 → 48 projects) and the 2022 vision', () => {
  const NEW_IN_2021: Record<string, RegisterRow['indicators']> = {
    // the change's cards (vision-change-2021): indicators named, baseline and target still 「—」
    地域企業ビジネス支援拠点運営事業: [
      { name: '創業件数', baseline: '—', target: '—' },
      { name: '相談窓口での年間相談件数', baseline: '—', target: '—' },
    ],
    在宅医療推進のための共同セミナー開催事業: [{ name: 'セミナー参加者数', baseline: '—', target: '—' }],
    青森圏域重点事業要望事務: [{ name: '要望事項実現率 (進捗ありを含む)', baseline: '—', target: '—' }],
    国土強靱化連携推進事業: [{ name: '事業の地域計画への掲載率※', baseline: '—', target: '—' }],
  };
  const before = projectsInForce(2020).map((project) => ({ project, status: '継続', indicators: [] }));
  const after = projectsInForce(2021).map((project) => ({
    project,
    status: NEW_IN_2021[project.name] ? '新規' : (project.mergedInto ?? '継続'),
    indicators: NEW_IN_2021[project.name] ?? project.indicators,
  }));

  it('numbers the change’s four new projects 4, 21, 36 and 39, as the change document does', () => {
    expect(before).toHaveLength(44);
    expect(after).toHaveLength(48);
    expect(Object.keys(NEW_IN_2021).map((name) => after.findIndex((r) => r.project.name === name) + 1)).toEqual([4, 21, 36, 39]);
  });

  const change = compareWorkbooks(registerWorkbook(before, false), registerWorkbook(after, true), { sources, now }).comparison;

  it('44 → 48: four added, none dropped, 2 and 3 merged into 4, and 水道 renumbered 34 → 37', () => {
    expect(change.added.map((p) => p.no)).toEqual([4, 21, 36, 39]);
    expect(change.removed).toEqual([]);
    expect(change.merged.map((m) => [m.old, m.into, m.intoName])).toEqual([
      [2, 4, '地域企業ビジネス支援拠点運営事業'],
      [3, 4, '地域企業ビジネス支援拠点運営事業'],
    ]);
    expect(change.statusCounts).toEqual({ 継続: 42, 新規: 4, 拡充: 0, 統合: 2, 終了: 0 });
    expect(change.matched.find((m) => m.name === '水道事業の広域連携事業')).toMatchObject({ old: 34, new: 37 });
  });

  const vision2022 = compareWorkbooks(registerWorkbook(after, true), sampleGrid(), { sources, now }).comparison;

  it('48 → the 2022 vision and its additions: 水道 37 → 40, nine added, the merged ones not merged again', () => {
    expect(vision2022.matched.find((m) => m.name === '水道事業の広域連携事業')).toMatchObject({ old: 37, new: 40 });
    expect(vision2022.added.map((p) => p.no)).toEqual([33, 36, 39, 45, 46, 52, 55, 56, 57]);
    expect(vision2022.removed).toEqual([]);
    expect(vision2022.merged).toEqual([]);
  });

  it('finds the targets the 2022 vision set for the change’s 「—」 indicators, and nothing else', () => {
    expect(vision2022.indicatorsCompared).toBe(true);
    expect(vision2022.indicatorChanges.map((i) => [i.new, i.indicator, i.kind, i.before, i.after])).toEqual([
      [4, '創業件数', 'baseline', '—', '24件 (2020年度見込)'],
      [4, '創業件数', 'target', '—', '32件'],
      [4, '相談窓口での年間相談件数', 'baseline', '—', '750件 (2020年度見込)'],
      [4, '相談窓口での年間相談件数', 'target', '—', '1,100件'],
      [21, 'セミナー参加者数', 'target', '—', '100人'],
      // names as the engine reads them, full-width brackets folded (NFKC)
      [38, '要望事項実現率(進捗ありを含む)', 'target', '—', '56.4%'],
      [42, '事業の地域計画への掲載率※', 'baseline', '—', '100%'],
      [42, '事業の地域計画への掲載率※', 'target', '—', '100%'],
    ]);
  });

  it('prints each indicator change on 変更点 as one sentence beside the indicator', () => {
    const sheet = compareWorkbooks(registerWorkbook(after, true), sampleGrid(), { sources, now }).sheet!;
    const texts = sheet.cells.filter((cell) => cell.col === 3).map((cell) => cell.value);
    expect(texts).toEqual(expect.arrayContaining(['目標値の変更: — → 32件', '現状値の変更: — → 24件 (2020年度見込)']));
  });

  it('reports an indicator renamed, added and dropped between two registers', () => {
    const edited = registerWorkbook(after, true);
    const sheet = edited.sheets[1];
    const row = sheet.values.findIndex((r) => r[2] === 'セミナー参加者数');
    setCell(edited, '成果指標', `C${row + 1}`, '共同セミナー参加者数（延べ）');
    const water = sheet.values.findIndex((r) => r[1] === '水道事業の広域連携事業');
    const dropped = String(sheet.values[water][2]);
    setCell(edited, '成果指標', `C${water + 1}`, '合同訓練の参加事業者数');
    const kinds = compareWorkbooks(registerWorkbook(after, true), edited, { sources, now }).comparison.indicatorChanges.map((i) => [
      i.new,
      i.kind,
      i.before,
      i.after,
    ]);
    expect(kinds).toEqual([
      [21, 'renamed', 'セミナー参加者数', '共同セミナー参加者数(延べ)'],
      [37, 'removed', dropped, null],
      [37, 'added', null, '合同訓練の参加事業者数'],
    ]);
  });
});

describe('compareWorkbooks: one register against itself and a revised copy', () => {
  it('finds nothing changed in the sample against itself: 57 carried over as they were', () => {
    const c = compareWorkbooks(sampleGrid(), sampleGrid(), { sources, now }).comparison;
    expect(c.matched).toHaveLength(57);
    expect(c.matched.every((m) => !m.renamed && !m.renumbered && m.similarity === 1)).toBe(true);
    expect([c.added, c.removed, c.merged, c.indicatorChanges]).toEqual([[], [], [], []]);
  });

  it('names a year’s target revised mid-period (中間年に目標値を見直す) with its year', () => {
    const revised = sampleGrid();
    setCell(revised, '成果指標', 'J9', '52,000千円');
    const c = compareWorkbooks(sampleGrid(), revised, { sources, now }).comparison;
    expect(c.indicatorChanges.map((i) => [i.new, i.indicator, i.kind, i.year, i.before, i.after])).toEqual([
      [5, '売上額※', 'target', 2024, '50,500千円', '52,000千円'],
    ]);
    expect(indicatorChangeText(c.indicatorChanges[0])).toBe('令和6年度（2024年度）の目標値の変更: 50,500千円 → 52,000千円');
  });
});

describe('compareWorkbooks: the sheet is the tool’s own', () => {
  it('replaces its own 変更点 on a rerun, and never a 変更点 made by hand', () => {
    const first = compareWorkbooks(sampleGrid(), plan2026(), { sources, now });
    const withOwn = plan2026();
    withOwn.sheets.push(sheetOutputToGrid(first.sheet!));
    expect(withOwn.sheets[1].values.at(-1)?.[0]).toBe(
      'このシートは進捗評価ツールが作成しました。［前の登録簿と比べる］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    );
    expect(compareWorkbooks(sampleGrid(), withOwn, { sources, now }).sheet?.name).toBe('変更点');
    const withHandMade = plan2026();
    withHandMade.sheets.push({ name: '変更点', values: [['会議メモ']], formulas: [], numberFormats: [], merges: [] });
    expect(compareWorkbooks(sampleGrid(), withHandMade, { sources, now }).sheet?.name).toBe('変更点 (2)');
  });
});

describe('compareWorkbooks: doubtful registers', () => {
  it('builds no sheet over an error in a register’s projects (a merged row naming no project), and a marked draft on request', () => {
    const plan = plan2026();
    const sheet = plan.sheets[0];
    const row = sheet.values.findIndex((r) => r[3] === 'NO 2へ統合');
    setCell(plan, sheet.name, `D${row + 1}`, 'NO 99へ統合');
    const stopped = compareWorkbooks(sampleGrid(), plan, { sources, now });
    expect(stopped.errors.old).toEqual([]);
    expect(stopped.errors.new.map((e) => [e.code, e.sheet, e.cell])).toEqual([['MERGED_INTO_UNKNOWN', sheet.name, `D${row + 1}`]]);
    expect(stopped.changes).toBeNull();
    const draft = compareWorkbooks(sampleGrid(), plan, { sources, now, draft: true });
    expect(draft.sheet?.cells[0].value).toBe('【暫定・検証エラー1件】連携事業の変更点');
  });
});
