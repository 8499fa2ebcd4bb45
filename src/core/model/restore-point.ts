import './zod-config';
import { z } from 'zod';

const CellValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** A cell as it was before Shinchoku wrote it, and what was written (to notice later edits). */
export const SavedCellSchema = z.object({
  sheet: z.string().min(1),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: CellValueSchema,
  formula: z.string().nullable(),
  numberFormat: z.string().nullable(),
  written: CellValueSchema,
});
export type SavedCell = z.infer<typeof SavedCellSchema>;

/** A sheet Shinchoku replaced whole (評価集計): gone before the run, or its earlier cells and merges. */
export const SavedSheetSchema = z.object({
  name: z.string().min(1),
  existed: z.boolean(),
  cells: z.array(SavedCellSchema.omit({ sheet: true, written: true })),
  merges: z.array(z.object({ top: z.number().int(), left: z.number().int(), bottom: z.number().int(), right: z.number().int() })),
  /** Fingerprint of the values Shinchoku wrote into the sheet, to notice edits made since. */
  writtenFingerprint: z.string(),
});
export type SavedSheet = z.infer<typeof SavedSheetSchema>;

/** One command's worth of undo: every cell and sheet it changed, as they were before. */
export const RestorePointSchema = z.object({
  id: z.string().min(1),
  /** ISO 8601 time of the run. */
  at: z.string(),
  command: z.enum(['grade', 'summary', 'trend', 'boxes', 'compare']),
  year: z.number().int().nullable(),
  /** The run created the restore sheet itself, so undoing it removes the sheet again. */
  createdLog: z.boolean(),
  cells: z.array(SavedCellSchema),
  sheets: z.array(SavedSheetSchema),
  /** Columns the run put into a staff sheet (a missing 達成率 inside its year's group): a restore takes them out. */
  insertedColumns: z
    .array(
      z.object({
        sheet: z.string().min(1),
        col: z.number().int().nonnegative(),
        count: z.number().int().positive(),
        before: z.array(CellValueSchema).optional(),
      }),
    )
    .optional(),
  /** Set when the run asked Excel to recalculate on opening (a formula reads what it wrote): whether the file asked so before. */
  recalculateBefore: z.boolean().optional(),
});
export type RestorePoint = z.infer<typeof RestorePointSchema>;
