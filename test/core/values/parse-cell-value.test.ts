import { parseCellValue, type ParsedValue, type Quantity } from '../../../src/core/values/parse-cell-value';
import { isDashOnly } from '../../../src/core/values/normalize-text';
import { seedProjects, seedResults2024 } from '../../../src/sample/aomori-seed-data';

const plain = { atLeast: false, atMost: false, perYear: false, surveyPoint: null };

function q(value: number, unit: string | null, extra: Partial<Quantity> = {}): Quantity {
  return { value, unit, ...plain, ...extra };
}

function quantityOf(parsed: ParsedValue): Quantity {
  if (parsed.kind !== 'quantity') throw new Error(`expected a quantity, got ${parsed.kind}`);
  return parsed.quantity;
}

/**
 * An oracle independent of the parser: the first number of the text (thousands separators
 * removed), from the NFKC form, ignoring the survey point in brackets.
 */
function leadingNumber(text: string): number {
  const body = text.normalize('NFKC').replace(/\([^()]*\)$/, '');
  const m = /\d[\d,]*(?:\.\d+)?/.exec(body);
  if (!m) throw new Error(`no number in ${text}`);
  return Number(m[0].replace(/,/g, ''));
}

describe('parseCellValue on every value written in the seeds', () => {
  const seedTexts: Array<{ where: string; text: string }> = [
    ...seedProjects.flatMap((p) =>
      p.indicators.flatMap((i) => [
        { where: `project ${p.no} baseline`, text: i.baseline },
        { where: `project ${p.no} target`, text: i.target },
      ]),
    ),
    ...seedResults2024.flatMap((r) => [
      { where: `FY2024 result ${r.projectNo} actual`, text: r.actual },
      { where: `FY2024 result ${r.projectNo} target`, text: r.target },
    ]),
  ];

  it('covers the 59 indicators (118 baseline/target cells) and 10 results (20 cells)', () => {
    expect(seedTexts).toHaveLength(59 * 2 + 10 * 2);
  });

  it.each(seedTexts)('$where: $text', ({ text }) => {
    const parsed = parseCellValue(text);
    expect(parsed.raw).toBe(text);
    if (isDashOnly(text.normalize('NFKC').trim())) {
      expect(parsed.kind).toBe('empty');
    } else if (text === 'NO.4に統合') {
      expect(parsed).toEqual({ kind: 'not-graded', raw: text, reason: 'merged', mergedInto: 4 });
    } else {
      const quantity = quantityOf(parsed);
      expect(quantity.value).toBe(leadingNumber(text));
      // Every seed number carries its unit (件, 人, 千円, %, 機関, 団体, …).
      expect(quantity.unit).not.toBeNull();
      // A bracketed survey point is kept beside the value, never lost or parsed as a target.
      if (/\(|（/.test(text)) expect(quantity.surveyPoint).toMatch(/^20\d\d\s?年度?(?:見込|実績)$/);
      else expect(quantity.surveyPoint).toBeNull();
      expect(quantity.perYear).toBe(/\/\s*年/.test(text));
      expect(quantity.atLeast).toBe(text.includes('以上'));
    }
  });

  it('reads the seeds\' dashes as empty: "-", "—" and "－" all occur', () => {
    const dashes = new Set(seedTexts.map((s) => s.text).filter((t) => parseCellValue(t).kind === 'empty'));
    expect([...dashes].sort()).toEqual(['-', '—', '－'].sort());
  });

  it('finds both merged indicators (projects 2 and 3) pointing at project 4', () => {
    const merged = seedTexts.filter((s) => parseCellValue(s.text).kind === 'not-graded');
    expect(merged.map((m) => m.where)).toEqual(['project 2 target', 'project 3 target']);
  });
});

describe('parseCellValue exact values', () => {
  it.each<[string, Quantity]>([
    ['1,163,775冊', q(1163775, '冊')],
    ['1,163,775冊 (2018年度実績)', q(1163775, '冊', { surveyPoint: '2018年度実績' })],
    ['43,698千円', q(43698, '千円')],
    ['110名', q(110, '名')],
    ['100%', q(100, '%')],
    ['56.4%', q(56.4, '%')],
    ['138 機関', q(138, '機関')],
    ['143 機関', q(143, '機関')],
    ['1回以上/年度', q(1, '回', { atLeast: true, perYear: true })],
    ['11回以上/年度', q(11, '回', { atLeast: true, perYear: true })],
    ['1 回以上/年度', q(1, '回', { atLeast: true, perYear: true })],
    ['1回以上/年', q(1, '回', { atLeast: true, perYear: true })],
    ['1回/年度', q(1, '回', { perYear: true })],
    ['3回/年度', q(3, '回', { perYear: true })],
    ['21件 (2019年度見込)', q(21, '件', { surveyPoint: '2019年度見込' })],
    ['7事業 （2019年度見込）', q(7, '事業', { surveyPoint: '2019年度見込' })],
    ['102 団体 (2020 年度実績)', q(102, '団体', { surveyPoint: '2020 年度実績' })],
    ['100%※ (2019年度見込)', q(100, '%', { surveyPoint: '2019年度見込' })],
    ['１２３', q(123, null)],
    ['１，２００人', q(1200, '人')],
  ])('%s', (text, expected) => {
    expect(parseCellValue(text)).toEqual({ kind: 'quantity', raw: text, quantity: expected });
  });

  it('reads "17人 (15人)" as actual (target) in one cell', () => {
    expect(parseCellValue('17人 (15人)')).toEqual({ kind: 'combined', raw: '17人 (15人)', actual: q(17, '人'), target: q(15, '人') });
    // full-width brackets, as typed in Japanese input mode
    const fullWidth = parseCellValue('1,800人（1,820人）');
    expect(fullWidth).toEqual({ kind: 'combined', raw: '1,800人（1,820人）', actual: q(1800, '人'), target: q(1820, '人') });
  });

  it.each(['—', '–', '－', '-', '_', '‐', '―', 'ー', '— ', '', '   ', '_ (_)', '— (—)', '－（－）'])(
    'reads the dash %j as empty',
    (text) => {
      expect(parseCellValue(text)).toEqual({ kind: 'empty', raw: text });
    },
  );

  it('reads null as empty', () => {
    expect(parseCellValue(null)).toEqual({ kind: 'empty', raw: null });
  });

  it.each<[string, 'tallying' | 'biennial' | 'merged', number | null]>([
    ['集計中', 'tallying', null],
    ['隔年', 'biennial', null],
    ['隔年実施', 'biennial', null],
    ['NO.4に統合', 'merged', 4],
    ['NO 2へ統合', 'merged', 2],
    ['ＮＯ．４に統合', 'merged', 4],
    ['4に統合', 'merged', 4],
    // the year of a merger is not the project merged into
    ['R3統合', 'merged', null],
    ['令和3年度統合', 'merged', null],
    ['令和3年度統合（NO.4に統合）', 'merged', 4],
  ])('reads %s as not graded (%s, into %p)', (text, reason, mergedInto) => {
    expect(parseCellValue(text)).toEqual({ kind: 'not-graded', raw: text, reason, mergedInto });
  });

  it.each<[string | boolean, string]>([
    // a guess is not a number (it was read as 597 of a unit 「人くらい」)
    ['597人くらい', 'not-a-number'],
    ['20件程度', 'not-a-number'],
    ['１２三', 'not-a-number'],
    ['12三', 'not-a-number'],
    ['１２三人', 'not-a-number'],
    ['百人', 'not-a-number'],
    ['1,2345', 'not-a-number'],
    ['1.2.3', 'not-a-number'],
    ['12 3', 'not-a-number'],
    ['#DIV/0!', 'formula-error'],
    ['#N/A', 'formula-error'],
    ['#VALUE!', 'formula-error'],
    [true, 'boolean'],
    [false, 'boolean'],
  ])('rejects %j as invalid (%s), never guessing', (raw, reason) => {
    expect(parseCellValue(raw)).toEqual({ kind: 'invalid', raw, reason });
  });

  it('still reads scale-prefixed units (千円, 千人, 万円) that start with a numeral kanji-like prefix', () => {
    expect(quantityOf(parseCellValue('6,936千人 (2018年実績)'))).toEqual(q(6936, '千人', { surveyPoint: '2018年実績' }));
    expect(quantityOf(parseCellValue('12万円'))).toEqual(q(12, '万円'));
    expect(quantityOf(parseCellValue('3百万円'))).toEqual(q(3, '百万円'));
  });

  it('reads numbers Excel stores: an Excel percent 0.85 with "0.0%" is 85 %', () => {
    expect(parseCellValue(0.85, '0.0%')).toEqual({ kind: 'quantity', raw: 0.85, quantity: q(85, '%') });
    // float noise is dropped: 0.075 * 100 is 7.499999999999999 in binary floating point
    expect(quantityOf(parseCellValue(0.075, '0%')).value).toBe(7.5);
    expect(quantityOf(parseCellValue(0.564, '0.0%')).value).toBe(56.4);
    // without a percent format the number is itself
    expect(parseCellValue(21833, '#,##0')).toEqual({ kind: 'quantity', raw: 21833, quantity: q(21833, null) });
    expect(parseCellValue(0.85)).toEqual({ kind: 'quantity', raw: 0.85, quantity: q(0.85, null) });
    expect(parseCellValue(Number.NaN)).toEqual({ kind: 'invalid', raw: Number.NaN, reason: 'not-a-number' });
  });

  it('reads "以下" as an at-most target and a negative ▲ as negative', () => {
    expect(quantityOf(parseCellValue('5件以下'))).toEqual(q(5, '件', { atMost: true }));
    expect(quantityOf(parseCellValue('▲5'))).toEqual(q(-5, null));
  });
});

describe('found by the property tests (test/property)', () => {
  it('refuses a number too large to show as a percentage instead of reading Infinity', () => {
    expect(parseCellValue(Number.MAX_VALUE, '0.0%')).toMatchObject({ kind: 'invalid', reason: 'not-a-number' });
    expect(parseCellValue(Number.MAX_VALUE, null)).toMatchObject({ kind: 'quantity', quantity: { value: Number.MAX_VALUE } });
  });
});

describe('a reading of a text is shared, so it cannot be changed', () => {
  it('is frozen, remembered (a short cell) or not (a long note), its quantity too', () => {
    const short = parseCellValue('1,163,775冊');
    const long = parseCellValue(`${'図書館の貸出冊数（青森市・平内町・今別町・蓬田村・外ヶ浜町の合計）'.repeat(2)}1,163,775冊`);
    expect(parseCellValue('1,163,775冊')).toBe(short);
    expect(Object.isFrozen(short)).toBe(true);
    expect(short.kind === 'quantity' && Object.isFrozen(short.quantity)).toBe(true);
    expect(Object.isFrozen(long)).toBe(true);
  });
});
