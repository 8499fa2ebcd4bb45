import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { parseGrade } from '../../src/core/values/parse-grade';
import { parseCellValue } from '../../src/core/values/parse-cell-value';
import { parseFiscalYear } from '../../src/core/values/parse-fiscal-year';
import { check, CellCounter, fcOptions, hostileFormat, hostileValue } from './hostile-cells';

// Tens of thousands of generated cells per test: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
const KINDS = ['quantity', 'combined', 'empty', 'not-graded', 'invalid'];
const REASONS = ['not-a-number', 'formula-error', 'boolean'];
const show = (v: unknown) => JSON.stringify(v);

afterAll(() => console.log(`value parser: ${counter.count.toLocaleString('en-US')} generated cells`));

describe('the value parser on hostile cells', () => {
  it('never throws; every result is a known kind with the raw value, every number read is finite, every refusal has a reason', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileValue, hostileFormat), { minLength: 1, maxLength: 20, size: 'max' }), (cells) => {
        counter.add(cells.length);
        for (const [value, format] of cells) {
          const parsed = parseCellValue(value, format);
          const at = () => `parseCellValue(${show(value)}, ${show(format)}) = ${show(parsed)}`;
          check(KINDS.includes(parsed.kind), at);
          // the raw value always travels along, so a message can quote it
          check(Object.is(parsed.raw, value), at);
          if (parsed.kind === 'quantity') check(Number.isFinite(parsed.quantity.value), at);
          if (parsed.kind === 'combined') check(Number.isFinite(parsed.actual.value) && Number.isFinite(parsed.target.value), at);
          if (parsed.kind === 'invalid') check(REASONS.includes(parsed.reason), at);
        }
      }),
      fcOptions(10_000),
    );
  });

  it('years and grade letters: never throw, a year read is a real fiscal year, a refused grade keeps its text for the message', () => {
    fc.assert(
      fc.property(fc.array(hostileValue, { minLength: 1, maxLength: 20, size: 'max' }), (cells) => {
        counter.add(cells.length);
        for (const value of cells) {
          const year = parseFiscalYear(value);
          check(
            !year.ok || (Number.isInteger(year.year) && year.year >= 1989 && year.year <= 2117),
            () => `parseFiscalYear(${show(value)}) = ${show(year)}`,
          );
          const grade = parseGrade(value, DEFAULT_POLICY);
          const at = () => `parseGrade(${show(value)}) = ${show(grade)}`;
          check(['empty', 'grade', 'invalid'].includes(grade.kind), at);
          if (grade.kind === 'grade')
            check([...DEFAULT_POLICY.levels.map((l) => l.label), DEFAULT_POLICY.notGraded.label].includes(grade.label), at);
          if (grade.kind === 'invalid') check(grade.raw !== '' && grade.raw === String(value).trim(), at);
        }
      }),
      fcOptions(1_500),
    );
  });

  it('tried at least 100,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(100_000);
  });
});
