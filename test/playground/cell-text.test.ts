import { cellText } from '../../src/playground/cell-text';
import { displayFromUrl, urlWithDisplay } from '../../src/playground/playground-handle';

describe('cellText: a cell as the grid shows it', () => {
  it.each([
    [null, null, ''],
    ['集計中', '0.0%', '集計中'],
    [true, null, 'TRUE'],
    [0.8653465346534653, '0.0%', '86.5%'],
    [1, '0%', '100%'],
    [0, '0.0%', '0.0%'],
    [0.5, '0.00%', '50.00%'],
    [0.1 + 0.2, null, '0.3'],
    [43698, 'General', '43698'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234.5, '#,##0.00', '1,234.50'],
    [43698, '#,##0"千円"', '43,698千円'],
    [12, '0"人"', '12人'],
    [-1234, '#,##0;[Red]-#,##0', '-1,234'],
    [-5, '#,##0;(#,##0)', '(5)'],
    [1234567, '#,##0,"千"', '1,235千'],
    [45383, 'yyyy/m/d', '2024/04/01'],
    [45383, 'yyyy"年"m"月"d"日"', '2024/04/01'],
    [0.0015, '0.00E+00', '1.50E-03'],
    [1e12, null, '1E+12'],
    [1234567890123, null, '1.23457E+12'],
    [1.5e-10, null, '1.5E-10'],
  ])('%p with %p → %p', (value, format, text) => {
    expect(cellText(value, format)).toBe(text);
  });
});

describe('language and theme in the URL', () => {
  it('reads ?lang=en and ?theme=dark, Japanese and light otherwise', () => {
    expect(displayFromUrl('')).toEqual({ language: 'ja', dark: false });
    expect(displayFromUrl('?lang=en')).toEqual({ language: 'en', dark: false });
    expect(displayFromUrl('?theme=dark')).toEqual({ language: 'ja', dark: true });
    expect(displayFromUrl('?lang=en&theme=dark')).toEqual({ language: 'en', dark: true });
    expect(displayFromUrl('?lang=fr&theme=blue')).toEqual({ language: 'ja', dark: false });
  });

  it('writes them back, defaults left out, other parameters kept', () => {
    const page = 'http://127.0.0.1:8080/playground.html';
    expect(urlWithDisplay(`${page}?x=1`, 'en', true)).toBe(`${page}?x=1&lang=en&theme=dark`);
    expect(urlWithDisplay(`${page}?lang=en&theme=dark`, 'ja', false)).toBe(page);
  });
});
