import { largestRemainderPercents, percentOf } from '../../../src/core/summary/largest-remainder';

const tenths = (ps: number[]) => ps.reduce((s, p) => s + Math.round(p * 10), 0);

describe('largestRemainderPercents', () => {
  it('gives the published FY2024 row for 31/14/5/2/5 of 57', () => {
    expect(largestRemainderPercents([31, 14, 5, 2, 5])).toEqual([54.4, 24.5, 8.8, 3.5, 8.8]);
  });

  it('gives the published FY2023 row for 31/11/7/4/2 of 55', () => {
    expect(largestRemainderPercents([31, 11, 7, 4, 2])).toEqual([56.4, 20, 12.7, 7.3, 3.6]);
  });

  it('gives zeros when everything is zero', () => {
    expect(largestRemainderPercents([0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(largestRemainderPercents([])).toEqual([]);
  });

  it('gives 100 to a single item', () => {
    expect(largestRemainderPercents([1])).toEqual([100]);
    expect(largestRemainderPercents([0, 1, 0, 0, 0])).toEqual([0, 100, 0, 0, 0]);
  });

  it('breaks ties towards the earlier label', () => {
    expect(largestRemainderPercents([1, 1, 1])).toEqual([33.4, 33.3, 33.3]);
    expect(largestRemainderPercents([1, 1, 1, 1, 1, 1])).toEqual([16.7, 16.7, 16.7, 16.7, 16.6, 16.6]);
    expect(largestRemainderPercents([0, 1, 1, 1])).toEqual([0, 33.4, 33.3, 33.3]);
  });

  it('leaves exact shares alone', () => {
    expect(largestRemainderPercents([1, 1])).toEqual([50, 50]);
    expect(largestRemainderPercents([1, 3])).toEqual([25, 75]);
  });

  it('supports other decimals', () => {
    expect(largestRemainderPercents([1, 1, 1], 0)).toEqual([34, 33, 33]);
    expect(largestRemainderPercents([1, 2], 2)).toEqual([33.33, 66.67]);
  });

  it('always adds up to exactly 100.0 for every split of up to 60 items into 5 labels (sampled)', () => {
    for (let total = 1; total <= 60; total++) {
      for (let a = 0; a <= total; a += 3) {
        for (let b = 0; a + b <= total; b += 5) {
          const rest = total - a - b;
          const counts = [a, b, Math.floor(rest / 3), Math.floor(rest / 7), rest - Math.floor(rest / 3) - Math.floor(rest / 7)];
          const ps = largestRemainderPercents(counts);
          expect(tenths(ps)).toBe(1000);
          // each share is within one tenth of its exact value
          counts.forEach((c, i) => expect(Math.abs(ps[i] - (c * 100) / total)).toBeLessThan(0.1));
        }
      }
    }
  });
});

describe('percentOf', () => {
  it('gives the 比較的順調 shares of conference-2025', () => {
    expect(percentOf(42, 55)).toBe(76.4);
    expect(percentOf(45, 57)).toBe(78.9);
  });

  it('rounds half up on integers', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 16, 1)).toBe(6.3); // 6.25
    expect(percentOf(1579, 2000)).toBe(79); // 78.95
    expect(percentOf(0, 0)).toBe(0);
  });
});
