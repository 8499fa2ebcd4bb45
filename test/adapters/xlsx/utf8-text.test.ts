import { encodeUtf8, PIECE, Utf8Pieces } from '../../../src/adapters/xlsx/utf8-text';

const sample = 'a'.repeat(PIECE - 1) + '𠮷' + '青森市の図書館'.repeat(20_000) + '🍎';

/** Where two long strings first differ (-1 when equal), so a failure does not print them whole. */
function firstDifference(a: string, b: string): number {
  if (a === b) return -1;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

describe('part text in pieces', () => {
  it('encodes without splitting a surrogate pair at a piece boundary', () => {
    expect(Buffer.from(encodeUtf8([sample, '', '末尾'])).equals(Buffer.from(new TextEncoder().encode(`${sample}末尾`)))).toBe(true);
  });

  it('encodes many small pieces as their concatenation, a surrogate pair split between two pieces included', () => {
    const pair = '𠮷';
    const pieces = [...Array.from({ length: 30_000 }, (_, i) => `<c r="A${i}">青森</c>`), 'x'.repeat(PIECE - 1) + pair[0], pair[1], '末尾'];
    expect(Buffer.from(encodeUtf8(pieces)).equals(Buffer.from(new TextEncoder().encode(pieces.join(''))))).toBe(true);
    expect(encodeUtf8([]).length).toBe(0);
    // half a pair with nothing after it is U+FFFD, as TextEncoder writes it
    expect(Buffer.from(encodeUtf8(['末尾', pair[0]])).equals(Buffer.from(new TextEncoder().encode(`末尾${pair[0]}`)))).toBe(true);
  });

  it.each([1, 2, 7, 4099, 70_001])('decodes %i-byte chunks split inside characters, dropping only a leading BOM', (step) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${sample}\uFEFF`)]);
    const pieces: string[] = [];
    const decoder = new Utf8Pieces((t) => pieces.push(t));
    for (let i = 0; i < bytes.length; i += step) decoder.push(bytes.subarray(i, i + step), i + step >= bytes.length);
    expect(firstDifference(pieces.join(''), `${sample}\uFEFF`)).toBe(-1);
  });
});
