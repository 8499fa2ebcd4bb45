import './zod-config';
import { z } from 'zod';
import { CellPositionSchema } from './cell-position';
import { PROJECT_STATUSES } from './project';

const StatusSchema = z.enum(PROJECT_STATUSES).nullable();

/** One project of the old register found in the new one, under its old and new number and name. */
export const MatchedProjectSchema = z.object({
  old: z.number().int().positive(),
  new: z.number().int().positive(),
  /** The name in the new register. */
  name: z.string(),
  oldName: z.string(),
  renamed: z.boolean(),
  renumbered: z.boolean(),
  /** How alike the two names are (1 when they are the same but for 「(仮称)」, spaces and spelling variants). */
  similarity: z.number().min(0).max(1),
  /** Paired by its place between matched neighbours, the names alone being too unlike: to be confirmed by a person. */
  byPosition: z.boolean(),
  status: StatusSchema,
  oldCell: CellPositionSchema,
  newCell: CellPositionSchema,
});
export type MatchedProject = z.infer<typeof MatchedProjectSchema>;

export const RegisterProjectSchema = z.object({
  no: z.number().int().positive(),
  name: z.string(),
  status: StatusSchema,
  /** For a project of the old register already merged (統合): the project it joined. */
  mergedInto: z.number().int().positive().nullable(),
  cell: CellPositionSchema,
});
export type RegisterProject = z.infer<typeof RegisterProjectSchema>;

/** A project merged into another in the new register: a "-" row (「NO 2へ統合」) or a numbered row marked 統合. */
export const MergedProjectSchema = z.object({
  /** Its number in the old register; null when the old register does not hold it. */
  old: z.number().int().positive().nullable(),
  /** The number, in the new register, of the project it joined. */
  into: z.number().int().positive(),
  intoName: z.string().nullable(),
  name: z.string(),
  cell: CellPositionSchema,
});
export type MergedProject = z.infer<typeof MergedProjectSchema>;

export const INDICATOR_CHANGE_KINDS = ['added', 'removed', 'renamed', 'baseline', 'target'] as const;

/** An outcome indicator of a matched project that the new register adds, drops, renames or sets another value for. */
export const IndicatorChangeSchema = z.object({
  old: z.number().int().positive(),
  new: z.number().int().positive(),
  project: z.string(),
  /** The indicator's name in the new register (the old one for a removed indicator). */
  indicator: z.string(),
  kind: z.enum(INDICATOR_CHANGE_KINDS),
  /** For a target: the fiscal year whose target changed; null for the final target (目標値（2024年度）) and the rest. */
  year: z.number().int().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
  cell: CellPositionSchema,
});
export type IndicatorChange = z.infer<typeof IndicatorChangeSchema>;

/** Two versions of a register side by side: what became of every project, and the new register's statuses. */
export const RegisterComparisonSchema = z.object({
  statusCounts: z.record(z.enum(PROJECT_STATUSES), z.number().int().nonnegative()),
  /** New-register projects with no 事業区分. */
  statusMissing: z.number().int().nonnegative(),
  oldProjects: z.number().int().nonnegative(),
  newProjects: z.number().int().nonnegative(),
  matched: z.array(MatchedProjectSchema),
  added: z.array(RegisterProjectSchema),
  removed: z.array(RegisterProjectSchema),
  merged: z.array(MergedProjectSchema),
  /** Compared only where both registers hold indicators. */
  indicatorsCompared: z.boolean(),
  indicatorChanges: z.array(IndicatorChangeSchema),
});
export type RegisterComparison = z.infer<typeof RegisterComparisonSchema>;
