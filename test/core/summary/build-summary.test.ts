import { allLabels, summariseItems, type SummaryItem } from '../../../src/core/summary/build-summary';
import { projectActiveIn } from '../../../src/core/grading/grade-year';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import { YearSummarySchema } from '../../../src/core/model';
import { seedProjects } from '../../../src/sample/aomori-seed-data';
import { S_TO_D } from '../../helpers/policies';

type Counts = { A: number; B: number; C: number; D: number; '-': number };

const ROLE_NAMES: Record<number, string> = {
  1: '圏域全体の経済成長のけん引',
  2: '高次の都市機能の集積・強化',
  3: '圏域全体の生活関連機能サービスの向上',
};

/** The two tables of conference-2025 (令和5年度 and 令和6年度), row by row. */
const PUBLISHED: Record<2023 | 2024, Array<{ no: number; projects: number; counts: Counts; items: number }>> = {
  2023: [
    { no: 1, projects: 17, counts: { A: 11, B: 2, C: 1, D: 0, '-': 2 }, items: 16 },
    { no: 2, projects: 1, counts: { A: 1, B: 0, C: 0, D: 0, '-': 0 }, items: 1 },
    { no: 3, projects: 37, counts: { A: 19, B: 9, C: 6, D: 4, '-': 0 }, items: 38 },
  ],
  2024: [
    { no: 1, projects: 17, counts: { A: 7, B: 4, C: 2, D: 0, '-': 3 }, items: 16 },
    { no: 2, projects: 1, counts: { A: 1, B: 0, C: 0, D: 0, '-': 0 }, items: 1 },
    { no: 3, projects: 39, counts: { A: 23, B: 10, C: 3, D: 2, '-': 2 }, items: 40 },
  ],
};

/** The items behind a published table, in a scrambled order (the counting must not depend on it). */
function itemsOf(year: 2023 | 2024): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const role of PUBLISHED[year]) {
    for (const [label, n] of Object.entries(role.counts)) for (let i = 0; i < n; i++) items.push({ roleNo: role.no, label });
  }
  // a fixed permutation: every 7th item first (57 and 55 are both prime to 7)
  return items.map((_, i) => items[(i * 7) % items.length]);
}

function summarise(year: 2023 | 2024) {
  const roles = PUBLISHED[year].map((r) => ({ no: r.no, name: ROLE_NAMES[r.no], projects: r.projects }));
  // roles given out of order: the table lists them by number
  return summariseItems(year, [roles[2], roles[0], roles[1]], itemsOf(year), DEFAULT_POLICY);
}

/** Tenths, so the sum is checked on integers. */
const tenths = (percents: Record<string, number>) => Object.values(percents).reduce((s, p) => s + Math.round(p * 10), 0);

describe('summariseItems reproduces the FY2023 table of conference-2025', () => {
  const summary = summarise(2023);

  it('has the rows per role with 【N事業】 and items', () => {
    expect(summary.roles).toMatchObject(PUBLISHED[2023].map((r) => ({ ...r, name: ROLE_NAMES[r.no] })));
  });

  it('totals 31/11/7/4/2 of 55 items, 55 projects', () => {
    expect(summary.totals.counts).toEqual({ A: 31, B: 11, C: 7, D: 4, '-': 2 });
    expect(summary.totals.items).toBe(55);
    expect(summary.totals.projects).toBe(55);
  });

  it('prints 56.4 / 20.0 / 12.7 / 7.3 / 3.6 %, adding up to exactly 100.0', () => {
    expect(summary.totals.percents).toEqual({ A: 56.4, B: 20, C: 12.7, D: 7.3, '-': 3.6 });
    expect(tenths(summary.totals.percents)).toBe(1000);
  });

  it('groups A+B / C+D / - as 42 / 11 / 2, 比較的順調 42 items = 76.4 %', () => {
    expect(summary.groups).toEqual([
      { labels: ['A', 'B'], count: 42 },
      { labels: ['C', 'D'], count: 11 },
      { labels: ['-'], count: 2 },
    ]);
    expect(summary.favorable).toEqual({ count: 42, percent: 76.4 });
  });

  it('is a valid YearSummary', () => {
    expect(YearSummarySchema.parse(summary)).toEqual(summary);
  });
});

describe('summariseItems reproduces the FY2024 table of conference-2025', () => {
  const summary = summarise(2024);

  it('has the rows per role with 【N事業】 and items', () => {
    expect(summary.roles).toMatchObject(PUBLISHED[2024].map((r) => ({ ...r, name: ROLE_NAMES[r.no] })));
  });

  it('totals 31/14/5/2/5 of 57 items, 57 projects', () => {
    expect(summary.totals.counts).toEqual({ A: 31, B: 14, C: 5, D: 2, '-': 5 });
    expect(summary.totals.items).toBe(57);
    expect(summary.totals.projects).toBe(57);
  });

  it('prints 54.4 / 24.5 / 8.8 / 3.5 / 8.8 % where plain rounding would give 24.6 and 100.1', () => {
    expect(summary.totals.percents).toEqual({ A: 54.4, B: 24.5, C: 8.8, D: 3.5, '-': 8.8 });
    expect(tenths(summary.totals.percents)).toBe(1000);
    const plain = [31, 14, 5, 2, 5].map((c) => Math.round((c * 1000) / 57) / 10);
    expect(plain).toEqual([54.4, 24.6, 8.8, 3.5, 8.8]);
    expect(plain.reduce((s, p) => s + Math.round(p * 10), 0)).toBe(1001);
  });

  it('groups A+B / C+D / - as 45 / 7 / 5, 比較的順調 45 items = 78.9 %, 3 more than FY2023', () => {
    expect(summary.groups.map((g) => g.count)).toEqual([45, 7, 5]);
    expect(summary.favorable).toEqual({ count: 45, percent: 78.9 });
    expect(summary.favorable.count - summarise(2023).favorable.count).toBe(3);
  });
});

describe('summariseItems with other inputs', () => {
  it('counts items and projects separately: a project with two indicators gives two items', () => {
    // projects 4 and 28 have two indicators each
    const two = seedProjects.filter((p) => p.indicators.length === 2);
    const items = two.flatMap((p) => p.indicators.map(() => ({ roleNo: p.role, label: 'A' })));
    const summary = summariseItems(
      2024,
      [
        { no: 1, name: ROLE_NAMES[1], projects: 1 },
        { no: 3, name: ROLE_NAMES[3], projects: 1 },
      ],
      items,
      DEFAULT_POLICY,
    );
    expect(summary.roles.map((r) => [r.projects, r.items])).toEqual([
      [1, 2],
      [1, 2],
    ]);
  });

  it('gives zeros, not NaN, for a year without items', () => {
    const summary = summariseItems(2020, [{ no: 1, name: ROLE_NAMES[1], projects: 0 }], [], DEFAULT_POLICY);
    expect(summary.totals.percents).toEqual({ A: 0, B: 0, C: 0, D: 0, '-': 0 });
    expect(summary.favorable).toEqual({ count: 0, percent: 0 });
  });

  it('follows the policy: S–D columns and S+A+B favorable', () => {
    const items = ['S', 'S', 'A', 'B', 'C', 'D', '-'].map((label) => ({ roleNo: 1, label }));
    const summary = summariseItems(2024, [{ no: 1, name: ROLE_NAMES[1], projects: 6 }], items, S_TO_D);
    expect(allLabels(S_TO_D)).toEqual(['S', 'A', 'B', 'C', 'D', '-']);
    expect(summary.totals.counts).toEqual({ S: 2, A: 1, B: 1, C: 1, D: 1, '-': 1 });
    expect(summary.favorable).toEqual({ count: 4, percent: 57.1 });
    expect(summary.groups).toEqual([
      { labels: ['S', 'A', 'B'], count: 4 },
      { labels: ['C', 'D'], count: 2 },
      { labels: ['-'], count: 1 },
    ]);
    expect(tenths(summary.totals.percents)).toBe(1000);
  });
});

describe('projectActiveIn', () => {
  it('counts the seed projects 44 → 48 → 52 → 55 → 57 by their start years', () => {
    const counts = [2020, 2021, 2022, 2023, 2024].map(
      (y) => seedProjects.filter((p) => projectActiveIn({ startYear: p.startYear, endYear: null }, y)).length,
    );
    expect(counts).toEqual([44, 48, 52, 55, 57]);
  });

  it('keeps an ended project through its last year only', () => {
    expect(projectActiveIn({ startYear: null, endYear: 2023 }, 2023)).toBe(true);
    expect(projectActiveIn({ startYear: null, endYear: 2023 }, 2024)).toBe(false);
    expect(projectActiveIn({ startYear: 2024, endYear: null }, 2023)).toBe(false);
  });
});
