import { exact, ratioAtLeast } from '../../../src/core/grading/exact-decimal';

const s = exact.toScaled;

describe('exact decimals', () => {
  it('reads the decimal a double prints', () => {
    expect(s(0.3)).toEqual({ int: 3n, scale: 1 });
    expect(s(43698)).toEqual({ int: 43698n, scale: 0 });
    expect(s(1e21)).toEqual({ int: 10n ** 21n, scale: 0 });
    expect(s(1.5e-7)).toEqual({ int: 15n, scale: 8 });
    expect(s(-56.4)).toEqual({ int: -564n, scale: 1 });
  });

  it('compares ratios exactly where floating point does not', () => {
    expect(0.3 / 0.4 >= 0.75).toBe(false);
    expect(ratioAtLeast(s(0.3), s(0.4), 75)).toBe(true);
    expect(ratioAtLeast(s(15), s(20), 75)).toBe(true);
    expect(ratioAtLeast(s(74.99), s(100), 75)).toBe(false);
    expect(ratioAtLeast(s(43698), s(50500), 75)).toBe(true);
    expect(ratioAtLeast(s(43698), s(50500), 100)).toBe(false);
  });

  it('adds budgets without drift', () => {
    const sum = [0.1, 0.2].reduce((a, v) => exact.add(a, s(v)), s(0));
    expect(exact.compare(sum, s(0.3))).toBe(0);
    expect(0.1 + 0.2 === 0.3).toBe(false);
    expect(exact.toNumber(exact.subtract(s(106671), s(106670)))).toBe(1);
  });
});
