import fc from 'fast-check';
import type { CellValue } from '../../src/core/workbook/cell-grid';

/**
 * Cell values as hostile or broken as a workbook can hold: random unicode, huge and tiny numbers,
 * NaN-like text, Excel's error values, dates, booleans, 1,000-character strings, text Excel would
 * take for a formula, and the forms staff really type (units, full-width digits, dashes, 統合…).
 */
const EXCEL_ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA'];
const NAN_LIKE = [
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  '∞',
  '1e999',
  '-1e999',
  '0x1F',
  '1_000',
  '１e３',
  'undefined',
  'null',
  'true',
  'FALSE',
  '',
  ' ',
  '\u3000',
];
const STAFF = [
  '1,163,775冊',
  '43,698千円',
  '138 機関',
  '１２３',
  '１２三',
  '1回以上/年度',
  '17人 (15人)',
  '21件 (2019年度見込)',
  '—',
  '－',
  'ー',
  '集計中',
  '隔年',
  'NO.4に統合',
  'NO 2へ統合',
  '100%※',
  '▲5',
  '△12.5',
  '0.865',
  '86.5%',
  'А',
  'Β',
  'A_順調',
  'B',
  '-',
  '令和6年度',
  'R6',
  'FY2024',
  '2024年度',
];
const FORMULA_STARTS = ['=', '+', '-', '@', '＝', '=-', "'="];

const unicode = fc.string({ unit: 'binary', maxLength: 40 });
const graphemes = fc.string({ unit: 'grapheme', maxLength: 20 });

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  unicode,
  graphemes,
  fc.constantFrom(...EXCEL_ERRORS, ...NAN_LIKE, ...STAFF),
  fc
    .tuple(
      fc.constantFrom(...FORMULA_STARTS),
      fc.oneof(unicode, fc.constantFrom('SUM(A1:A3)', 'HYPERLINK("http://example.invalid","x")', "cmd|' /C calc'!A0", '1+1')),
    )
    .map(([a, b]) => a + b),
  fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }),
  fc.tuple(fc.constantFrom('9', '1', '0.', '-'), fc.integer({ min: 300, max: 400 })).map(([d, n]) => d + '9'.repeat(n)),
  fc.double().map((n) => String(n)),
  fc
    .tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom('人', '千円', '%', '回以上/年度', '件', ' (15人)', '以下'))
    .map(([n, u]) => `${n}${u}`),
  fc
    .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}/${m}/${d}`),
);

export const hostileValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 1e308, 1e-308, 2 ** 53 + 1) },
  // dates arrive as serial numbers
  { weight: 1, arbitrary: fc.integer({ min: -1, max: 2_958_465 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

export const hostileFormat: fc.Arbitrary<string | null> = fc.oneof(
  fc.constant(null),
  fc.constantFrom('0.0%', '0%', 'General', '#,##0', 'yyyy/m/d', '[$-ja-JP]ggge"年"m"月"d"日"', '@', '0.00E+00', '"人"0'),
  fc.string({ maxLength: 12 }),
);

/**
 * A failed check, thrown for fast-check to report with its counterexample. Cheaper than expect()
 * inside loops that run hundreds of thousands of times (expect was two thirds of the run time).
 */
export function check(ok: boolean, what: () => string): void {
  if (!ok) throw new Error(what());
}

/** Counts the cells generated across a test file, so the run can show it tried enough. */
export class CellCounter {
  count = 0;
  add(n: number): void {
    this.count += n;
  }
}

/**
 * fast-check's settings for these files: a fixed seed by default (FC_SEED to explore others). A
 * failure is shrunk to a small counterexample, printed with the seed and path that replay it.
 */
export function fcOptions(numRuns: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED === undefined ? 20261124 : Number(process.env.FC_SEED);
  return { numRuns, seed };
}
