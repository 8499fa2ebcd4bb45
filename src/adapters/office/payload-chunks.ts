import { jsonBytes } from './payload-size';

export interface RowSlice {
  /** First row of the slice, relative to the matrix. */
  offset: number;
  count: number;
  /** Estimated JSON bytes of the slice's rows. */
  bytes: number;
}

/**
 * Cuts rows into runs of whole rows of at most maxBytes each (a single larger row stays alone); a row's bytes are
 * those of its JSON, or of what `sent` makes of it.
 */
export function sliceRowsByBytes<T>(matrix: readonly T[], maxBytes: number, sent: (row: T) => unknown = (row) => row): RowSlice[] {
  const slices: RowSlice[] = [];
  let current: RowSlice | undefined;
  matrix.forEach((row, r) => {
    const bytes = jsonBytes(sent(row)) + 1;
    if (current && current.bytes + bytes <= maxBytes) {
      current.count++;
      current.bytes += bytes;
    } else {
      if (current) slices.push(current);
      current = { offset: r, count: 1, bytes };
    }
  });
  if (current) slices.push(current);
  return slices;
}

/** Cuts rowCount rows of about bytesPerRow each into runs of at most maxBytes (at least one row each). */
export function sliceRowsByEstimate(rowCount: number, bytesPerRow: number, maxBytes: number): RowSlice[] {
  const perSlice = Math.max(1, Math.floor(maxBytes / Math.max(bytesPerRow, 1)));
  const slices: RowSlice[] = [];
  for (let offset = 0; offset < rowCount; offset += perSlice) {
    const count = Math.min(perSlice, rowCount - offset);
    slices.push({ offset, count, bytes: Math.ceil(count * bytesPerRow) });
  }
  return slices;
}

/**
 * Packs items, in order, into batches whose bytes add up to at most budget. Order matters (values
 * before formats), so nothing is reordered; an item larger than the budget gets a batch of its own.
 */
export function packInOrder<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    if (current.length > 0 && used + item.bytes > budget) {
      batches.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += item.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
