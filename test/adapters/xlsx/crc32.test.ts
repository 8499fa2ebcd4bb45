import fc from 'fast-check';
import { crc32, crc32Combine } from '../../../src/adapters/xlsx/crc32';

const joined = (a: Uint8Array, b: Uint8Array) => Uint8Array.from([...a, ...b]);

describe('CRC-32', () => {
  it('is zip’s (the check value of "123456789"), continued over pieces as over the whole', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (a, b) => {
        expect(crc32(b, crc32(a))).toBe(crc32(joined(a, b)));
      }),
    );
  });

  it('of two pieces one after the other, from each one’s CRC and the second one’s length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), fc.uint8Array({ maxLength: 2_000 }), (a, b) => {
        expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(joined(a, b)));
      }),
      { numRuns: 300 },
    );
    // a second piece of megabytes: every squaring up to 2^23 bytes is used
    const head = new TextEncoder().encode('<?xml version="1.0"?><worksheet>');
    const body = new Uint8Array(5_000_017).map((_, i) => (i * 31) % 251);
    expect(crc32Combine(crc32(head), crc32(body), body.length)).toBe(crc32(joined(head, body)));
    expect(crc32Combine(crc32(head), 0, 0)).toBe(crc32(head));
    expect(crc32Combine(0, crc32(head), head.length)).toBe(crc32(head));
  });
});
