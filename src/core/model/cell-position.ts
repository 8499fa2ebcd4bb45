import './zod-config';
import { z } from 'zod';

/** A cell of a named sheet (0-based row and column): where a value came from or goes, and what a message names. */
export const CellPositionSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
});
export type CellPosition = z.infer<typeof CellPositionSchema>;
