import fc from 'fast-check';
import { excelInputValue } from '../../src/adapters/office/excel-input-value';
import { FakeSheet } from '../helpers/fake-excel';
import { check, CellCounter, fcOptions, hostileString } from './hostile-cells';

// Tens of thousands of generated strings per test: longer than jest's 5 s default.
jest.setTimeout(60_000);

const counter = new CellCounter();
afterAll(() => console.log(`Office input values: ${counter.count.toLocaleString('en-US')} generated cells`));

/**
 * What Excel takes as the start of a formula when text is typed or assigned to range.values:
 * = + - @ and their full-width forms (Japanese input); to be safe, also other forms Unicode folds
 * to them (﹦ ⁼ ₊).
 */
const FORMULA_STARTS = ['=', '+', '-', '@', '＝', '＋', '－', '＠', '﹦', '⁼', '₊', '﹢', '﹣'];
const show = (v: unknown) => JSON.stringify(v);

const formulaLike = fc
  .tuple(
    fc.constantFrom(...FORMULA_STARTS),
    fc.oneof(hostileString, fc.constantFrom('SUM(A1:A3)', 'HYPERLINK("http://example.invalid","x")', "cmd|' /C calc'!A0", '1+1', '')),
  )
  .map(([a, b]) => a + b);

describe('excelInputValue: what the Office adapter assigns to a cell', () => {
  it('puts an apostrophe before every text Excel would take as a formula', () => {
    fc.assert(
      fc.property(fc.array(formulaLike, { minLength: 1, maxLength: 20 }), (texts) => {
        counter.add(texts.length);
        for (const text of texts) {
          const input = excelInputValue(text);
          check(input === `'${text}`, () => `excelInputValue(${show(text)}) = ${show(input)}`);
        }
      }),
      fcOptions(2_000),
    );
  });

  it('any text lands in the cell as that same text, never as a formula, number or date (Excel typing rules as the fake models them)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileString, formulaLike), { minLength: 1, maxLength: 20 }), (texts) => {
        counter.add(texts.length);
        for (const text of texts) {
          const input = excelInputValue(text);
          const sheet = new FakeSheet('check');
          sheet.assign(0, 0, input);
          const at = () =>
            `${show(text)} assigned as ${show(input)} landed as ${show(sheet.value(0, 0))}, formula ${show(sheet.formula(0, 0))}`;
          check(input === text || input === `'${text}`, at);
          check(sheet.formula(0, 0) === null, at);
          check(sheet.value(0, 0) === (text === '' ? null : text), at);
        }
      }),
      fcOptions(2_000),
    );
  });

  it('numbers and booleans pass through; null clears the cell', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.boolean()), (value) => {
        counter.add(1);
        return Object.is(excelInputValue(value), value);
      }),
      fcOptions(1_000),
    );
    expect(excelInputValue(null)).toBe('');
  });
});
