import { GradingPolicySchema, type GradingPolicy } from '../../src/core/model';

/** Another area's five-step scale, defined as data only. */
export const S_TO_D: GradingPolicy = GradingPolicySchema.parse({
  id: 's-to-d',
  name: { ja: 'S〜D', en: 'S to D' },
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

/** A symbol scale: ◎ ○ △ ×, with ― for not graded. */
export const SYMBOLS: GradingPolicy = GradingPolicySchema.parse({
  id: 'symbols',
  name: { ja: '◎○△×', en: 'Symbols' },
  basis: 'target',
  levels: [
    { label: '◎', minPercent: 100, name: { ja: '達成', en: 'Achieved' } },
    { label: '○', minPercent: 80, name: { ja: '概ね達成', en: 'Mostly achieved' } },
    { label: '△', minPercent: 50, name: { ja: '未達成', en: 'Not achieved' } },
    { label: '×', minPercent: null, name: { ja: '大きく未達成', en: 'Far from achieved' } },
  ],
  notGraded: { label: '-', name: { ja: '対象外', en: 'Not graded' } },
  favorable: ['◎', '○'],
});

/** Stricter thresholds some areas use: A ≥ 110%, B ≥ 80%, C ≥ 50%. */
export const STRICT_110: GradingPolicy = GradingPolicySchema.parse({
  id: 'strict-110',
  name: { ja: 'A≥110% / B≥80% / C≥50%', en: 'A≥110% / B≥80% / C≥50%' },
  basis: 'target',
  levels: [
    { label: 'A', minPercent: 110, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 80, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '対象外', en: 'Not graded' } },
  favorable: ['A', 'B'],
});

/** Progress from the baseline: (actual − baseline) ÷ (target − baseline), on the 100/75/50 steps. */
export const BASELINE_RELATIVE: GradingPolicy = GradingPolicySchema.parse({
  id: 'baseline-relative',
  name: { ja: '基準値からの進捗率', en: 'Progress from baseline' },
  basis: 'baseline',
  levels: [
    { label: 'A', minPercent: 100, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 75, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '対象外', en: 'Not graded' } },
  favorable: ['A', 'B'],
});
