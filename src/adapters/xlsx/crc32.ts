let table: Uint32Array | undefined;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 as zip stores it (fflate keeps its own private); `previous` continues one over several chunks. */
export function crc32(data: Uint8Array, previous = 0): number {
  const t = crcTable();
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const POLYNOMIAL = 0xedb88320;

/** a(x)·b(x) modulo the CRC's polynomial, the bits reflected as the CRC keeps them (x⁰ is the top bit); `a` is never 0. */
function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let m = 0x80000000; ; m >>>= 1) {
    if (a & m) {
      product ^= b;
      if ((a & (m - 1)) === 0) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

let squarings: number[] | undefined;

/** x^(8·n) modulo the polynomial: what `n` bytes more do to a CRC, by squaring (x^(2^k) for k = 0…31). */
function bytesShift(n: number): number {
  if (!squarings) {
    squarings = [0x40000000];
    for (let k = 1; k < 32; k++) squarings.push(multiplyModP(squarings[k - 1], squarings[k - 1]));
  }
  let shift = 0x80000000;
  for (let k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2 === 1) shift = multiplyModP(squarings[k % 32], shift);
  return shift;
}

/**
 * The CRC-32 of two pieces of data one after the other, from each one's and the second one's length: a
 * sheet's head, written last but first in the part, joins the CRC of its rows, which are not kept to count again.
 */
export function crc32Combine(first: number, second: number, secondLength: number): number {
  return (multiplyModP(bytesShift(secondLength), first) ^ second) >>> 0;
}
