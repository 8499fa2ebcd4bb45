/**
 * Shares of a whole to a fixed number of decimals that add up to exactly 100: each share is
 * rounded down, and the units left over go to the largest remainders (earlier labels first on a
 * tie). This is how the published tables print 54.4 / 24.5 / 8.8 / 3.5 / 8.8 for 31/14/5/2/5 of 57.
 */
export function largestRemainderPercents(counts: number[], decimals = 1): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return counts.map(() => 0);
  const units = 100 * 10 ** decimals;
  const floors = counts.map((c) => Math.floor((c * units) / total));
  const remainders = counts.map((c, i) => ({ i, rem: (c * units) % total }));
  let left = units - floors.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of remainders) {
    if (left === 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / 10 ** decimals);
}

/** One decimal, half up, computed on integers so 78.95 never becomes 78.9 through float noise. */
export function percentOf(count: number, total: number, decimals = 1): number {
  if (total === 0) return 0;
  const units = 100 * 10 ** decimals;
  return Math.floor((count * units * 2 + total) / (2 * total)) / 10 ** decimals;
}
