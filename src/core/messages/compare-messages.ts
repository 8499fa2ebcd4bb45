import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, type Entry, type Param } from './entry';

/** The 変更点 sheet, the comparison of two registers, plan registers and a new vision's template (part of the one catalogue in catalogue.ts). */
export const compareMessages = {
  COMPARE_SHEET_TITLE: { ja: () => '連携事業の変更点', en: () => 'Changes between the registers' },
  COMPARE_SOURCES: entry<{ old: Param; new: Param; oldCount: number; newCount: number }>({
    ja: (p) => `比較: ${p.old}（${p.oldCount}事業） → ${p.new}（${p.newCount}事業）`,
    en: (p) => `Compared: ${p.old} (${p.oldCount} projects) → ${p.new} (${p.newCount} projects)`,
  }),
  COMPARE_COUNTS: entry<{ matched: number; renumbered: number; renamed: number; added: number; removed: number; merged: number }>({
    ja: (p) =>
      `引き継いだ事業 ${p.matched}（うち番号の変更 ${p.renumbered}、名称の変更 ${p.renamed}）、新たな事業 ${p.added}、なくなった事業 ${p.removed}、統合 ${p.merged}`,
    en: (p) =>
      `Carried over ${p.matched} (renumbered ${p.renumbered}, renamed ${p.renamed}), added ${p.added}, dropped ${p.removed}, merged ${p.merged}`,
  }),
  COMPARE_STATUS_HEADING: { ja: () => '事業区分（新）', en: () => 'Status (new)' },
  COMPARE_STATUS_MISSING: entry<{ n: number }>({
    ja: (p) => `事業区分が空欄の事業が ${p.n}件あります（数に含めていません）。`,
    en: (p) => `${p.n} projects have no status (not counted).`,
  }),
  COMPARE_MATCHED: { ja: () => '引き継いだ事業', en: () => 'Projects carried over' },
  COMPARE_ADDED: { ja: () => '新たに加わった事業', en: () => 'Projects added' },
  COMPARE_REMOVED: { ja: () => 'なくなった事業', en: () => 'Projects dropped' },
  COMPARE_MERGED: { ja: () => '統合された事業', en: () => 'Projects merged' },
  COMPARE_INDICATORS: { ja: () => '成果指標の変更', en: () => 'Indicator changes' },
  COMPARE_NONE: { ja: () => 'なし', en: () => 'None' },
  COMPARE_INDICATORS_SKIPPED: {
    ja: () => '成果指標の表がない登録簿（事業一覧のみ）があるため、成果指標は比べていません。',
    en: () => 'One register has no indicator table (a project list only): indicators were not compared.',
  },
  COMPARE_OLD_NO: { ja: () => '旧番号', en: () => 'Old no.' },
  COMPARE_NEW_NO: { ja: () => '新番号', en: () => 'New no.' },
  COMPARE_OLD_NAME: { ja: () => '旧事業名', en: () => 'Old name' },
  COMPARE_NEW_NAME: { ja: () => '新事業名', en: () => 'New name' },
  COMPARE_NAME: { ja: () => '事業名', en: () => 'Project' },
  COMPARE_STATUS: { ja: () => '事業区分', en: () => 'Status' },
  COMPARE_CHANGE: { ja: () => '変更', en: () => 'Change' },
  COMPARE_SIMILARITY: { ja: () => '名称の類似度', en: () => 'Name similarity' },
  COMPARE_INTO: { ja: () => '統合先', en: () => 'Merged into' },
  COMPARE_INDICATOR: { ja: () => '指標', en: () => 'Indicator' },
  COMPARE_BEFORE: { ja: () => '変更前', en: () => 'Before' },
  COMPARE_AFTER: { ja: () => '変更後', en: () => 'After' },
  COMPARE_RENUMBERED: { ja: () => '番号', en: () => 'number' },
  COMPARE_RENAMED: { ja: () => '名称', en: () => 'name' },
  COMPARE_BY_POSITION: {
    ja: () => '要確認（名称が大きく異なるため、前後の事業の位置から対応づけ）',
    en: () => 'to confirm (names differ; paired by place between its neighbours)',
  },
  COMPARE_INTO_PROJECT: entry<{ no: number; name: Param }>({
    ja: (p) => `${p.no} ${p.name}`,
    en: (p) => `${p.no} ${p.name}`,
  }),
  COMPARE_ALREADY_MERGED: entry<{ into: number }>({
    ja: (p) => `統合済み（NO.${p.into}に統合）`,
    en: (p) => `already merged (into no. ${p.into})`,
  }),
  COMPARE_NOT_IN_OLD: { ja: () => '（旧にない事業）', en: () => '(not in the old register)' },
  COMPARE_KIND_ADDED: { ja: () => '指標の追加', en: () => 'indicator added' },
  COMPARE_KIND_REMOVED: { ja: () => '指標の削除', en: () => 'indicator dropped' },
  COMPARE_KIND_RENAMED: { ja: () => '指標名の変更', en: () => 'indicator renamed' },
  COMPARE_KIND_BASELINE: { ja: () => '現状値の変更', en: () => 'baseline changed' },
  COMPARE_KIND_TARGET: { ja: () => '目標値の変更', en: () => 'target changed' },
  COMPARE_KIND_YEAR_TARGET: entry<{ year: number }>({
    ja: (p) => `${fiscalYearJa(p.year)}の目標値の変更`,
    en: (p) => `FY${p.year} target changed`,
  }),
  COMPARE_ERRORS_IN: entry<{ file: Param }>({ ja: (p) => `${p.file} の検証エラー:`, en: (p) => `Validation errors in ${p.file}:` }),
  COMPARE_STOPPED: entry<{ n: number }>({
    ja: (p) =>
      `登録簿の事業・成果指標に検証エラーが ${p.n}件あるため、変更点のシートを作成していません。上の一覧のセルを直してから、もう一度実行してください（--draft で暫定版を作成）。`,
    en: (p) =>
      `The registers' projects or indicators have ${p.n} validation errors, so no sheet of changes was built. Fix the cells listed above and run it again (--draft builds a draft).`,
  }),
  RESTORE_COMMAND_COMPARE: entry<{ year: number | null }>({
    ja: () => '変更点の作成',
    en: () => 'register comparison',
  }),
  VISION_RANGE_REVERSED: entry<{ from: number; to: number }>({
    ja: (p) => `最初の年度（${fiscalYearJa(p.from)}）が最後の年度（${fiscalYearJa(p.to)}）より後になっています。`,
    en: (p) => `The first year (FY${p.from}) comes after the last (FY${p.to}).`,
  }),
  VISION_RANGE_TOO_LONG: entry<{ from: number; to: number; max: number }>({
    ja: (p) => `${fiscalYearJa(p.from)}から${fiscalYearJa(p.to)}までは長すぎます。ひな形は${p.max}年度分までです。`,
    en: (p) => `FY${p.from} to FY${p.to} is too long: a template covers at most ${p.max} years.`,
  }),
  COMPARE_SHEET_MARKER: {
    ja: () =>
      'このシートは進捗評価ツールが作成しました。［前の登録簿と比べる］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    en: () => 'Made by the progress evaluation tool and rebuilt on every Compare run: type notes on another sheet.',
  },
  COMPARE_THIS_WORKBOOK: { ja: () => '開いているブック', en: () => 'the open workbook' },
  COMPARE_NO_READER: {
    ja: () => 'ここでは .xlsx ファイルを読めないため、登録簿を比べられません。',
    en: () => 'No .xlsx reader here: registers cannot be compared.',
  },
  UI_COMPARE: { ja: () => '前の登録簿と比べる…', en: () => 'Compare with an earlier register…' },
  UI_COMPARE_HINT: {
    ja: () =>
      '開いているブックを新しい登録簿として、選んだ .xlsx ファイル（前年度やビジョン変更前の登録簿）と比べ、「変更点」シートを作ります。',
    en: () =>
      'Compares the open workbook, as the new register, with an .xlsx file you pick (last year’s register) and builds the sheet 変更点.',
  },
  UI_RUNNING_COMPARE: { ja: () => '登録簿を比べています…', en: () => 'Comparing the registers…' },
  COMMAND_COMPARE_DONE: entry<{ sheet: Param; old: Param }>({
    ja: (p) => `${p.old} と比べ、「${p.sheet}」シートを作成しました。`,
    en: (p) => `Compared with ${p.old}; the sheet ${p.sheet} is built.`,
  }),
  UI_COMPARE_STOPPED: entry<{ n: number }>({
    ja: (p) => `登録簿の事業・成果指標に検証エラーが ${p.n}件あるため、変更点のシートを作成していません。`,
    en: (p) => `The registers' projects or indicators have ${p.n} validation errors, so no sheet of changes was built.`,
  }),
  NO_INDICATORS: {
    ja: () => 'このブックは事業一覧（計画）です。成果指標の表がないため、評価・集計はできません。',
    en: () => 'This workbook is a project list (a plan): it has no indicator table, so there is nothing to grade or summarise.',
  },
  PLAN_REGISTER: entry<{ sheet: Param; n: number }>({
    ja: (p) => `シート「${p.sheet}」の ${p.n}事業を事業一覧（計画）として検証しました。成果指標の表はありません。`,
    en: (p) => `Validated the ${p.n} projects of sheet "${p.sheet}" as a project list (a plan): there is no indicator table.`,
  }),
} satisfies Record<string, Entry<never>>;
