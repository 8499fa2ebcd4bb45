import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { parseGrade } from '../../src/core/grading/parse-grade';
import { parseCellValue } from '../../src/core/values/parse-cell-value';
import { parseFiscalYear } from '../../src/core/values/parse-fiscal-year';
import { CellCounter, fcOptions, hostileFormat, hostileValue } from './hostile-cells';

// Thousands of generated workbooks and files per test: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
const KINDS = ['quantity', 'combined', 'empty', 'not-graded', 'invalid'];

afterAll(() => console.log(`value parser: ${counter.count.toLocaleString('en-US')} generated cells`));

describe('the value parser on hostile cells', () => {
  it('never throws; every result is a known kind, and every number it reads is finite', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileValue, hostileFormat), { minLength: 1, maxLength: 20, size: 'max' }), (cells) => {
        counter.add(cells.length);
        for (const [value, format] of cells) {
          const parsed = parseCellValue(value, format);
          expect(KINDS).toContain(parsed.kind);
          if (parsed.kind === 'quantity') expect(Number.isFinite(parsed.quantity.value)).toBe(true);
          if (parsed.kind === 'combined') expect(Number.isFinite(parsed.actual.value) && Number.isFinite(parsed.target.value)).toBe(true);
          if (parsed.kind === 'invalid') expect(['not-a-number', 'formula-error', 'boolean']).toContain(parsed.reason);
          // the raw value always travels along, so a message can quote it
          expect(parsed.raw).toEqual(value === undefined ? null : value);
        }
      }),
      fcOptions(10000),
    );
  });

  it('years and grade letters: never throw, and a year read is a real fiscal year', () => {
    fc.assert(
      fc.property(fc.array(hostileValue, { minLength: 1, maxLength: 20, size: 'max' }), (cells) => {
        counter.add(cells.length);
        for (const value of cells) {
          const year = parseFiscalYear(value);
          if (year.ok) expect(year.year >= 1900 && year.year <= 2200).toBe(true);
          const grade = parseGrade(value, DEFAULT_POLICY);
          expect(['empty', 'grade', 'invalid']).toContain(grade.kind);
        }
      }),
      fcOptions(1500),
    );
  });

  it('tried at least 100,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(100_000);
  });
});
