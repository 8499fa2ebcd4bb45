import { TextRangeMemo } from '../../../src/adapters/xlsx/text-range-memo';

/** A memo that reads a text as its upper case, and counts its readings. */
function upperMemo() {
  const read: string[] = [];
  const memo = new TextRangeMemo((text) => (read.push(text), text.toUpperCase()));
  return { memo, read };
}

describe('TextRangeMemo', () => {
  it('reads each text once, found again by its characters wherever it stands', () => {
    const { memo, read } = upperMemo();
    const s = '<t>abc</t><t>abd</t><t>abc</t><t></t><t>ab</t>xabcx';
    const at = (text: string, from = 0) => s.indexOf(text, from);
    expect(memo.get(s, at('abc'), at('abc') + 3)).toBe('ABC');
    expect(memo.get(s, at('abd'), at('abd') + 3)).toBe('ABD');
    expect(memo.get(s, at('abc', 12), at('abc', 12) + 3)).toBe('ABC');
    expect(memo.get(s, at('xabcx') + 1, at('xabcx') + 4)).toBe('ABC');
    expect(memo.get(s, at('ab<'), at('ab<') + 2)).toBe('AB');
    expect(memo.get(s, at('<t></t>') + 3, at('<t></t>') + 3)).toBe('');
    expect(read).toEqual(['abc', 'abd', 'ab', '']);
  });

  it('gives every text its own reading as it grows and forgets, past 200,000 texts', () => {
    const { memo, read } = upperMemo();
    // texts of the same length and nearly the same characters: their hashes fall near one another
    const texts = Array.from({ length: 200_000 }, (_, i) => `指標${i.toString(36).padStart(4, '0')}`);
    const s = texts.join('|');
    let from = 0;
    const spans = texts.map((t) => {
      const span = [from, from + t.length] as const;
      from += t.length + 1;
      return span;
    });
    spans.forEach(([f, t], i) => {
      if (memo.get(s, f, t) !== texts[i].toUpperCase()) throw new Error(`text ${i}: ${memo.get(s, f, t)}`);
    });
    expect(read).toHaveLength(200_000);
    // the last texts are remembered still; the first ones were forgotten, and are read again
    const [last] = spans.slice(-1);
    expect(memo.get(s, last[0], last[1])).toBe(texts[199_999].toUpperCase());
    expect(read).toHaveLength(200_000);
    expect(memo.get(s, spans[0][0], spans[0][1])).toBe(texts[0].toUpperCase());
    expect(read).toHaveLength(200_001);
  });
});
