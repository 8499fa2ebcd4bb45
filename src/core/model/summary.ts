import './zod-config';
import { z } from 'zod';

export const GradeCountsSchema = z.record(z.string(), z.number().int().nonnegative());

/** Why items are "-": the published legend's 統合・集計中・隔年, and the gaps that are not among them. */
export const DASH_REASONS = ['merged', 'pending', 'biennial', 'noActual', 'noTarget', 'other'] as const;
export type DashReason = (typeof DASH_REASONS)[number];
export const DashReasonsSchema = z.object(
  Object.fromEntries(DASH_REASONS.map((r) => [r, z.number().int().nonnegative()])) as Record<DashReason, z.ZodNumber>,
);
export type DashReasons = z.infer<typeof DashReasonsSchema>;

/** A grade typed in the sheet that differs from the rule's: the summary counts it as typed, and names it. */
export const TypedGradeSchema = z.object({
  address: z.string(),
  projectNo: z.number().int(),
  indicator: z.string(),
  typed: z.string(),
  computed: z.string(),
});
export type TypedGrade = z.infer<typeof TypedGradeSchema>;

export const RoleSummarySchema = z.object({
  no: z.number().int().positive(),
  name: z.string(),
  /** Projects counted for the year (merged ones included). */
  projects: z.number().int().nonnegative(),
  counts: GradeCountsSchema,
  items: z.number().int().nonnegative(),
  /** The "-" items by reason; they add up to counts["-"]. */
  dashReasons: DashReasonsSchema,
});

/** A role indicator (役割ごとの成果指標) in the year: its own block of the summary, not among the projects' items. */
export const RoleIndicatorResultSchema = z.object({
  roleNo: z.number().int().positive(),
  roleName: z.string().nullable(),
  indicator: z.string(),
  /** What the actual and the year's target cells show. */
  actual: z.string().nullable(),
  target: z.string().nullable(),
  /** The grade the sheet shows, counted as typed. */
  label: z.string(),
  rate: z.number().nullable(),
  /** The rule's grade where a typed one differs. */
  computed: z.string().nullable(),
  dashReason: z.enum(DASH_REASONS).nullable(),
  /** The grade cell (「成果指標!L70」). */
  address: z.string(),
});
export type RoleIndicatorResult = z.infer<typeof RoleIndicatorResultSchema>;

/** One member municipality's part of the year: the projects it takes part in (○) and their items. */
export const TownSummarySchema = z.object({
  name: z.string(),
  projects: z.number().int().nonnegative(),
  items: z.number().int().nonnegative(),
  counts: GradeCountsSchema,
  favorable: z.object({ count: z.number().int().nonnegative(), percent: z.number() }),
});
export type TownSummary = z.infer<typeof TownSummarySchema>;

export const YearSummarySchema = z.object({
  year: z.number().int(),
  roles: z.array(RoleSummarySchema),
  totals: z.object({
    projects: z.number().int().nonnegative(),
    counts: GradeCountsSchema,
    items: z.number().int().nonnegative(),
    /** One decimal, largest remainder: they add up to exactly 100.0. */
    percents: z.record(z.string(), z.number()),
    dashReasons: DashReasonsSchema,
  }),
  /** Grades typed in the sheet that differ from the rule's, counted as typed. */
  typedGrades: z.array(TypedGradeSchema),
  /** 比較的順調: the favorable labels together. */
  favorable: z.object({ count: z.number().int().nonnegative(), percent: z.number() }),
  /** The grouped row: A+B / C+D / -. */
  groups: z.array(z.object({ labels: z.array(z.string()), count: z.number().int().nonnegative() })),
  /** 役割ごとの成果指標, when the register has any. */
  roleIndicators: z.array(RoleIndicatorResultSchema).optional(),
  /** By member municipality (the ○ columns of the project table), when the register has them. */
  towns: z.array(TownSummarySchema).optional(),
});
export type YearSummary = z.infer<typeof YearSummarySchema>;

export const SummarySchema = YearSummarySchema.extend({
  previous: YearSummarySchema.optional(),
  /** The comparison year asked for, left out because the workbook has no actual or grade for it. */
  previousWithoutResults: z.number().int().optional(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** One fiscal year of the vision-period trend (進捗評価の推移): a row of the conference's table. */
export const TrendYearSchema = z.object({
  year: z.number().int(),
  /** Projects counted that year (【N事業】). */
  projects: z.number().int().nonnegative(),
  /** Projects whose 開始年度 is this year, in register order. */
  newProjects: z.array(z.object({ no: z.number().int().positive(), name: z.string() })),
  items: z.number().int().nonnegative(),
  counts: GradeCountsSchema,
  /** One decimal, largest remainder, as the year's summary prints them. */
  percents: z.record(z.string(), z.number()),
  favorable: z.object({ count: z.number().int().nonnegative(), percent: z.number() }),
  /** 比較的順調's change in percentage points from the first year shown and from the year before it (null for the first). */
  changeFromFirst: z.number().nullable(),
  changeFromPrevious: z.number().nullable(),
});
export type TrendYear = z.infer<typeof TrendYearSchema>;

export const TrendSchema = z.object({
  years: z.array(TrendYearSchema),
  /** Years of the range the workbook has columns for but no actual or grade in: left out, never shown as 0 %. */
  withoutResults: z.array(z.number().int()),
});
export type Trend = z.infer<typeof TrendSchema>;
