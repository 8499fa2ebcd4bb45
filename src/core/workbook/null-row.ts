/** One frozen row of nulls for each length asked for. */
const NULL_ROWS: (readonly null[])[] = [];

/**
 * One shared, frozen row for a grid row whose every cell is null, else undefined. A sheet without formulas then
 * keeps one formula row, not one for each of its rows: a fifth of a 100,000-row grid. A grid's rows are never
 * written in place (withWrites and moveGridColumns copy the rows they change); writing a shared row throws.
 */
export function sharedNullRow<T>(row: readonly (T | null)[]): (T | null)[] | undefined {
  for (let i = 0; i < row.length; i++) if (row[i] !== null) return undefined;
  const shared = (NULL_ROWS[row.length] ??= Object.freeze(new Array<null>(row.length).fill(null)));
  return shared as (T | null)[];
}
