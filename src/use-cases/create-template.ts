import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { standardWorkbook } from '../core/layout/standard-workbook';
import type { GradingPolicy } from '../core/model';
import { allLabels } from '../core/summary/build-summary';
import type { SheetOutput } from '../core/workbook/cell-grid';

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
        startYear: '2020年度 / R2 / 令和2年度（空欄=当初から）',
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
