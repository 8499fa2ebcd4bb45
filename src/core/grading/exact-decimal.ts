/**
 * Exact comparisons of the decimals staff type. 15 of 20 is exactly 75%, and 0.1 + 0.2 style
 * float noise must never turn a B into a C, so rates are compared as scaled integers.
 */
interface Scaled {
  int: bigint;
  scale: number;
}

function toScaled(n: number): Scaled {
  // most figures are whole numbers: no text to take apart
  if (Number.isSafeInteger(n)) return { int: BigInt(n), scale: 0 };
  // The shortest round-trip text of a double is the decimal the user typed.
  const text = n.toString();
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(text);
  if (!m) throw new RangeError(`not a finite number: ${text}`);
  const digits = m[2] + (m[3] ?? '');
  let scale = (m[3]?.length ?? 0) - Number(m[4] ?? 0);
  let int = BigInt(digits);
  if (scale < 0) {
    int *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { int: m[1] === '-' ? -int : int, scale };
}

function align(a: Scaled, b: Scaled): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.int * 10n ** BigInt(scale - a.scale), b.int * 10n ** BigInt(scale - b.scale)];
}

/** a − b, exactly. */
function subtract(a: Scaled, b: Scaled): Scaled {
  const [x, y] = align(a, b);
  return { int: x - y, scale: Math.max(a.scale, b.scale) };
}

function negate(a: Scaled): Scaled {
  return { int: -a.int, scale: a.scale };
}

function add(a: Scaled, b: Scaled): Scaled {
  return subtract(a, negate(b));
}

function toNumber(a: Scaled): number {
  return Number(a.int) / 10 ** a.scale;
}

function mul(a: Scaled, b: Scaled): Scaled {
  return { int: a.int * b.int, scale: a.scale + b.scale };
}

function compare(a: Scaled, b: Scaled): number {
  const [x, y] = align(a, b);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** Is numerator ÷ denominator ≥ percent %, exactly? denominator must be > 0. */
export function ratioAtLeast(numerator: Scaled, denominator: Scaled, percent: number): boolean {
  return compare(mul(numerator, HUNDRED), mul(denominator, toScaled(percent))) >= 0;
}

const HUNDRED = toScaled(100);

function sign(a: Scaled): number {
  return a.int === 0n ? 0 : a.int > 0n ? 1 : -1;
}

export type { Scaled };
export const exact = { toScaled, add, subtract, negate, toNumber, compare, mul, sign };
