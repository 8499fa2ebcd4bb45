import { remembered } from '../values/remembered';

/** Longer texts are seldom the same in two cells (a target, a note): kept as they come, not looked up. */
const LONGEST_POOLED = 64;

/**
 * One string for all the cells of a grid that hold the same text (○ in every 参加 cell, 継続, a unit, 指標1): a grid
 * read from inline strings or from Excel's answers would keep a string per cell, a third of a 100,000-row grid.
 * A workbook Excel saved shares its strings already (its shared strings table). Each grid read has its own pool.
 */
export function textPool(): (text: string) => string {
  const pooled = remembered((text: string) => text, 1 << 16);
  return (text) => (text.length > LONGEST_POOLED ? text : pooled(text));
}

/** The grid's texts pooled in place (rows it read in another thread come back with a string per cell). */
export function poolTexts(values: unknown[][], pool: (text: string) => string): void {
  for (const row of values) {
    for (let i = 0; i < row.length; i++) {
      const value = row[i];
      if (typeof value === 'string') row[i] = pool(value);
    }
  }
}
