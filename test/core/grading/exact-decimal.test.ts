import fc from 'fast-check';
import { exact, ratioAtLeast, type Scaled } from '../../../src/core/grading/exact-decimal';

const s = exact.toScaled;
/** The value a scaled decimal stands for, as a bigint and its scale (it is kept as a number while that is exact). */
const value = (x: Scaled) => ({ int: BigInt(x.int), scale: x.scale });

/** The decimal a double prints, all in bigints: what every operation must agree with. */
function reference(n: number): { int: bigint; scale: number } {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(n.toString())!;
  let scale = (m[3]?.length ?? 0) - Number(m[4] ?? 0);
  let int = BigInt(m[2] + (m[3] ?? ''));
  if (scale < 0) [int, scale] = [int * 10n ** BigInt(-scale), 0];
  return { int: m[1] === '-' ? -int : int, scale };
}
const lift = (x: { int: bigint; scale: number }, scale: number) => x.int * 10n ** BigInt(scale - x.scale);

describe('exact decimals', () => {
  it('reads the decimal a double prints', () => {
    expect(value(s(0.3))).toEqual({ int: 3n, scale: 1 });
    expect(value(s(43698))).toEqual({ int: 43698n, scale: 0 });
    expect(value(s(1e21))).toEqual({ int: 10n ** 21n, scale: 0 });
    expect(value(s(1.5e-7))).toEqual({ int: 15n, scale: 8 });
    expect(value(s(-56.4))).toEqual({ int: -564n, scale: 1 });
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

  // whole figures, decimals, and figures past 2^53 where a double's sums and products stop being exact
  const figure = fc.oneof(
    fc.integer({ min: -1_000_000, max: 1_000_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e30, max: 1e30 }),
    fc.constantFrom(0, -0, 0.1, 0.2, 0.3, 2 ** 53 - 1, -(2 ** 53 - 1), 2 ** 53, 94906267, 94906265, 1e21, 1.5e-7),
    fc.integer({ min: 2 ** 26, max: 2 ** 27 }),
  );

  it('adds, subtracts, multiplies and compares as bigints do, whatever the size', () => {
    fc.assert(
      fc.property(figure, figure, fc.constantFrom(50, 75, 100, 110, 87.5), (a, b, percent) => {
        const [x, y] = [reference(a), reference(b)];
        const scale = Math.max(x.scale, y.scale);
        const [bx, by] = [lift(x, scale), lift(y, scale)];
        expect(value(exact.add(s(a), s(b)))).toEqual({ int: bx + by, scale });
        expect(value(exact.subtract(s(a), s(b)))).toEqual({ int: bx - by, scale });
        const product = value(exact.mul(s(a), s(b)));
        expect(product).toEqual({ int: x.int * y.int, scale: x.scale + y.scale });
        expect(exact.compare(s(a), s(b))).toBe(bx === by ? 0 : bx > by ? 1 : -1);
        expect(exact.sign(s(a))).toBe(x.int === 0n ? 0 : x.int > 0n ? 1 : -1);
        if (by > 0n) {
          const p = reference(percent);
          const expected = x.int * 100n * 10n ** BigInt(y.scale + p.scale) >= y.int * p.int * 10n ** BigInt(x.scale);
          expect(ratioAtLeast(s(a), s(b), percent)).toBe(expected);
        }
        // never −0: a rate of −0 would be written as one
        expect(Object.is(exact.toNumber(exact.subtract(s(a), s(a))), 0)).toBe(true);
        expect(Object.is(exact.toNumber(exact.negate(exact.subtract(s(a), s(a)))), 0)).toBe(true);
        expect(Object.is(exact.toNumber(exact.mul(s(0), s(-Math.abs(b) || -1))), 0)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
