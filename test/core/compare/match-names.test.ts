import { LONE_PAIR_SIMILARITY, matchNames, NEIGHBOUR_SIMILARITY, SAME_NAME_SIMILARITY } from '../../../src/core/compare/match-names';
import { nameSimilarity, projectNameKey, sameProjectName } from '../../../src/core/values/project-name';

describe('projectNameKey and nameSimilarity: names as registers spell them', () => {
  it('ignores 「(仮称)」, spaces, brackets and 強靭/強靱, and keeps what the brackets hold', () => {
    expect(projectNameKey('（仮称） 地域企業ビジネス支援拠点運営事業')).toBe(projectNameKey('地域企業ビジネス支援拠点運営事業'));
    expect(projectNameKey('国土強靭化連携推進事業')).toBe(projectNameKey('国土強靱化連携推進事業'));
    expect(projectNameKey('むつ湾広域連携事業（環境）')).not.toBe(projectNameKey('むつ湾広域連携事業（産業・観光）'));
  });

  it('sameProjectName: the same text, or the same key; brackets that hold a word still tell two projects apart', () => {
    expect(sameProjectName('国土強靭化連携推進事業', '国土強靭化連携推進事業')).toBe(true);
    expect(sameProjectName('（仮称） 国土強靭化連携推進事業', '国土強靱化連携推進事業')).toBe(true);
    expect(sameProjectName('むつ湾広域連携事業（環境）', 'むつ湾広域連携事業（産業・観光）')).toBe(false);
  });

  it('scores shared character pairs: 0.70 for a renamed 企業誘致 project, 1 for the same name', () => {
    expect(nameSimilarity('企業誘致関係機関連携事業', '企業説明会関係機関連携事業')).toBeCloseTo(16 / 23, 5);
    expect(nameSimilarity('職員研修', '職員研修')).toBe(1);
    expect(nameSimilarity('職員研修', '消費生活相談事業')).toBe(0);
  });

  it('pairs the conference list’s misread names with the vision’s (宣传, 点詫, 除雪雪力 as the PDF extraction prints them)', () => {
    const vision = ['陸奥湾沿線誘客宣伝事業', '点訳・手話奉仕員養成事業', '除排雪力向上連携ネットワーク形成事業'];
    const extracted = ['除雪雪力向上連携ネットワーク形成事業', '陸奥湾沿線誘客宣传事業', '点詫・手話奉仕員養成事業'];
    const pairs = matchNames(vision, extracted);
    expect(pairs.map((p) => [p.old, p.new])).toEqual([
      [0, 1],
      [1, 2],
      [2, 0],
    ]);
    for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(SAME_NAME_SIMILARITY);
  });

  it('gives an exact name to its own project first: 「むつ湾…（環境）」 is not taken by 「…（産業・観光）」, 0.73 alike', () => {
    const old = ['むつ湾広域連携事業（産業・観光）', '陸奥湾沿線誘客宣伝事業', 'むつ湾広域連携事業（環境）'];
    const now = ['陸奥湾沿線誘客宣伝事業', 'むつ湾広域連携事業（環境）'];
    expect(nameSimilarity(old[0], now[1])).toBeGreaterThan(SAME_NAME_SIMILARITY);
    expect(matchNames(old, now).map((p) => [p.old, p.new])).toEqual([
      [1, 0],
      [2, 1],
    ]);
  });

  it('pairs a lone unlike name by its place between matched neighbours, marked, and only there', () => {
    const old = ['物産振興事業', '圏域の水産物の食ブランド化推進事業', '農業移住・新規就農サポート事業', 'スマート農業普及対策事業'];
    const now = ['地域の水産物の食ブランド化推進事業', 'あおもり就農サポートセンター管理運営事業', 'スマート農業普及対策事業'];
    const similarity = nameSimilarity(old[2], now[1]);
    expect(similarity).toBeGreaterThanOrEqual(NEIGHBOUR_SIMILARITY);
    expect(similarity).toBeLessThan(SAME_NAME_SIMILARITY);
    expect(matchNames(old, now)).toEqual([
      { old: 1, new: 0, similarity: nameSimilarity(old[1], now[0]), byPosition: false },
      { old: 2, new: 1, similarity, byPosition: true },
      { old: 3, new: 2, similarity: 1, byPosition: false },
    ]);
    // the same two names outside each other's window stay apart
    expect(matchNames([old[2], old[3]], [now[2], now[1]])).toEqual([{ old: 1, new: 0, similarity: 1, byPosition: false }]);
  });

  it('pairs the lone pair of a window down to 0.2 when asked (projects), never a new item marked 新規', () => {
    const old = ['ビジョン懇談会の運営', '観光ＰＲ事業', '図書館相互利用事業'];
    const now = ['ビジョン懇談会の運営', '(仮称) 働く女性支援事業', '観光プロモーション事業', '図書館相互利用事業'];
    const similarity = nameSimilarity(old[1], now[2]);
    expect(similarity).toBeGreaterThanOrEqual(LONE_PAIR_SIMILARITY);
    expect(similarity).toBeLessThan(NEIGHBOUR_SIMILARITY);
    const notNew = (n: number) => n !== 1;
    expect(matchNames(old, now, { neighbours: true, placeable: notNew, lonePairs: true })).toContainEqual({
      old: 1,
      new: 2,
      similarity,
      byPosition: true,
    });
    // with the 新規 one counted as a candidate, the window holds two new items: no lone pair
    expect(matchNames(old, now, { neighbours: true, lonePairs: true }).some((p) => p.old === 1)).toBe(false);
    // and indicators (no lonePairs) keep the 0.3 floor
    expect(matchNames(old, now, { neighbours: true, placeable: notNew }).some((p) => p.old === 1)).toBe(false);
  });
});
