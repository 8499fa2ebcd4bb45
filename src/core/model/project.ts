import './zod-config';
import { z } from 'zod';
import { CellPositionSchema } from './cell-position';

export const PROJECT_STATUSES = ['継続', '新規', '拡充', '統合', '終了'] as const;

export const RoleSchema = z.object({
  no: z.number().int().positive(),
  name: z.string().min(1),
  /** The "(17事業)" count printed in the heading, when there is one. */
  statedCount: z.number().int().nonnegative().nullable(),
});
export type Role = z.infer<typeof RoleSchema>;

export const GroupHeadingSchema = z.object({
  text: z.string().min(1),
  statedCount: z.number().int().nonnegative().nullable(),
});

export const ProjectSchema = z.object({
  no: z.number().int().positive(),
  name: z.string().min(1),
  role: RoleSchema.nullable(),
  policyArea: GroupHeadingSchema.nullable(),
  field: GroupHeadingSchema.nullable(),
  status: z.enum(PROJECT_STATUSES).nullable(),
  /** For 統合: the project it was merged into. */
  mergedInto: z.number().int().positive().nullable(),
  startYear: z.number().int().nullable(),
  /** The last year of a project that ended (終了); never set for a merged one, which still counts. */
  endYear: z.number().int().nullable(),
  /**
   * For 統合: the fiscal year the merger took effect (a 統合年度 column, the 終了年度 column of a merged
   * project, or 「令和3年度統合」 in 事業区分). Before it the project is graded like any other.
   */
  mergedYear: z.number().int().nullable(),
  /** Member municipalities marked ○. */
  participants: z.array(z.string()),
  /**
   * 事業費見込額 in 千円 by fiscal year, in the sheet's column order: `amounts[i]` is the amount of `years[i]`,
   * null where blank or "—". The years are the table's, one list for all its projects.
   */
  budget: z.object({
    years: z.array(z.number().int()),
    amounts: z.array(z.number().nullable()),
    total: z.number().nullable(),
  }),
  source: CellPositionSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
