/**
 * The seed documents transcribed as staff would type them into Excel: raw text, as printed
 * (units, full-width characters, dashes and all). The sample workbook is built from these.
 */

export type FiscalYear = 2020 | 2021 | 2022 | 2023 | 2024;

export interface SeedIndicator {
  /** 指標, as printed, with line-break spaces from the PDF removed (e.g. "普及啓発活動数及び研修会等開催回数"). Keep marks such as ※ or "（累計）". */
  name: string;
  /** 現状値 cell text as printed, e.g. "21件 (2019年度見込)", "—", "1 回 (2019 年度実績)". */
  baseline: string;
  /** 目標値（2024年度） cell text as printed, e.g. "52事業", "1回以上/年度", "NO.4に統合", "—". */
  target: string;
}

export interface SeedProject {
  /** 事業番号 in vision-projects-2022 (1..55); 56 and 57 for the two FY2024 projects. */
  no: number;
  name: string;
  /** 1, 2 or 3. */
  role: 1 | 2 | 3;
  /** Role heading as printed in the overview table, e.g. "1 圏域全体の経済成長のけん引（17事業）". */
  roleHeading: string;
  /** Policy-area heading as printed in the overview table, e.g. "(2) 産業クラスターの形成、…（6事業）". */
  policyHeading: string;
  /** Field heading as printed, e.g. "①地域医療 (3 事業)"; null where the policy area has no fields. */
  fieldHeading: string | null;
  /** 事業区分: 継続 / 新規 / 統合 / … */
  category: string;
  /** For a merged project, the target text of the merge, e.g. "NO.4に統合"; otherwise null. */
  mergedInto: string | null;
  /** Fiscal year the project joined the vision; null = from the start (FY2020). */
  startYear: number | null;
  /**
   * For a merged project, the fiscal year the merger took effect: 2021 for projects 2 and 3
   * (vision-change-2021: ended September 2021, merged into 4 from October 2021). Kept in 終了年度.
   */
  mergedYear?: number;
  /** 平内町, 今別町, 外ヶ浜町, 蓬田村: true where the overview marks ○. */
  participation: [boolean, boolean, boolean, boolean];
  /** 事業費見込額 (千円) per year as printed ("21,833", "—", or "" when blank). */
  budget: Record<FiscalYear, string>;
  /** 計 as printed. */
  budgetTotal: string;
  indicators: SeedIndicator[];
}

/** One row of a per-project table in conference-2025 (FY2024 results). */
export interface SeedResult {
  projectNo: number;
  /** Must equal the matching SeedIndicator.name of that project where one exists. */
  indicatorName: string;
  /** 実績値 as printed, e.g. "43,698千円", "110名". */
  actual: string;
  /** 目標値 as printed, e.g. "50,500千円", "1回以上/年度". */
  target: string;
  /** 進捗評価 as printed. */
  grade: string;
}
