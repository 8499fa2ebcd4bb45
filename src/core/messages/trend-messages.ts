import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, type Entry, type Param } from './entry';

const signed = (n: number) => (n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

/** The 進捗評価の推移 and 事業別評価 sheets and report (part of the one catalogue in catalogue.ts). */
export const trendMessages = {
  TREND_TITLE: entry<{ from: number; to: number }>({
    ja: (p) => `進捗評価の推移（${p.from === p.to ? fiscalYearJa(p.from) : `${fiscalYearJa(p.from)}～${fiscalYearJa(p.to)}`}）`,
    en: (p) => `Grades over the years (${p.from === p.to ? `FY${p.from}` : `FY${p.from}–FY${p.to}`})`,
  }),
  TREND_YEAR: { ja: () => '年度', en: () => 'Fiscal year' },
  TREND_PROJECTS: { ja: () => '事業数', en: () => 'Projects' },
  TREND_ITEMS: { ja: () => '項目数', en: () => 'Items' },
  TREND_FAVORABLE_COUNT: entry<{ labels: Param }>({ ja: (p) => `比較的順調（${p.labels}）`, en: (p) => `On track (${p.labels})` }),
  TREND_FAVORABLE_SHARE: { ja: () => '割合', en: () => 'Share' },
  TREND_FROM_FIRST: { ja: () => '初年度比（ポイント）', en: () => 'vs first year (points)' },
  TREND_FROM_PREVIOUS: { ja: () => '前年度比（ポイント）', en: () => 'vs year before (points)' },
  TREND_CHART_TITLE: entry<{ labels: Param }>({
    ja: (p) => `進捗評価の内訳と比較的順調（${p.labels}）の割合`,
    en: (p) => `Grades and the on-track (${p.labels}) share`,
  }),
  TREND_CHART_SHARE: { ja: () => '比較的順調の割合', en: () => 'On-track share' },
  TREND_NEW_PROJECTS: { ja: () => '新規事業', en: () => 'New projects' },
  TREND_NEW_YEAR: entry<{ year: number; before: Param; after: Param }>({
    ja: (p) => `${fiscalYearJa(p.year)}（${p.before}事業→${p.after}事業）`,
    en: (p) => `FY${p.year} (${p.before} → ${p.after} projects)`,
  }),
  TREND_PROJECTS_CHANGE: entry<{ from: number; to: number; before: Param; after: Param }>({
    ja: (p) => `全体の事業数は${fiscalYearJa(p.from)}の${p.before}事業から${fiscalYearJa(p.to)}には${p.after}事業`,
    en: (p) => `Projects: ${p.before} in FY${p.from}, ${p.after} in FY${p.to}`,
  }),
  TREND_FAVORABLE_CHANGE: entry<{ from: number; to: number; before: number; after: number; points: number }>({
    ja: (p) =>
      `比較的順調な割合は${fiscalYearJa(p.from)}の${p.before.toFixed(1)}%から${fiscalYearJa(p.to)}には${p.after.toFixed(1)}%（${signed(p.points)}ポイント）`,
    en: (p) => `On-track share: ${p.before.toFixed(1)}% in FY${p.from}, ${p.after.toFixed(1)}% in FY${p.to} (${signed(p.points)} points)`,
  }),
  TREND_WITHOUT_RESULTS: entry<{ years: readonly number[] }>({
    ja: (p) => `${p.years.map(fiscalYearJa).join('、')}は実績値・進捗評価が入力されていないため、載せていません。`,
    en: (p) => `${p.years.map((y) => `FY${y}`).join(', ')}: no actuals or grades entered, left out.`,
  }),
  TREND_NO_YEARS: {
    ja: () => '実績値・進捗評価が入力された年度がないため、推移を作成できません。',
    en: () => 'No fiscal year has actuals or grades entered: there is no trend to show.',
  },
  TREND_RANGE_REVERSED: entry<{ from: number; to: number }>({
    ja: (p) => `推移の最初の年度（${fiscalYearJa(p.from)}）が最後の年度（${fiscalYearJa(p.to)}）より後になっています。`,
    en: (p) => `The trend's first year (FY${p.from}) comes after its last (FY${p.to}).`,
  }),
  TREND_RANGE_TOO_LONG: entry<{ from: number; to: number; max: number }>({
    ja: (p) => `${fiscalYearJa(p.from)}から${fiscalYearJa(p.to)}までは長すぎます。推移は${p.max}年度分までです。`,
    en: (p) => `FY${p.from} to FY${p.to} is too long: a trend covers at most ${p.max} years.`,
  }),
  PROJECT_SHEET_TITLE: entry<{ year: number }>({
    ja: (p) => `${fiscalYearJa(p.year)}事業別の進捗評価`,
    en: (p) => `FY${p.year} grades by project`,
  }),
  PROJECT_BOX_TITLE: entry<{ no: Param; name: Param }>({ ja: (p) => `${p.no} ${p.name}`, en: (p) => `${p.no} ${p.name}` }),
  PROJECT_BOX_INDICATOR: { ja: () => '指標', en: () => 'Indicator' },
  PROJECT_BOX_ACTUAL: { ja: () => '実績値', en: () => 'Actual' },
  PROJECT_BOX_GRADE: { ja: () => '進捗評価', en: () => 'Grade' },
  PROJECT_BOX_TARGET: { ja: () => '目標値', en: () => 'Target' },
  PROJECT_BOX_RATE: { ja: () => '達成率', en: () => 'Rate' },
  PROJECT_BOX_NOTE: { ja: () => '「-」の理由', en: () => 'Why "-"' },
  PROJECT_SHEET_MARKER: {
    ja: () =>
      'このシートは進捗評価ツールが作成しました。［事業別評価］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    en: () => 'Made by the progress evaluation tool and rebuilt on every Boxes run: type notes on another sheet.',
  },
  TREND_SHEET_MARKER: {
    ja: () => 'このシートは進捗評価ツールが作成しました。［推移］を実行するたびに作り直されるため、手入力は別のシートにしてください。',
    en: () => 'Made by the progress evaluation tool and rebuilt on every Trend run: type notes on another sheet.',
  },
} satisfies Record<string, Entry<never>>;
