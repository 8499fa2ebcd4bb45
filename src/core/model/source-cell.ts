import './zod-config';
import { z } from 'zod';

/** Where a value came from, so every message can name the sheet and cell. */
export const SourceCellSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type SourceCell = z.infer<typeof SourceCellSchema>;
