import { cellAddress } from '../../../src/core/workbook/cell-address';
import { gradeResult, type GradeInput } from '../../../src/core/grading/grade-result';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import type { GradingPolicy, Indicator, YearlyResult } from '../../../src/core/model';
import type { CellValue } from '../../../src/core/workbook/cell-grid';
import { parseCellValue } from '../../../src/core/values/parse-cell-value';
import { seedProjects, seedResults2024 } from '../../../src/sample/aomori-seed-data';
import { BASELINE_RELATIVE, STRICT_110, S_TO_D, SYMBOLS } from '../../helpers/policies';

const SHEET = '指標';
const TARGET_CELL = { sheet: SHEET, row: 11, col: 6 }; // 指標!G12
const ACTUAL_CELL = { sheet: SHEET, row: 11, col: 7 }; // 指標!H12

interface Spec {
  name?: string;
  unit?: string | null;
  direction?: 'higher' | 'lower';
  baseline?: CellValue;
  finalTarget?: CellValue;
  finalTargetYear?: number | null;
  /** The year's target and actual cells, as staff type them. */
  target?: CellValue;
  actual?: CellValue;
  year?: number;
  merged?: boolean;
}

function quantityOrNull(raw: CellValue | undefined) {
  if (raw === undefined || raw === null) return null;
  const parsed = parseCellValue(raw);
  if (parsed.kind === 'quantity') return parsed.quantity;
  if (parsed.kind === 'empty' || parsed.kind === 'not-graded') return null;
  throw new Error(`${String(raw)} does not parse: ${parsed.kind}`);
}

function notGradedOf(...raws: Array<CellValue | undefined>): YearlyResult['notGraded'] {
  for (const raw of raws) {
    const parsed = parseCellValue(raw ?? null);
    if (parsed.kind === 'not-graded') return parsed.reason;
  }
  return null;
}

/** A small indicator, read the way the sheet reader reads one row. */
function input(spec: Spec): GradeInput {
  const year = spec.year ?? 2024;
  const indicator: Indicator = {
    projectNo: 5,
    roleNo: null,
    name: spec.name ?? '売上額※',
    unit: spec.unit ?? null,
    direction: spec.direction ?? 'higher',
    baseline: quantityOrNull(spec.baseline),
    finalTarget: quantityOrNull(spec.finalTarget),
    cumulative: false,
    results: [
      {
        year: 2024,
        target: quantityOrNull(spec.target),
        actual: quantityOrNull(spec.actual),
        notGraded: notGradedOf(spec.actual, spec.target),
        unreadable: false,
        enteredGrade: null,
        note: null,
        sheet: SHEET,
        row: 11,
        columns: { target: TARGET_CELL.col, actual: ACTUAL_CELL.col, grade: 8, rate: null },
      },
    ],
    source: { sheet: SHEET, row: 11, col: 2 },
  };
  return { indicator, year, merged: spec.merged ?? false, finalTargetYear: spec.finalTargetYear ?? 2024 };
}

function grade(spec: Spec, policy: GradingPolicy = DEFAULT_POLICY) {
  return gradeResult(input(spec), policy);
}

describe('gradeResult: the FY2024 results printed in conference-2025', () => {
  it.each(seedResults2024.map((r) => [r.projectNo, r.actual, r.target, r.grade] as const))(
    'project %i: %s against %s is %s',
    (projectNo, actual, target, printed) => {
      const ind = seedProjects.find((p) => p.no === projectNo)!.indicators[0];
      const outcome = grade({ actual, target, baseline: ind.baseline, finalTarget: ind.target });
      expect(outcome.reason).toBe('graded');
      expect(outcome.label).toBe(printed);
    },
  );

  it('computes the rates exactly as printed numbers divide', () => {
    expect(grade({ actual: '43,698千円', target: '50,500千円' }).rate).toBe(43698 / 50500);
    expect(grade({ actual: '110名', target: '100名' }).rate).toBe(1.1);
    expect(grade({ actual: '2回', target: '1回以上/年度' }).rate).toBe(2);
    expect(grade({ actual: '1,800人', target: '1,820人' }).rate).toBe(1800 / 1820);
  });
});

describe('gradeResult: thresholds compared exactly', () => {
  it.each<[CellValue, CellValue, string]>([
    ['15人', '20人', 'B'], // exactly 75%
    ['14人', '20人', 'C'],
    ['74.99%', '100%', 'C'],
    ['75%', '100%', 'B'],
    ['100人', '100人', 'A'], // exactly 100%
    ['99.99人', '100人', 'B'],
    ['582人', '582人', 'A'],
    ['50人', '100人', 'C'], // exactly 50%
    ['49.99人', '100人', 'D'],
    ['0人', '100人', 'D'],
    [0.3, 0.4, 'B'], // 0.3 / 0.4 is 0.7499999999999999 in floating point, exactly 75%
    ['42.3%', '56.4%', 'B'], // project 38's target 56.4%; 42.3 is exactly 75% of it
    [0.7, 1.4, 'C'], // exactly 50%
    ['1,163,775冊', '1,200,000冊', 'B'],
  ])('%j of %j is %s', (actual, target, label) => {
    expect(grade({ actual, target })).toMatchObject({ label, reason: 'graded', problem: null });
  });

  it('keeps float noise out of the rate thresholds but reports the rate as a number', () => {
    const outcome = grade({ actual: 0.3, target: 0.4 });
    expect(outcome.rate).toBeCloseTo(0.75, 12);
  });
});

describe('gradeResult: lower is better', () => {
  it('grades target ÷ actual', () => {
    expect(grade({ direction: 'lower', actual: '4件', target: '5件' })).toMatchObject({ label: 'A', rate: 1.25 });
    expect(grade({ direction: 'lower', actual: '20件', target: '15件' })).toMatchObject({ label: 'B', rate: 0.75 });
    expect(grade({ direction: 'lower', actual: '10件', target: '5件' })).toMatchObject({ label: 'C', rate: 0.5 });
    expect(grade({ direction: 'lower', actual: '11件', target: '5件' }).label).toBe('D');
  });

  it('grades an actual of 0 as the best result', () => {
    expect(grade({ direction: 'lower', actual: '0件', target: '5件' })).toMatchObject({ label: 'A', reason: 'graded' });
    expect(grade({ direction: 'lower', actual: 0, target: '0件' })).toMatchObject({ label: 'A', reason: 'graded' });
  });
});

describe('gradeResult: not graded, with a reason', () => {
  it('a missing actual is "-" (no-actual), never D', () => {
    for (const actual of [null, '', '—', '－']) {
      const outcome = grade({ actual, target: '50,500千円' });
      expect(outcome).toMatchObject({ label: '-', rate: null, reason: 'no-actual', problem: null });
      expect(outcome.reasonText.ja).toBe('実績値未入力');
    }
  });

  it('集計中 and 隔年 are "-" with their own reason', () => {
    expect(grade({ actual: '集計中', target: '630人' })).toMatchObject({ label: '-', reason: 'tallying' });
    expect(grade({ actual: '隔年', target: '630人' })).toMatchObject({ label: '-', reason: 'biennial' });
  });

  it('a merged project (NO.4に統合) is "-" even with numbers', () => {
    expect(grade({ merged: true, actual: '30件', target: '21件', finalTarget: 'NO.4に統合' })).toMatchObject({
      label: '-',
      reason: 'merged',
    });
  });

  it('no target for the year is "-" (no-target)', () => {
    // project 36's 大会PR活動数: target "—"
    expect(grade({ actual: '3回', target: null, finalTarget: '—' })).toMatchObject({ label: '-', reason: 'no-target' });
  });
});

describe('gradeResult: which target applies', () => {
  it('a per-year final target ("1回以上/年度") serves every year without its own target', () => {
    expect(grade({ actual: '2回', target: null, finalTarget: '1回以上/年度', year: 2024 })).toMatchObject({ label: 'A', rate: 2 });
  });

  it('a final target serves only its final year', () => {
    expect(grade({ actual: '45事業', target: null, finalTarget: '52事業', finalTargetYear: 2024 })).toMatchObject({ label: 'B' });
    expect(grade({ actual: '45事業', target: null, finalTarget: '52事業', finalTargetYear: 2026 })).toMatchObject({
      label: '-',
      reason: 'no-target',
    });
  });

  it("the year's own target wins over the final target", () => {
    // project 50: vision target "3回", the FY2024 table prints "3回/年度"
    expect(grade({ actual: '3回', target: '3回/年度', finalTarget: '6回' })).toMatchObject({ label: 'A', rate: 1 });
  });
});

describe('gradeResult: units', () => {
  it('人 and 名 are the same count', () => {
    expect(grade({ actual: '110名', target: '100人' })).toMatchObject({ label: 'A', rate: 1.1 });
    expect(grade({ actual: '597人', target: '582名' }).label).toBe('A');
  });

  it('千円 and 円 convert', () => {
    expect(grade({ actual: '43,698千円', target: '50,500,000円' })).toMatchObject({ label: 'B', rate: 43698 / 50500 });
    expect(grade({ actual: '50,500,000円', target: '50,500千円' })).toMatchObject({ label: 'A', rate: 1 });
  });

  it('a bare number takes the unit of the 単位 column', () => {
    expect(grade({ unit: '種目', actual: 18, target: '21種目' })).toMatchObject({ label: 'B', rate: 18 / 21 });
  });

  it('人 against 件 is a validation error, not a grade', () => {
    const outcome = grade({ actual: '30人', target: '24件' });
    expect(outcome).toMatchObject({ label: '-', rate: null, reason: 'invalid' });
    expect(outcome.problem).toMatchObject({
      code: 'UNIT_MISMATCH',
      severity: 'error',
      sheet: ACTUAL_CELL.sheet,
      cell: cellAddress(ACTUAL_CELL.row, ACTUAL_CELL.col),
    });
    expect(outcome.problem?.message.ja).toBe('実績値の単位「人」が目標値の単位「件」と合いません。評価できません。');
  });

  it('a bare actual in a 人 column against a 件 target is also a mismatch', () => {
    expect(grade({ unit: '人', actual: 30, target: '24件' }).problem?.code).toBe('UNIT_MISMATCH');
  });
});

describe('gradeResult: targets that give no rate', () => {
  it.each(['0件', 0, '▲5'])('target %j is TARGET_NOT_POSITIVE at the target cell', (target) => {
    const outcome = grade({ actual: '3件', target });
    expect(outcome).toMatchObject({ label: '-', reason: 'invalid', rate: null });
    expect(outcome.problem).toMatchObject({
      code: 'TARGET_NOT_POSITIVE',
      sheet: TARGET_CELL.sheet,
      cell: cellAddress(TARGET_CELL.row, TARGET_CELL.col),
    });
  });
});

describe('gradeResult: other policies, as data', () => {
  it('a 110/80/50 policy grades 105% as B', () => {
    expect(grade({ actual: '105人', target: '100人' }, STRICT_110)).toMatchObject({ label: 'B', rate: 1.05 });
    expect(grade({ actual: '110人', target: '100人' }, STRICT_110).label).toBe('A');
    expect(grade({ actual: '79.99人', target: '100人' }, STRICT_110).label).toBe('C');
    // the same result is A on the Aomori scale
    expect(grade({ actual: '105人', target: '100人' }).label).toBe('A');
  });

  it('an S–D scale grades 120% as S', () => {
    expect(grade({ actual: '120人', target: '100人' }, S_TO_D).label).toBe('S');
    expect(grade({ actual: '119人', target: '100人' }, S_TO_D).label).toBe('A');
    expect(grade({ actual: '79人', target: '100人' }, S_TO_D).label).toBe('C');
    expect(grade({ actual: null, target: '100人' }, S_TO_D).label).toBe('-');
  });

  it('a ◎○△× scale grades with its symbols', () => {
    expect(grade({ actual: '597人', target: '582人' }, SYMBOLS).label).toBe('◎');
    expect(grade({ actual: '18種目', target: '21種目' }, SYMBOLS).label).toBe('○');
    expect(grade({ actual: '10種目', target: '21種目' }, SYMBOLS).label).toBe('×');
  });

  describe('baseline-relative rates: (actual − baseline) ÷ (target − baseline)', () => {
    // project 10: 農業次世代人材投資資金の新規交付対象者数, baseline "7人 (2018年度実績)", target "55人"
    const p10 = seedProjects.find((p) => p.no === 10)!.indicators[0];
    const spec = (actual: string) => ({ baseline: p10.baseline, target: p10.target, actual });

    it('uses the seed baseline', () => {
      expect(p10).toEqual({
        name: '農業次世代人材投資資金（経営開始型）の新規交付対象者数（累計）',
        baseline: '7人 (2018年度実績)',
        target: '55人',
      });
    });

    it.each<[string, string, number]>([
      ['55人', 'A', 1],
      ['43人', 'B', 0.75], // 36 of 48, exactly 75%
      ['42人', 'C', 35 / 48],
      ['31人', 'C', 0.5],
      ['30人', 'D', 23 / 48],
      ['5人', 'D', -2 / 48], // below the baseline
    ])('actual %s is %s', (actual, label, rate) => {
      const outcome = grade(spec(actual), BASELINE_RELATIVE);
      expect(outcome.label).toBe(label);
      expect(outcome.rate).toBeCloseTo(rate, 12);
    });

    it('the same actual grades differently against the target alone', () => {
      // 43 of 55 is 78.2%: B on the target basis too, but 31 of 55 (56.4%) is C and 30 (54.5%) is C
      expect(grade(spec('30人')).label).toBe('C');
      expect(grade(spec('30人'), BASELINE_RELATIVE).label).toBe('D');
    });

    it('measures a falling target downwards', () => {
      expect(grade({ baseline: '10件', target: '4件', actual: '7件' }, BASELINE_RELATIVE)).toMatchObject({ label: 'C', rate: 0.5 });
      expect(grade({ baseline: '10件', target: '4件', actual: '4件' }, BASELINE_RELATIVE).label).toBe('A');
    });

    it('a target equal to its baseline gives no rate', () => {
      // projects 23 and 24: 希望者が利用できた割合 100% → 100%
      expect(grade({ baseline: '100% (2019年度見込)', target: '100%', actual: '100%' }, BASELINE_RELATIVE)).toMatchObject({
        label: '-',
        reason: 'no-target',
      });
    });
  });
});
