/**
 * The headers staff give each column, as data. Keys are compared after NFKC, with spaces,
 * line breaks and ※ removed, so "事業\n番号", "事業 番号" and "事業番号※" are all 事業番号.
 */

export type ProjectField =
  'no' | 'name' | 'role' | 'policyArea' | 'field' | 'status' | 'mergedInto' | 'startYear' | 'endYear' | 'mergedYear' | 'budgetTotal';

export type IndicatorField =
  | 'projectNo'
  | 'projectName'
  | 'name'
  | 'unit'
  | 'direction'
  | 'baseline'
  | 'surveyPoint'
  | 'finalTarget'
  | 'year'
  | 'target'
  | 'actual'
  | 'grade'
  | 'rate'
  | 'note';

/** 'actual-with-target': 「2024年度実績値 (2024年度目標値)」, cells 「597人 (582人)」: the bracket is that year's target. */
export type YearColumnKind = 'final-target' | 'target' | 'actual' | 'actual-with-target' | 'grade' | 'rate' | 'note' | 'budget';

const NO = /^(?:事業)?(?:番号|no\.?|№|ナンバー|#)$|^事業no\.?$/;

export const PROJECT_COLUMNS: Record<ProjectField, RegExp> = {
  no: NO,
  name: /^(?:連携)?事業名(?:称)?$|^具体的取組$/,
  role: /^役割$/,
  policyArea: /^(?:連携)?施策$/,
  field: /^分野$/,
  status: /^(?:事業)?区分$|^状況$/,
  mergedInto: /^統合先(?:事業)?(?:番号|no\.?)?$/,
  startYear: /^開始年度$/,
  endYear: /^終了年度$/,
  mergedYear: /^統合年度$/,
  budgetTotal: /^(?:事業費(?:見込額)?(?:\(.*\))?)?(?:合?計)$/,
};

export const INDICATOR_COLUMNS: Record<IndicatorField, RegExp> = {
  projectNo: NO,
  projectName: /^(?:連携)?事業名(?:称)?$/,
  name: /^(?:成果)?指標(?:名)?$/,
  unit: /^単位$/,
  direction: /^(?:指標の)?(?:方向|評価方向|方向性)$/,
  baseline: /^(?:現状値|基準値)(?:\(.*\))?$/,
  surveyPoint: /^調査時点$/,
  finalTarget: /^最終目標値$|^目標値\(最終年度\)$/,
  year: /^(?:評価)?年度$/,
  target: /^(?:年度|当該年度)?目標値?$/,
  actual: /^実績値?$/,
  grade: /^(?:進捗)?評価$|^進捗$/,
  rate: /^達成率$|^達成度$/,
  note: /^備考$|^内訳$/,
};

/** What a year-tagged header ("2024年度実績値", "R6実績値", "実績値(2024年度)") holds, by its words. */
export const YEAR_COLUMN_WORDS: Array<[RegExp, YearColumnKind]> = [
  [/^(?:年度)?目標値?$/, 'target'],
  [/^実績値?$/, 'actual'],
  [/^(?:進捗)?評価$|^進捗$/, 'grade'],
  [/^達成率$|^達成度$/, 'rate'],
  [/^備考$|^内訳$/, 'note'],
  [/^$|^事業費|^予算|^見込額/, 'budget'],
];

/** A participating-municipality column: a short place name (平内町, 蓬田村, 外ヶ浜), not 関係市町村. */
export const MUNICIPALITY = /^[^\d()]{1,5}[町村市]$|^外ヶ浜$/;
export const NOT_MUNICIPALITY = /関係|連携|市町村|全/;
