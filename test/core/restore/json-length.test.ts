import fc from 'fast-check';
import { jsonLength } from '../../../src/core/restore/json-length';
import { keptRestorePoints } from '../../../src/core/restore/restore-sheet';
import type { RestorePoint } from '../../../src/core/model';

// texts JSON writes escaped (quotes, backslashes, control characters, lone and paired surrogates) beside plain and Japanese ones
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '"', '\\', '\n', '\u0000', '\u001f', '\ud800', '\udc00x', '𠮷', '青森市', '成果指標'),
);
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2));
// what JSON leaves out of an object and writes as null in an array
const unwritten = fc.constantFrom(undefined, () => 1, Symbol('s'));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    unwritten,
    fc.array(tie('value'), { maxLength: 6 }),
    fc.sparseArray(tie('value'), { maxLength: 6 }),
    fc.dictionary(text, tie('value'), { maxKeys: 5 }),
    fc.date({ noInvalidDate: true }),
  ),
}));

describe('jsonLength', () => {
  it('is the length of the text JSON.stringify writes, for any value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonLength(v)).toBe(JSON.stringify(v)?.length ?? 0);
      }),
      { numRuns: 5000 },
    );
  });

  it('weighs restore points as their JSON text did: the same runs are kept', () => {
    const cell = (i: number) => ({
      sheet: '成果指標',
      row: i,
      col: 9,
      value: i % 3 ? null : `指標${i}`,
      formula: null,
      numberFormat: null,
      written: 'A',
    });
    const point = (id: number, cells: number): RestorePoint => ({
      id: `2026-12-0${id}T00:00:00.000Z#${id}`,
      at: `2026-12-0${id}T00:00:00.000Z`,
      command: 'grade',
      year: 2024,
      createdLog: id === 1,
      cells: Array.from({ length: cells }, (_, i) => cell(i)),
      sheets: [],
    });
    // each about 8 million characters of JSON: the newest (small) and two older fit under 20 million, a third older does not
    const points = [point(1, 80_000), point(2, 80_000), point(3, 80_000), point(4, 1)];
    const text = points.map((p) => JSON.stringify(p).length);
    expect(text[2] + text[3] + text[1]).toBeLessThan(20_000_000);
    expect(text[3] + text[2] + text[1] + text[0]).toBeGreaterThan(20_000_000);
    expect(keptRestorePoints(points).map((p) => p.id)).toEqual(points.slice(1).map((p) => p.id));
  });
});
