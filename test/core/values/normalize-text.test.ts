import fc from 'fast-check';
import { normalizeText } from '../../../src/core/values/normalize-text';

/** The normal form as its definition says: NFKC, runs of white space as one space, trimmed. */
const longWay = (text: string) => text.normalize('NFKC').replace(/\s+/gu, ' ').trim();

describe('normalizeText', () => {
  it('gives what the long way gives, remembered or not, for staff text with spaces, full-width forms and combining marks', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        '成',
        '果',
        '指',
        '標',
        'か',
        'ガ',
        'ー',
        '・',
        '○',
        '「',
        '」',
        '々',
        'A',
        '1',
        '%',
        '(',
        ')',
        'ヴ',
        'ゔ',
        'ヺ',
        'ゞ',
        '一',
        '鿿',
      ),
      // the long way's characters: spaces, full-width digits and brackets, half-width katakana, combining (semi-)voiced marks
      fc.constantFrom(' ', '\u3000', '\n', '１', '（', '）', 'ｶ', 'ﾞ', '\u3099', '\u309a', '゛', '㈱', '①', 'ｱ', 'ヿ', 'ゟ', '〜', '豈'),
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        expect(normalizeText(text)).toBe(longWay(text));
      }),
      { numRuns: 5_000, seed: 20261206 },
    );
  });

  it('gives what the long way gives for every character of the basic plane, alone and between spaces', () => {
    const differing: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `${c}${c}`, `a ${c}`, `${c} a`]) if (normalizeText(text) !== longWay(text)) differing.push(text);
    }
    expect(differing).toEqual([]);
  });

  it('leaves a register’s usual cells as they are and folds the rest', () => {
    expect(normalizeText('連携中枢都市圏ビジョン懇談会の運営')).toBe('連携中枢都市圏ビジョン懇談会の運営');
    expect(normalizeText('43,698千円')).toBe('43,698千円');
    expect(normalizeText('１２３件　（2019年度）')).toBe('123件 (2019年度)');
    expect(normalizeText('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalizeText('か\u3099')).toBe('が');
  });
});
