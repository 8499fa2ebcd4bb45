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

/**
 * `previous` when `row` holds the same cells, else undefined: a column of number formats down a table (「#,##0」 in
 * every 番号 cell) is then one row for all of its rows, not one each (at 100,000 rows, 20 MB). Once shared, the row
 * is frozen, as the rows of nulls are.
 */
export function sameRowAs<T>(row: readonly (T | null)[], previous: (T | null)[] | undefined): (T | null)[] | undefined {
  if (previous === undefined || previous.length !== row.length) return undefined;
  for (let i = 0; i < row.length; i++) if (row[i] !== previous[i]) return undefined;
  Object.freeze(previous);
  return previous;
}

/**
 * A grid's rows as a copy between threads brings them back: a row that stood for several still does, but is no
 * longer frozen. Each such row is frozen again.
 */
export function refreezeSharedRows(rows: readonly unknown[][]): void {
  const seen = new Set<unknown[]>();
  for (const row of rows) {
    if (seen.has(row)) Object.freeze(row);
    else seen.add(row);
  }
}
