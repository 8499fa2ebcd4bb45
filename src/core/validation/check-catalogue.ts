import type { Severity } from '../model';

/**
 * Every check Shinchoku makes, by stable code. Errors stop a value from being graded or
 * summarised; warnings point at something a person should look at.
 */
export const CHECKS = {
  TABLE_NOT_FOUND: { severity: 'error', what: 'The project or indicator table is not found by its headers.' },
  COLUMN_MISSING: { severity: 'error', what: 'A required column is missing from a table.' },
  PROJECT_NO_MISSING: { severity: 'error', what: 'A project row has no project number.' },
  PROJECT_NO_INVALID: { severity: 'error', what: 'A project number is not a whole number (e.g. "１２三").' },
  PROJECT_NO_DUPLICATE: { severity: 'error', what: 'Two project rows share a number.' },
  PROJECT_NAME_MISSING: { severity: 'error', what: 'A project row has no name.' },
  ROLE_MISSING: { severity: 'error', what: 'A project has no role, so it cannot be summarised.' },
  STATUS_INVALID: { severity: 'warning', what: '事業区分 is not 継続/新規/拡充/統合/終了.' },
  MERGED_INTO_UNKNOWN: { severity: 'error', what: 'A merged project points to a project number that does not exist.' },
  MERGED_INTO_MISSING: { severity: 'warning', what: 'A project marked 統合 does not say which project it joined.' },
  INDICATOR_UNKNOWN_PROJECT: { severity: 'error', what: 'An indicator names a project number not in the project table.' },
  INDICATOR_NAME_MISSING: { severity: 'error', what: 'An indicator row has no indicator name.' },
  NUMBER_INVALID: { severity: 'error', what: 'A number (target, actual, baseline, budget) cannot be read.' },
  YEAR_INVALID: { severity: 'error', what: 'A fiscal year cannot be read.' },
  UNIT_MISMATCH: { severity: 'error', what: "The actual's unit does not match the target's." },
  TARGET_NOT_POSITIVE: { severity: 'error', what: 'A yearly target is zero or negative.' },
  GRADE_INVALID: { severity: 'error', what: 'A grade cell holds something other than the policy labels.' },
  GRADE_LOOKALIKE: { severity: 'warning', what: 'A grade uses a Cyrillic or Greek letter that looks like a Latin one (read as the Latin label).' },
  GRADE_DIFFERS: { severity: 'warning', what: 'A hand-entered grade differs from the computed one.' },
  RESULT_DUPLICATE: { severity: 'error', what: 'An indicator has two rows for the same year.' },
  BUDGET_TOTAL_MISMATCH: { severity: 'error', what: 'A budget 計 differs from the sum of its years.' },
  GROUP_COUNT_MISMATCH: { severity: 'warning', what: 'A heading such as "(17事業)" differs from the projects under it.' },
  PARTICIPATION_INVALID: { severity: 'warning', what: 'A participation cell holds something other than ○ or blank.' },
} as const satisfies Record<string, { severity: Severity; what: string }>;

export type CheckCode = keyof typeof CHECKS;
