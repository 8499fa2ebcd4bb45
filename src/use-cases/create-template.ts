import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { standardWorkbook } from '../core/layout/standard-workbook';
import type { GradingPolicy } from '../core/model';
import { allLabels } from '../core/summary/build-summary';
import type { SheetOutput } from '../core/workbook/cell-grid';
import { message } from '../core/messages/catalogue';
import { parseFiscalYear, reiwaYear } from '../core/values/parse-fiscal-year';
import { UsageError } from './resolve-year';

/** The first vision's period (FY2020–FY2024): a template's years unless asked for others. */
export const FIRST_VISION = { from: 2020, to: 2024 };
/** A vision runs five years; ten leave room for a longer plan, not for a typo such as 2205. */
const MAX_VISION_YEARS = 10;

/**
 * The years a template is laid out for, from --from and --to in any notation (2025, R7, 令和7年度):
 * one given, the other is five years away; none, the first vision.
 */
export function templateYears(from?: string, to?: string): { from: number; to: number } {
  const span = FIRST_VISION.to - FIRST_VISION.from;
  const year = (raw: string) => {
    const parsed = parseFiscalYear(raw);
    if (!parsed.ok) throw new UsageError(message('YEAR_UNREADABLE', { requested: raw }));
    return parsed.year;
  };
  const last = to !== undefined ? year(to) : from !== undefined ? year(from) + span : FIRST_VISION.to;
  const first = from !== undefined ? year(from) : last - span;
  if (last < first) throw new UsageError(message('VISION_RANGE_REVERSED', { from: first, to: last }));
  if (last - first + 1 > MAX_VISION_YEARS)
    throw new UsageError(message('VISION_RANGE_TOO_LONG', { from: first, to: last, max: MAX_VISION_YEARS }));
  return { from: first, to: last };
}

/** An empty workbook with the standard headers, drop-down lists and one example row to copy. */
export function createTemplateSheets(firstYear: number, finalYear: number, policy: GradingPolicy = DEFAULT_POLICY): SheetOutput[] {
  const years = Array.from({ length: finalYear - firstYear + 1 }, (_, i) => firstYear + i);
  const labels = allLabels(policy);
  return standardWorkbook({
    title: '（圏域名）',
    budgetYears: years,
    resultYears: years,
    finalYear,
    gradeLabels: labels,
    projects: [],
    indicators: [],
    exampleRows: {
      project: {
        no: '例',
        role: '1 圏域全体の経済成長のけん引（17事業）',
        policyArea: '(1) 推進体制の整備（1事業）',
        field: '①地域医療（3事業）',
        name: '連携中枢都市圏ビジョン懇談会の運営',
        category: '継続 / 新規 / 拡充 / 統合（NO.4に統合）/ 終了',
        startYear: `${firstYear}年度 / R${firstYear - 2018} / ${reiwaYear(firstYear)}（空欄=当初から）`,
        endYear: '終了した事業のみ',
        participation: [true, true, true, true],
        budget: years.map((_year, i) => (i === 0 ? '408（千円・数値）' : null)),
        total: '空欄なら評価時に合計を記入',
      },
      indicator: {
        no: '例',
        projectName: '（事業名）',
        name: '講習会等の開催回数（累計の場合は「累計」と記入）',
        unit: '回',
        baseline: '11回 (2018年度実績)',
        finalTarget: '11回以上/年度',
        results: years.map(() => ({ target: '1回以上/年度', actual: '17人 (15人) も可', grade: `${labels.join('/')}` })),
        note: '集計中・隔年・NO.4に統合 など',
      },
    },
  });
}
