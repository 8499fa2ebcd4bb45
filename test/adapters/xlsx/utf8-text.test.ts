import fc from 'fast-check';
import { encodeUtf8, PIECE, textIncludesAny, Utf8Pieces, Utf8Sink } from '../../../src/adapters/xlsx/utf8-text';

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

  it('hands on every byte written, in order and copied at once, the head given at the end kept out of them', () => {
    const handed: Uint8Array[] = [];
    // a small buffer, grown several times while the runs are handed on
    const sink = new Utf8Sink(16, 64, (bytes) => handed.push(bytes.slice()));
    // about 3 MB: handed on in runs of about 1 MiB, the last at finish()
    const pieces = [sample, sample, sample, 'x'.repeat(PIECE - 1) + '𠮷'[0], '𠮷'[1], sample, sample, sample, '末尾'];
    for (const piece of pieces) sink.write(piece);
    const whole = sink.finish('<head/>');
    const body = new TextEncoder().encode(pieces.join(''));
    expect(handed.length).toBeGreaterThan(1);
    expect(sink.bodyLength).toBe(body.length);
    expect(Buffer.concat(handed).equals(Buffer.from(body))).toBe(true);
    expect(Buffer.from(whole).equals(Buffer.concat([Buffer.from('<head/>'), body]))).toBe(true);
  });

  it('not keeping what it hands on, fills its buffer again and gives the head alone', () => {
    const handed: Uint8Array[] = [];
    let largest = 0;
    const sink = new Utf8Sink(
      16,
      64,
      (bytes) => {
        largest = Math.max(largest, bytes.buffer.byteLength);
        handed.push(bytes.slice());
      },
      false,
    );
    const pieces = [...Array<string>(8).fill(sample), 'x'.repeat(PIECE - 1) + '𠮷'[0], '𠮷'[1], '末尾'];
    for (const piece of pieces) sink.write(piece);
    const head = sink.finish('<head/>');
    const body = new TextEncoder().encode(pieces.join(''));
    expect(sink.bodyLength).toBe(body.length);
    expect(Buffer.concat(handed).equals(Buffer.from(body))).toBe(true);
    expect(new TextDecoder().decode(head)).toBe('<head/>');
    // about 4 MB went through a buffer of under two runs handed on
    expect(body.length).toBeGreaterThan(3_900_000);
    expect(largest).toBeLessThan(2 << 20);
  });

  it.each([1, 2, 7, 4099, 70_001])('decodes %i-byte chunks split inside characters, dropping only a leading BOM', (step) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${sample}\uFEFF`)]);
    const pieces: string[] = [];
    const decoder = new Utf8Pieces((t) => pieces.push(t));
    for (let i = 0; i < bytes.length; i += step) decoder.push(bytes.subarray(i, i + step), i + step >= bytes.length);
    expect(firstDifference(pieces.join(''), `${sample}\uFEFF`)).toBe(-1);
  });
});

describe('textIncludesAny: a needle looked for in a part’s bytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const utf16le = (text: string) => {
    const out = new Uint8Array(2 + text.length * 2);
    out.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
    return out;
  };

  it('finds what String.includes finds, in Japanese and ASCII, at either end, and nothing else', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('成', '果', '指', '標', '!', "'", 'A', '1', '𠮷', '"', '=') }),
        fc.array(fc.string({ unit: fc.constantFrom('成', '果', '指', '標', '!', "'", 'A', '𠮷'), minLength: 1 }), { maxLength: 3 }),
        (text, needles) => {
          const found = needles.some((n) => text.includes(n));
          expect(textIncludesAny(utf8(text), needles)).toBe(found);
          expect(textIncludesAny(utf16le(text), needles)).toBe(found);
        },
      ),
      { numRuns: 2_000, seed: 20261206 },
    );
  });

  it('finds a reference in a large sheet, and says no when only part of the name is there', () => {
    const sheet = `<sheetData>${'<row><c t="inlineStr"><is><t>青森市の図書館</t></is></c></row>'.repeat(50_000)}</sheetData>`;
    expect(textIncludesAny(utf8(`${sheet}<f>'成果指標'!M4</f>`), ["'成果指標'!"])).toBe(true);
    expect(textIncludesAny(utf8(`${sheet}<f>'成果指'!M4</f>`), ["'成果指標'!"])).toBe(false);
    expect(textIncludesAny(utf8(`\ufeff${sheet}`), ['青森市'])).toBe(true);
  });
});
