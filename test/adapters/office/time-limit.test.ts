import { assertWithinLimit, TooLongError } from '../../../src/adapters/office/time-limit';

describe('the estimate a ribbon command stops on', () => {
  const limit = (now: number) => ({ startedAt: 0, limitMs: 150_000, now: () => now });

  it('takes the write at the read’s pace, twice as slow: 4 MB read in 20 s, 4 MB to write is 40 s more', () => {
    expect(() => assertWithinLimit(limit(100_000), { ms: 20_000, bytes: 4_000_000 }, 4_000_000)).not.toThrow();
    // 120 s spent: the same write would end at 160 s.
    expect(() => assertWithinLimit(limit(120_000), { ms: 20_000, bytes: 4_000_000 }, 4_000_000)).toThrow(TooLongError);
  });

  it('says the whole estimate in whole minutes, at least one', () => {
    expect(() => assertWithinLimit(limit(120_000), { ms: 20_000, bytes: 4_000_000 }, 4_000_000)).toThrow(
      expect.objectContaining({ estimatedMs: 160_000, text: expect.objectContaining({ ja: expect.stringContaining('約3分') }) }),
    );
    expect(() => assertWithinLimit(limit(149_999), { ms: 0, bytes: 0 }, 0)).not.toThrow();
    expect(() => assertWithinLimit(limit(150_001), { ms: 0, bytes: 0 }, 0)).toThrow(TooLongError);
  });
});
