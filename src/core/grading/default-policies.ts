import { GradingPolicySchema, type GradingPolicy } from '../model';

/** The Aomori area's scale, printed under every summary table of the conference material. */
export const DEFAULT_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 'aomori-2020',
  name: { ja: '青森圏域（A≥100% / B≥75% / C≥50% / D）', en: 'Aomori area (A≥100% / B≥75% / C≥50% / D)' },
  basis: 'target',
  levels: [
    { label: 'A', minPercent: 100, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 75, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '統合事業、集計中事業、隔年事業など', en: 'Merged, being tallied, biennial, etc.' } },
  favorable: ['A', 'B'],
});

/** Stricter thresholds some areas use: A ≥ 110%, B ≥ 80%, C ≥ 50%. */
export const STRICT_110_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 'strict-110',
  name: { ja: '達成率110%をA とする基準（A≥110% / B≥80% / C≥50% / D）', en: 'A from 110% (A≥110% / B≥80% / C≥50% / D)' },
  basis: 'target',
  levels: [
    { label: 'A', minPercent: 110, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 80, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '評価対象外', en: 'Not graded' } },
  favorable: ['A', 'B'],
});

/** A five-step scale: S for well ahead of the year's target. */
export const FIVE_STEP_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 's-to-d',
  name: { ja: '5段階（S≥120% / A≥100% / B≥80% / C≥50% / D）', en: 'Five steps (S≥120% / A≥100% / B≥80% / C≥50% / D)' },
  basis: 'target',
  levels: [
    { label: 'S', minPercent: 120, name: { ja: '大きく上回る', en: 'Well ahead' } },
    { label: 'A', minPercent: 100, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 80, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '評価対象外', en: 'Not graded' } },
  favorable: ['S', 'A', 'B'],
});

/** Progress from the baseline: (actual − baseline) ÷ (target − baseline), on the 100/75/50 steps. */
export const BASELINE_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 'baseline-relative',
  name: { ja: '基準値からの進捗率（A≥100% / B≥75% / C≥50% / D）', en: 'Progress from baseline (A≥100% / B≥75% / C≥50% / D)' },
  basis: 'baseline',
  levels: [
    { label: 'A', minPercent: 100, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 75, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '評価対象外', en: 'Not graded' } },
  favorable: ['A', 'B'],
});

/** A symbol scale: ◎ ○ △ ×. */
export const SYMBOL_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 'symbols',
  name: { ja: '記号（◎≥100% / ○≥80% / △≥50% / ×）', en: 'Symbols (◎≥100% / ○≥80% / △≥50% / ×)' },
  basis: 'target',
  levels: [
    { label: '◎', minPercent: 100, name: { ja: '達成', en: 'Achieved' } },
    { label: '○', minPercent: 80, name: { ja: '概ね達成', en: 'Mostly achieved' } },
    { label: '△', minPercent: 50, name: { ja: '未達成', en: 'Not achieved' } },
    { label: '×', minPercent: null, name: { ja: '大きく未達成', en: 'Far from achieved' } },
  ],
  notGraded: { label: '-', name: { ja: '評価対象外', en: 'Not graded' } },
  favorable: ['◎', '○'],
});

/** The scales offered in the task pane, the default first. Each is data, checked by GradingPolicySchema. */
export const BUILT_IN_POLICIES: readonly GradingPolicy[] = [
  DEFAULT_POLICY,
  STRICT_110_POLICY,
  FIVE_STEP_POLICY,
  BASELINE_POLICY,
  SYMBOL_POLICY,
];
