/**
 * Exact comparisons of the decimals staff type. 15 of 20 is exactly 75%, and 0.1 + 0.2 style
 * float noise must never turn a B into a C, so rates are compared as scaled integers.
 */
interface Scaled {
  /** A number while it is a safe integer (every figure staff type, and what they make): a bigint past that. */
  int: bigint | number;
  scale: number;
}

function toScaled(n: number): Scaled {
  // most figures are whole numbers: no text to take apart
  if (Number.isSafeInteger(n)) return { int: n, scale: 0 };
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
  return { int: small(m[1] === '-' ? -int : int), scale };
}

/** A bigint that fits is kept as a number: the sums and products after it stay cheap. */
function small(int: bigint): bigint | number {
  return int >= -MAX_SAFE && int <= MAX_SAFE ? Number(int) : int;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/*
 * Two safe integers' exact sum or product, when a safe integer, is what the double holds; one that is not
 * rounds to no safe integer. So a number result that is a safe integer is exact, and the rest is done in bigints.
 */
function times(x: bigint | number, y: bigint | number): bigint | number {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x * y;
    // 0 · −5 is −0 in a double: 0, as a bigint says
    if (Number.isSafeInteger(r)) return r === 0 ? 0 : r;
  }
  return BigInt(x) * BigInt(y);
}

function plus(x: bigint | number, y: bigint | number): bigint | number {
  if (typeof x === 'number' && typeof y === 'number') {
    const r = x + y;
    if (Number.isSafeInteger(r)) return r;
  }
  return BigInt(x) + BigInt(y);
}

// 0 − x, not −x: the negative of 0 is 0, not −0
const minus = (x: bigint | number) => (typeof x === 'number' ? 0 - x : -x);

/** int · 10^k; 10^k is exact in a double up to 10^22. */
function scaleUp(int: bigint | number, k: number): bigint | number {
  if (k === 0) return int;
  return k <= 22 ? times(int, 10 ** k) : BigInt(int) * 10n ** BigInt(k);
}

function align(a: Scaled, b: Scaled): [bigint | number, bigint | number] {
  const scale = Math.max(a.scale, b.scale);
  return [scaleUp(a.int, scale - a.scale), scaleUp(b.int, scale - b.scale)];
}

/** a − b, exactly. */
function subtract(a: Scaled, b: Scaled): Scaled {
  const [x, y] = align(a, b);
  return { int: plus(x, minus(y)), scale: Math.max(a.scale, b.scale) };
}

function negate(a: Scaled): Scaled {
  return { int: minus(a.int), scale: a.scale };
}

function add(a: Scaled, b: Scaled): Scaled {
  return subtract(a, negate(b));
}

function toNumber(a: Scaled): number {
  return Number(a.int) / 10 ** a.scale;
}

function mul(a: Scaled, b: Scaled): Scaled {
  return { int: times(a.int, b.int), scale: a.scale + b.scale };
}

function compare(a: Scaled, b: Scaled): number {
  const [x, y] = align(a, b);
  // a number and a bigint compare by value
  return x === y || (typeof x !== typeof y && x == y) ? 0 : x > y ? 1 : -1;
}

/** Is numerator ÷ denominator ≥ percent %, exactly? denominator must be > 0. */
export function ratioAtLeast(numerator: Scaled, denominator: Scaled, percent: number): boolean {
  return compare(mul(numerator, HUNDRED), mul(denominator, toScaled(percent))) >= 0;
}

const HUNDRED = toScaled(100);

function sign(a: Scaled): number {
  return a.int > 0 ? 1 : a.int < 0 ? -1 : 0;
}

export type { Scaled };
export const exact = { toScaled, add, subtract, negate, toNumber, compare, mul, sign };
