import './zod-config';
import { z } from 'zod';

export const GradeCountsSchema = z.record(z.string(), z.number().int().nonnegative());

export const RoleSummarySchema = z.object({
  no: z.number().int().positive(),
  name: z.string(),
  /** Projects counted for the year (merged ones included). */
  projects: z.number().int().nonnegative(),
  counts: GradeCountsSchema,
  items: z.number().int().nonnegative(),
});

export const YearSummarySchema = z.object({
  year: z.number().int(),
  roles: z.array(RoleSummarySchema),
  totals: z.object({
    projects: z.number().int().nonnegative(),
    counts: GradeCountsSchema,
    items: z.number().int().nonnegative(),
    /** One decimal, largest remainder: they add up to exactly 100.0. */
    percents: z.record(z.string(), z.number()),
  }),
  /** 比較的順調: the favorable labels together. */
  favorable: z.object({ count: z.number().int().nonnegative(), percent: z.number() }),
  /** The grouped row: A+B / C+D / -. */
  groups: z.array(z.object({ labels: z.array(z.string()), count: z.number().int().nonnegative() })),
});
export type YearSummary = z.infer<typeof YearSummarySchema>;

export const SummarySchema = YearSummarySchema.extend({
  previous: YearSummarySchema.optional(),
});
export type Summary = z.infer<typeof SummarySchema>;
