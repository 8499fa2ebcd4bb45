import './zod-config';
import { z } from 'zod';
import { QuantitySchema } from './quantity';
import { CellPositionSchema, type CellPosition } from './cell-position';

export const DirectionSchema = z.enum(['higher', 'lower']);
export type Direction = z.infer<typeof DirectionSchema>;

export const NotGradedReasonSchema = z.enum(['merged', 'tallying', 'biennial']);

/** The columns of a year's values (0-based): one object per table and year, shared by all its rows. */
export const ResultColumnsSchema = z.object({
  target: z.number().int().nonnegative().nullable(),
  actual: z.number().int().nonnegative().nullable(),
  grade: z.number().int().nonnegative().nullable(),
  rate: z.number().int().nonnegative().nullable(),
});
export type ResultColumns = z.infer<typeof ResultColumnsSchema>;

/** A year's target and actual as read; the grade staff typed stays raw text beside the parsed one. */
export const YearlyResultSchema = z.object({
  year: z.number().int(),
  target: QuantitySchema.nullable(),
  actual: QuantitySchema.nullable(),
  /** Why the year is not graded, when a cell says so (集計中, 隔年, NO.4に統合). */
  notGraded: NotGradedReasonSchema.nullable(),
  /** The grade label staff entered (normalised), or null. */
  enteredGrade: z.string().nullable(),
  /** The year's target or actual cell holds something that is not a number (a validation error): not graded. */
  unreadable: z.boolean(),
  note: z.string().nullable(),
  /**
   * Where the year's values are: the sheet, the indicator's row (its year's row in the long layout) and the
   * year's columns. Fields of the result, not an object of their own: one less object for each of a large
   * register's results.
   */
  sheet: z.string(),
  row: z.number().int().nonnegative(),
  columns: ResultColumnsSchema,
});
export type YearlyResult = z.infer<typeof YearlyResultSchema>;

/** The indicator's result for the year, if it has one. A loop, not find with an arrow: it is asked for each indicator, by each command. */
export function yearResult(indicator: Pick<Indicator, 'results'>, year: number): YearlyResult | undefined {
  const { results } = indicator;
  for (let i = 0; i < results.length; i++) if (results[i].year === year) return results[i];
  return undefined;
}

/**
 * The cell of a year's target, actual, grade or rate; null when the table has no such column. Made
 * when asked: four positions kept per result were a third of a large register's objects.
 */
export function resultCell(result: Pick<YearlyResult, 'sheet' | 'row' | 'columns'>, kind: keyof ResultColumns): CellPosition | null {
  const col = result.columns[kind];
  return col === null ? null : { sheet: result.sheet, row: result.row, col };
}

export const IndicatorSchema = z.object({
  /** The project the indicator measures; null for a role indicator. */
  projectNo: z.number().int().positive().nullable(),
  /**
   * 役割ごとの成果指標 (the second vision): the role an indicator measures instead of a project, from a
   * 番号 cell that says 「役割1」. Graded like any indicator, summarised in its own block.
   */
  roleNo: z.number().int().positive().nullable(),
  name: z.string().min(1),
  unit: z.string().nullable(),
  direction: DirectionSchema,
  baseline: QuantitySchema.nullable(),
  /** 目標値 for the vision's final year; null for "—" or a merged project. */
  finalTarget: QuantitySchema.nullable(),
  /** 累計: the indicator counts up over the years. */
  cumulative: z.boolean(),
  results: z.array(YearlyResultSchema),
  source: CellPositionSchema,
});
export type Indicator = z.infer<typeof IndicatorSchema>;
