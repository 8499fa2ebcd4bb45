import { parseGrade } from '../../../src/core/values/parse-grade';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import { GradingPolicySchema } from '../../../src/core/model';
import { S_TO_D, SYMBOLS } from '../../helpers/policies';
import { seedResults2024 } from '../../../src/sample/aomori-seed-data';

describe('parseGrade with the Aomori policy', () => {
  it('reads every grade printed in conference-2025', () => {
    for (const r of seedResults2024) {
      expect(parseGrade(r.grade, DEFAULT_POLICY)).toEqual({ kind: 'grade', label: r.grade, lookalike: false });
    }
  });

  it.each<[string, string]>([
    ['A', 'A'],
    ['Ａ', 'A'],
    ['a', 'A'],
    ['ｂ', 'B'],
    [' C ', 'C'],
    ['D', 'D'],
    ['A_順調', 'A'],
    ['B_概ね順調', 'B'],
    ['A：順調', 'A'],
    ['C やや遅れている', 'C'],
    ['遅れている', 'D'],
  ])('%j is %s', (raw, label) => {
    expect(parseGrade(raw, DEFAULT_POLICY)).toEqual({ kind: 'grade', label, lookalike: false });
  });

  it.each<[string, string]>([
    ['А', 'A'], // U+0410 CYRILLIC CAPITAL LETTER A
    ['В', 'B'], // U+0412
    ['С', 'C'], // U+0421
    ['Д', 'D'],
  ])('reads the Cyrillic look-alike %j as %s and says so', (raw, label) => {
    expect(raw.charCodeAt(0)).toBeGreaterThan(0x400);
    expect(parseGrade(raw, DEFAULT_POLICY)).toEqual({ kind: 'grade', label, lookalike: true });
  });

  it.each(['-', '—', '－', '–', 'ー'])('reads the dash %j as the not-graded label', (raw) => {
    expect(parseGrade(raw, DEFAULT_POLICY)).toEqual({ kind: 'grade', label: '-', lookalike: false });
  });

  it.each(['X', 'E', 'AB', 'A_遅れている', 'A順調', 'S', '◎'])('rejects %j', (raw) => {
    expect(parseGrade(raw, DEFAULT_POLICY)).toEqual({ kind: 'invalid', raw });
  });

  it('reads blank as empty', () => {
    expect(parseGrade(null, DEFAULT_POLICY)).toEqual({ kind: 'empty' });
    expect(parseGrade('  ', DEFAULT_POLICY)).toEqual({ kind: 'empty' });
  });
});

describe('parseGrade with other scales defined as data', () => {
  it('reads S to D, S included, with look-alikes and names', () => {
    expect(parseGrade('S', S_TO_D)).toEqual({ kind: 'grade', label: 'S', lookalike: false });
    expect(parseGrade('ｓ', S_TO_D)).toEqual({ kind: 'grade', label: 'S', lookalike: false });
    expect(parseGrade('Ѕ', S_TO_D)).toEqual({ kind: 'grade', label: 'S', lookalike: true });
    expect(parseGrade('大きく上回る', S_TO_D)).toEqual({ kind: 'grade', label: 'S', lookalike: false });
    expect(parseGrade('B_概ね順調', S_TO_D)).toEqual({ kind: 'grade', label: 'B', lookalike: false });
    expect(parseGrade('E', S_TO_D)).toEqual({ kind: 'invalid', raw: 'E' });
  });

  it('reads ◎ ○ △ × and rejects the Aomori letters', () => {
    for (const label of ['◎', '○', '△', '×']) expect(parseGrade(label, SYMBOLS)).toEqual({ kind: 'grade', label, lookalike: false });
    expect(parseGrade('―', SYMBOLS)).toEqual({ kind: 'grade', label: '-', lookalike: false });
    expect(parseGrade('A', SYMBOLS)).toEqual({ kind: 'invalid', raw: 'A' });
  });

  it('rejects a policy whose thresholds do not fall, whose labels repeat, or whose favorable label is unknown', () => {
    const base = { id: 'x', name: { ja: 'x', en: 'x' }, basis: 'target', notGraded: { label: '-', name: { ja: '', en: '' } } };
    const level = (label: string, minPercent: number | null) => ({ label, minPercent, name: { ja: label, en: label } });
    expect(() =>
      GradingPolicySchema.parse({ ...base, levels: [level('A', 75), level('B', 100), level('C', null)], favorable: ['A'] }),
    ).toThrow(/fall/);
    expect(() => GradingPolicySchema.parse({ ...base, levels: [level('A', 100), level('A', null)], favorable: ['A'] })).toThrow(/unique/);
    expect(() => GradingPolicySchema.parse({ ...base, levels: [level('A', 100), level('B', null)], favorable: ['Z'] })).toThrow(
      /unknown label Z/,
    );
    expect(() => GradingPolicySchema.parse({ ...base, levels: [level('A', 100), level('B', 50)], favorable: ['A'] })).toThrow(/last level/);
    expect(GradingPolicySchema.parse({ ...base, levels: [level('A', 100), level('B', null)], favorable: ['A'] }).mergedItems).toBe(
      'excluded',
    );
  });
});
