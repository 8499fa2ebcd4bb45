import { parseBreakdown } from '../../../src/core/values/parse-breakdown';

describe('parseBreakdown: an actual by municipality, as the FY2025 conference material writes it', () => {
  it('reads 見守りシール登録者数内訳 (597 = 588 + 2 + 4 + 3) with its units', () => {
    expect(parseBreakdown('青森市：588名、平内町：2名、今別町：4人、蓬田村：3人')).toEqual({
      parts: [
        { town: '青森市', value: 588, unit: '名' },
        { town: '平内町', value: 2, unit: '名' },
        { town: '今別町', value: 4, unit: '人' },
        { town: '蓬田村', value: 3, unit: '人' },
      ],
      partial: false,
    });
  });

  it('reads a bracket after the actual, 外ヶ浜町 and all', () => {
    const b = parseBreakdown('597人（青森市588・平内町2・外ヶ浜町4・蓬田村3）');
    expect(b?.parts.map((p) => [p.town, p.value])).toEqual([
      ['青森市', 588],
      ['平内町', 2],
      ['外ヶ浜町', 4],
      ['蓬田村', 3],
    ]);
  });

  it('marks 「うち連携町村14人」 as partial, and leaves the group 連携町村 and 各町村… out', () => {
    const b = parseBreakdown('110名 (うち連携町村14人：平内町4人、今別町9人、蓬田村1人)');
    expect(b).toEqual({
      parts: [
        { town: '平内町', value: 4, unit: '人' },
        { town: '今別町', value: 9, unit: '人' },
        { town: '蓬田村', value: 1, unit: '人' },
      ],
      partial: true,
    });
    const water = parseBreakdown(
      '青森市：8名、平内町：4名、外ヶ浜町：4名、今別町：3名、蓬田村：4名、各町村指定給水装置工事事業者：4名 計27名',
    );
    expect(water?.parts.map((p) => p.town)).toEqual(['青森市', '平内町', '外ヶ浜町', '今別町', '蓬田村']);
  });

  it('is no breakdown without two places: a plain figure, one town', () => {
    expect(parseBreakdown('43,698千円')).toBeNull();
    expect(parseBreakdown('平内町21団体（フラワーロード）')).toBeNull();
    expect(parseBreakdown(null)).toBeNull();
  });
});
