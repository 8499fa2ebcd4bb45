import './zod-config';
import { z } from 'zod';

export const GradeLevelSchema = z.object({
  label: z.string().min(1),
  /** Achievement rate in percent at or above which this level applies; null for the last level. */
  minPercent: z.number().nonnegative().nullable(),
  name: z.object({ ja: z.string(), en: z.string() }),
});

/**
 * How an area grades. Thresholds and labels are data: 100/75/50 with A–D here, 110/80/50 or
 * S–D or ◎○△× elsewhere, without a code change.
 */
export const GradingPolicySchema = z
  .object({
    id: z.string().min(1),
    name: z.object({ ja: z.string(), en: z.string() }),
    /** 'target': actual ÷ the year's target. 'baseline': (actual − baseline) ÷ (target − baseline). */
    basis: z.enum(['target', 'baseline']),
    /** Highest first; the last one has minPercent null and catches everything below. */
    levels: z.array(GradeLevelSchema).min(2),
    notGraded: z.object({ label: z.string().min(1), name: z.object({ ja: z.string(), en: z.string() }) }),
    /** Labels counted as 比較的順調 (relatively on track). */
    favorable: z.array(z.string()).min(1),
    /**
     * Whether the indicators of a merged project (統合) are summary items. The project still
     * counts in 【N事業】; the Aomori tables leave its indicators out (role 1: 17 projects, 16 items).
     */
    mergedItems: z.enum(['excluded', 'not-graded']).default('excluded'),
  })
  .superRefine((policy, ctx) => {
    const levels = policy.levels;
    levels.forEach((level, i) => {
      const last = i === levels.length - 1;
      if (last !== (level.minPercent === null)) {
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'minPercent'], message: 'only the last level has no threshold' });
      }
      const prev = levels[i - 1]?.minPercent;
      if (i > 0 && !last && prev !== null && prev !== undefined && level.minPercent !== null && level.minPercent >= prev) {
        ctx.addIssue({ code: 'custom', path: ['levels', i, 'minPercent'], message: 'thresholds must fall from level to level' });
      }
    });
    const labels = [...levels.map((l) => l.label), policy.notGraded.label];
    if (new Set(labels).size !== labels.length) {
      ctx.addIssue({ code: 'custom', path: ['levels'], message: 'labels must be unique' });
    }
    for (const f of policy.favorable) {
      if (!levels.some((l) => l.label === f)) {
        ctx.addIssue({ code: 'custom', path: ['favorable'], message: `unknown label ${f}` });
      }
    }
  });
export type GradingPolicy = z.infer<typeof GradingPolicySchema>;
