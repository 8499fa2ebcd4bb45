import { knownBudgetMismatches, seedProjects, seedResults2024 } from '../../src/sample/aomori-seed-data';
import type { FiscalYear } from '../../src/sample/seed-types';

const YEARS: FiscalYear[] = [2020, 2021, 2022, 2023, 2024];
const parseThousands = (s: string): number | null => (/^\d{1,3}(,\d{3})*$/.test(s) ? Number(s.replace(/,/g, '')) : null);

describe('aomori seed data', () => {
  it('has 57 projects numbered 1..57 uniquely, in order', () => {
    expect(seedProjects).toHaveLength(57);
    expect(seedProjects.map((p) => p.no)).toEqual(Array.from({ length: 57 }, (_, i) => i + 1));
  });

  it('counts 17 / 1 / 37 projects per role among 1..55, as the document totals say', () => {
    const counts = { 1: 0, 2: 0, 3: 0 };
    for (const p of seedProjects.filter((p) => p.no <= 55)) counts[p.role]++;
    expect(counts).toEqual({ 1: 17, 2: 1, 3: 37 });
    // the role headings carry those printed counts
    expect(seedProjects.find((p) => p.role === 1)!.roleHeading).toContain('17事業');
    expect(seedProjects.find((p) => p.role === 3)!.roleHeading).toContain('37 事業');
  });

  it('keeps the headings consistent per role and policy area', () => {
    for (const role of [1, 2, 3] as const) {
      expect(new Set(seedProjects.filter((p) => p.role === role).map((p) => p.roleHeading)).size).toBe(1);
    }
    const policyRole = new Map<string, number>();
    for (const p of seedProjects) {
      expect(policyRole.get(p.policyHeading) ?? p.role).toBe(p.role);
      policyRole.set(p.policyHeading, p.role);
    }
  });

  it('merges 2 and 3 into NO.4', () => {
    const merged = seedProjects.filter((p) => p.mergedInto !== null);
    expect(merged.map((p) => p.no)).toEqual([2, 3]);
    for (const p of merged) {
      expect(p.category).toBe('統合');
      expect(p.mergedInto).toBe('NO.4に統合');
      expect(p.indicators.map((i) => i.target)).toEqual(['NO.4に統合']);
    }
    expect(seedProjects[3].name).toBe('地域企業ビジネス支援拠点運営事業');
  });

  it('has start years adding up to the published counts 44 → 48 → 52 → 55 → 57', () => {
    const active = (y: number) => seedProjects.filter((p) => (p.startYear ?? 2020) <= y).length;
    expect([2020, 2021, 2022, 2023, 2024].map(active)).toEqual([44, 48, 52, 55, 57]);
  });

  it('has at least one indicator per project, two for 4 and 28', () => {
    for (const p of seedProjects) expect(p.indicators.length).toBeGreaterThan(0);
    expect(seedProjects.filter((p) => p.indicators.length === 2).map((p) => p.no)).toEqual([4, 28]);
    for (const p of seedProjects) for (const i of p.indicators) expect(i.name).not.toMatch(/\s/);
  });

  it('has numeric budget totals equal to the sum of numeric years, except the listed printed mismatches', () => {
    const mismatches: { projectNo: number; printedTotal: string; sumOfYears: number }[] = [];
    for (const p of seedProjects) {
      const total = parseThousands(p.budgetTotal);
      if (total === null) continue;
      const sum = YEARS.map((y) => parseThousands(p.budget[y]) ?? 0).reduce((a, b) => a + b, 0);
      if (sum !== total) mismatches.push({ projectNo: p.no, printedTotal: p.budgetTotal, sumOfYears: sum });
    }
    expect(mismatches).toEqual(knownBudgetMismatches);
    // every budget cell is a number, a dash or blank
    for (const p of seedProjects) {
      for (const cell of [...YEARS.map((y) => p.budget[y]), p.budgetTotal]) expect(cell).toMatch(/^(\d{1,3}(,\d{3})*|—|)$/);
    }
  });

  it('points every FY2024 result to an existing project and indicator', () => {
    expect(seedResults2024).toHaveLength(10);
    const byNo = new Map(seedProjects.map((p) => [p.no, p]));
    for (const r of seedResults2024) {
      const p = byNo.get(r.projectNo);
      expect(p).toBeDefined();
      expect(p!.indicators.map((i) => i.name)).toContain(r.indicatorName);
      expect(['A', 'B', 'C', 'D', '-']).toContain(r.grade);
    }
    expect(new Set(seedResults2024.map((r) => r.projectNo)).size).toBe(seedResults2024.length);
  });
});
