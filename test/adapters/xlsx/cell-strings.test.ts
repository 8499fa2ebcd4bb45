import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { entryText } from './xlsx-test-helpers';

const book = createXlsx([{ name: 'S', cells: [{ row: 0, col: 0, value: 'x' }], merges: [], columnWidths: [], validations: [] }]);

describe('cell text the XML cannot carry as is (found by test/property)', () => {
  it('keeps control characters, CR and a literal _x0041_ by escaping them as Excel does, instead of dropping them', () => {
    const text = 'a\u0001b\u0007c\rd\u001Fe_x0041_f\uFFFEg\tz\n';
    const bytes = patchXlsx(book, { writes: [{ sheet: 'S', row: 1, col: 0, value: text }], sheets: [] });
    expect(entryText(bytes, 'xl/worksheets/sheet1.xml')).toContain('a_x0001_b_x0007_c_x000D_d_x001F_e_x005F_x0041_f_x');
    expect(readXlsx(bytes).sheets[0].values[1][0]).toBe(text);
  });

  it('turns half a surrogate pair, which no UTF-8 file can hold, into U+FFFD and keeps whole pairs', () => {
    const bytes = patchXlsx(book, { writes: [{ sheet: 'S', row: 1, col: 0, value: 'a\uD800b😀c\uDC00' }], sheets: [] });
    expect(readXlsx(bytes).sheets[0].values[1][0]).toBe('a\uFFFDb😀c\uFFFD');
  });
});
