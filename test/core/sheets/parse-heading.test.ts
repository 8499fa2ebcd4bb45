import { parseHeading } from '../../../src/core/sheets/parse-heading';
import { seedProjects } from '../../../src/sample/aomori-seed-data';

describe('parseHeading', () => {
  it.each<[string, number | null, string, number | null]>([
    ['1 圏域全体の経済成長のけん引（17事業）', 1, '圏域全体の経済成長のけん引', 17],
    ['2 高次の都市機能の集積・強化 (1 事業)', 2, '高次の都市機能の集積・強化', 1],
    ['3 圏域全体の生活関連機能サービスの向上 (37 事業)', 3, '圏域全体の生活関連機能サービスの向上', 37],
    ['3 圏域全体の生活関連機能サービスの向上【39事業】', 3, '圏域全体の生活関連機能サービスの向上', 39],
    ['(1) 生活機能の強化に係る政策分野 (28 事業)', 1, '生活機能の強化に係る政策分野', 28],
    ['(2)結びつきやネットワークの強化に係る政策分野 (6 事業)', 2, '結びつきやネットワークの強化に係る政策分野', 6],
    ['①地域医療 (3 事業)', 1, '地域医療', 3],
    ['④教育・文化・スポーツ (7 事業)', 4, '教育・文化・スポーツ', 7],
    ['圏域全体の経済成長のけん引', null, '圏域全体の経済成長のけん引', null],
  ])('%j', (text, no, name, statedCount) => {
    expect(parseHeading(text)).toEqual({ no, name, text, statedCount });
  });

  it('reads empty as no heading', () => {
    expect(parseHeading('')).toBeNull();
    expect(parseHeading(null)).toBeNull();
  });

  it('reads every role, policy-area and field heading of the seeds with its number and count', () => {
    const headings = new Set(seedProjects.flatMap((p) => [p.roleHeading, p.policyHeading, p.fieldHeading ?? '']).filter((h) => h !== ''));
    for (const text of headings) {
      const h = parseHeading(text)!;
      expect(h.no).toBeGreaterThan(0);
      expect(h.statedCount).toBeGreaterThan(0);
      expect(h.name).not.toMatch(/事業[)）]|^\s|\s$/);
    }
    // the role counts of the 2022 vision: 17 + 1 + 37 = 55
    const roles = [...new Set(seedProjects.map((p) => p.roleHeading))].map((t) => parseHeading(t)!.statedCount);
    expect(roles).toEqual([17, 1, 37]);
  });
});
