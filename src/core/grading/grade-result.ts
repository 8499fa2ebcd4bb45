import { inYear, issue } from '../checks/validation-issue';
import type { GradingPolicy, Indicator, ValidationIssue, YearlyResult } from '../model';
import { resultCell, yearResult } from '../model';
import { message, type LocalizedText } from '../messages/catalogue';
import { conversionFactor } from '../values/units';
import { exact, ratioAtLeast, type Scaled } from './exact-decimal';

export type GradeReason = 'graded' | 'merged' | 'tallying' | 'biennial' | 'no-target' | 'no-actual' | 'invalid' | 'ended';

export interface GradeOutcome {
  year: number;
  label: string;
  /** Achievement rate as a fraction (0.85 = 85%); null where none is computed. */
  rate: number | null;
  reason: GradeReason;
  reasonText: LocalizedText;
  /** Why the numbers cannot be graded (units that differ, a target of 0): a validation error. */
  problem: ValidationIssue | null;
}

export interface GradeInput {
  indicator: Indicator;
  year: number;
  /** The project or this indicator was merged into another (統合 / "NO.4に統合"). */
  merged: boolean;
  /** The year named by the final-target header ("目標値（2024年度）"). */
  finalTargetYear: number | null;
}

const REASON_MESSAGE = {
  merged: 'NOT_GRADED_MERGED',
  tallying: 'NOT_GRADED_TALLYING',
  biennial: 'NOT_GRADED_BIENNIAL',
  'no-target': 'NOT_GRADED_NO_TARGET',
  'no-actual': 'NOT_GRADED_NO_ACTUAL',
  invalid: 'NOT_GRADED_INVALID',
  ended: 'NOT_GRADED_ENDED',
} as const;

// Each reason's text, made once: a large register's ungraded year (no actuals yet) is 100,000 of them.
const REASON_TEXT: Partial<Record<keyof typeof REASON_MESSAGE, LocalizedText>> = {};

function notGraded(
  year: number,
  policy: GradingPolicy,
  reason: Exclude<GradeReason, 'graded'>,
  problem: ValidationIssue | null = null,
): GradeOutcome {
  const reasonText = (REASON_TEXT[reason] ??= Object.freeze(message(REASON_MESSAGE[reason])));
  return { year, label: policy.notGraded.label, rate: null, reason, reasonText, problem };
}

/** The year's target: its own cell, else a per-year target ("1回以上/年度"), else the final target in its final year. */
export function yearTarget(input: GradeInput, result: YearlyResult | undefined) {
  if (result?.target) return result.target;
  const final = input.indicator.finalTarget;
  if (final && (final.perYear || input.finalTargetYear === input.year)) return final;
  return null;
}

export function gradeResult(input: GradeInput, policy: GradingPolicy): GradeOutcome {
  const { indicator, year } = input;
  const result = yearResult(indicator, year);
  if (input.merged) return notGraded(year, policy, 'merged');
  if (result?.notGraded) return notGraded(year, policy, result.notGraded);
  // A target or actual that is not a number is a validation error at its cell: never a "-" for a gap.
  if (result?.unreadable) return notGraded(year, policy, 'invalid');
  const target = yearTarget(input, result);
  if (!target) return notGraded(year, policy, 'no-target');
  const actual = result?.actual;
  if (!actual) return notGraded(year, policy, 'no-actual');

  // no closure and no cell position made per indicator: they are only for the rare problem
  const actualUnit = actual.unit ?? indicator.unit;
  const targetUnit = target.unit ?? indicator.unit;
  const factor = conversionFactor(actualUnit, targetUnit);
  if (factor === undefined) {
    const units = { actualUnit: actualUnit ?? '', targetUnit: targetUnit ?? '' };
    const actualCell = result ? resultCell(result, 'actual') : null;
    return notGraded(year, policy, 'invalid', inYear(issue('UNIT_MISMATCH', actualCell ?? indicator.source, units), year));
  }
  const lower = indicator.direction === 'lower';
  const t = exact.toScaled(target.value);
  const a = exact.mul(exact.toScaled(actual.value), exact.toScaled(factor));
  if (exact.sign(t) < 0 || (!lower && exact.sign(t) === 0)) {
    const targetCell = result ? resultCell(result, 'target') : null;
    return notGraded(
      year,
      policy,
      'invalid',
      inYear(issue('TARGET_NOT_POSITIVE', targetCell ?? indicator.source, { value: target.value }), year),
    );
  }

  let numerator: Scaled;
  let denominator: Scaled;
  if (policy.basis === 'baseline' && indicator.baseline) {
    const baseFactor = conversionFactor(indicator.baseline.unit ?? indicator.unit, targetUnit) ?? 1;
    const b = exact.mul(exact.toScaled(indicator.baseline.value), exact.toScaled(baseFactor));
    const span = exact.subtract(t, b);
    const gained = exact.subtract(a, b);
    if (exact.sign(span) === 0) return notGraded(year, policy, 'no-target');
    // A falling target (fewer accidents) measures progress downwards.
    const rising = exact.sign(span) > 0;
    numerator = rising ? gained : exact.negate(gained);
    denominator = rising ? span : exact.negate(span);
  } else if (lower) {
    // An actual of 0 on a lower-is-better indicator is the best possible result.
    if (exact.sign(a) === 0) return graded(year, policy.levels[0].label, null);
    numerator = t;
    denominator = a;
  } else {
    numerator = a;
    denominator = t;
  }
  const level = policy.levels.find((l) => l.minPercent === null || ratioAtLeast(numerator, denominator, l.minPercent))!;
  const rate = exact.toNumber(numerator) / exact.toNumber(denominator);
  return graded(year, level.label, rate);
}

/** A grade needs no reason: one text for all of them, not one per indicator. */
const NO_REASON: LocalizedText = Object.freeze({ ja: '', en: '' });

function graded(year: number, label: string, rate: number | null): GradeOutcome {
  return { year, label, rate, reason: 'graded', reasonText: NO_REASON, problem: null };
}
