import { findFiscalYear, parseFiscalYear, reiwaYear } from '../../../src/core/values/parse-fiscal-year';

describe('parseFiscalYear', () => {
  it.each<[string | number, number]>([
    [2024, 2024],
    ['2024', 2024],
    ['2024年度', 2024],
    ['R6', 2024],
    ['r6', 2024],
    ['R6年度', 2024],
    ['Ｒ６', 2024],
    ['令和6年度', 2024],
    ['令和 6 年度', 2024],
    ['令和元年度', 2019],
    ['令和5年度', 2023],
    ['令和2年度', 2020],
    ['２０２４年度', 2024],
    ['FY2024', 2024],
    ['平成31年度', 2019],
    ['H30', 2018],
  ])('%j is FY%i', (raw, year) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: true, year });
  });

  it.each<unknown>([
    '',
    null,
    undefined,
    'abc',
    'R',
    '令和',
    'R0',
    '20245',
    '2024年度実績',
    '6',
    '1988',
    1988,
    2024.5,
    '二〇二四年度',
    '2024/25',
    true,
  ])('rejects %j', (raw) => {
    expect(parseFiscalYear(raw)).toEqual({ ok: false });
  });

  it('reads every 開始年度 the sample writes (令和n年度 for the projects added by vision changes)', () => {
    // conference-2025: 令和3年度 44→48, 令和4年度 48→52, 令和5年度 52→55, 令和6年度 55→57
    expect([3, 4, 5, 6].map((n) => parseFiscalYear(`令和${n}年度`))).toEqual([2021, 2022, 2023, 2024].map((year) => ({ ok: true, year })));
  });
});

describe('findFiscalYear', () => {
  it.each<[string, number]>([
    ['2024実績値', 2024],
    ['2024年度実績値', 2024],
    ['R6実績値', 2024],
    ['目標値（2024年度）', 2024],
    ['21件 (2019年度見込)', 2019],
    ['令和5年度', 2023],
  ])('finds the year in %j', (text, year) => {
    expect(findFiscalYear(text)?.year).toBe(year);
  });

  it('finds none in a header without a year', () => {
    expect(findFiscalYear('実績値')).toBeUndefined();
    expect(findFiscalYear('1,163,775冊')).toBeUndefined();
  });

  it('writes a year in 和暦 that parses back to the same year: 令和元年度 for 2019, 西暦 before 令和', () => {
    expect([2018, 2019, 2020, 2024, 2029].map(reiwaYear)).toEqual(['2018年度', '令和元年度', '令和2年度', '令和6年度', '令和11年度']);
    for (const year of [2018, 2019, 2020, 2024, 2029]) expect(parseFiscalYear(reiwaYear(year))).toEqual({ ok: true, year });
  });
});
