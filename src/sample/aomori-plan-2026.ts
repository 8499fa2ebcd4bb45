/**
 * The FY2026 project list (令和8年度新規・拡充事業について【体系図】（案）) of conference-2025.txt: a plan register,
 * 番号 · 役割 · 事業名 · 事業区分 and no indicators, as the second vision's coordinator keeps it.
 *
 * Transcription: names and statuses as printed, row by row, with the PDF extraction's slips undone where the
 * table itself shows them:
 * - rows 9–14, 52 and 53 print the name in the 分野 column; here it is in 事業名;
 * - three names are misread characters of names the 2022 vision prints: 「陸奥湾沿線誘客宣传事業」 (宣伝),
 *   「点詫・手話奉仕員養成事業」 (点訳), 「除雪雪力向上連携ネットワーク形成事業」 (除排雪力);
 * - the 役割 column lost its text to the extraction (「域 全 体 の 經 濟 成 長 の け ん 引」, and nothing for role 3):
 *   the role headings are the vision's, role 1 for 1–14, role 2 for 15 (大学連携推進事業, as in the 2022 vision),
 *   role 3 from 16 (地域医療支援病院の登録医療機関支援事業 heads 生活機能 ①地域医療 there).
 * The row numbered "-" is kept as printed: 「あおもりフィールドスタディ支援事業 | NO 2へ統合」.
 */
import type { SheetOutput } from '../core/workbook/cell-grid';

export const PLAN_2026_FILE_NAME = 'aomori-plan-2026.xlsx';

const ROLES: Record<number, string> = {
  1: '1 圏域全体の経済成長のけん引',
  15: '2 高次の都市機能の集積・強化',
  16: '3 圏域全体の生活関連機能サービスの向上',
};

export const plan2026: { no: number | '-'; name: string; status: string }[] = [
  { no: 1, name: '連携中枢都市圏ビジョン懇談会の運営', status: '継続' },
  { no: 2, name: '(仮称) 地域企業ビジネス支援拠点運営事業', status: '拡充' },
  { no: 3, name: '首都圏ビジネス交流拠点運営事業', status: '継続' },
  { no: 4, name: 'あおもり新しい働き方支援事業（企業誘致活動）', status: '継続' },
  { no: 5, name: '企業説明会関係機関連携事業', status: '継続' },
  { no: 6, name: '地域の水産物の食ブランド化推進事業', status: '継続' },
  { no: 7, name: 'あおもり就農サポートセンター管理運営事業', status: '継続' },
  { no: 8, name: 'スマート農業普及対策事業', status: '継続' },
  { no: 9, name: '農業研修事業', status: '継続' },
  { no: 10, name: '漁業の担い手対策事業', status: '継続' },
  { no: 11, name: '広域連携農業振興事業', status: '継続' },
  { no: 12, name: '東青流域林業活性化事業', status: '継続' },
  { no: 13, name: '陸奥湾沿線誘客宣伝事業', status: '継続' },
  { no: 14, name: 'アドベンチャーツーリズム推進事業', status: '継続' },
  { no: 15, name: '大学連携推進事業', status: '継続' },
  { no: 16, name: '地域医療支援病院の登録医療機関支援事業', status: '継続' },
  { no: 17, name: '在宅医療・介護連携推進事業', status: '継続' },
  { no: 18, name: '在宅医療推進のための共同セミナー開催事業', status: '継続' },
  { no: 19, name: '認知症高齢者対策事業', status: '継続' },
  { no: 20, name: '高齢者等見守り体制確保事業', status: '継続' },
  { no: 21, name: '一時預かり事業', status: '継続' },
  { no: 22, name: '病児一時保育事業', status: '継続' },
  { no: 23, name: '食生活改善推進員養成事業', status: '継続' },
  { no: 24, name: '点訳・手話奉仕員養成事業', status: '継続' },
  { no: 25, name: '手話通訳者養成研修事業', status: '継続' },
  { no: 26, name: '成年後見制度法人後見支援事業', status: '継続' },
  { no: 27, name: '教科書採択事業', status: '継続' },
  { no: 28, name: '小学生演劇鑑賞教室事業', status: '継続' },
  { no: 29, name: '小・中学生安全安心対策事業', status: '継続' },
  { no: 30, name: '心豊かな子ども読書活動推進事業', status: '継続' },
  { no: 31, name: '東青地区公民館連絡協議会事業', status: '継続' },
  { no: 32, name: '図書館相互利用事業', status: '継続' },
  { no: 33, name: '東青中学校体育大会夏季大会開催事業', status: '継続' },
  { no: 34, name: '東青中学校文化連盟活動事業', status: '継続' },
  { no: '-', name: 'あおもりフィールドスタディ支援事業', status: 'NO 2へ統合' },
  { no: 35, name: '青森圏域重点事業要望事務', status: '継続' },
  { no: 36, name: '地域花いっぱいまちづくり事業', status: '継続' },
  { no: 37, name: '水道事業の広域連携事業', status: '継続' },
  { no: 38, name: '自主防災活動促進事業', status: '継続' },
  { no: 39, name: '国土強靭化連携推進事業', status: '継続' },
  { no: 40, name: 'むつ湾広域連携事業（環境）', status: '継続' },
  { no: 41, name: '協働による環境教育・環境学習事業', status: '継続' },
  { no: 42, name: '森と湖に親しむ集い事業', status: '継続' },
  { no: 43, name: 'あおもり新しい働き方支援事業（Uターン就職支援）', status: '継続' },
  { no: 44, name: '新しい働き方担い手誘致・東青地域移住促進事業', status: '継続' },
  { no: 45, name: '消費生活相談事業', status: '継続' },
  { no: 46, name: '東青地域男女共同参画ネットワーク形成事業', status: '継続' },
  { no: 47, name: '除排雪力向上連携ネットワーク形成事業', status: '継続' },
  { no: 48, name: '校務環境等整備事業', status: '継続' },
  { no: 49, name: '(仮称) 働く女性支援事業', status: '新規' },
  { no: 50, name: '職員人事交流', status: '継続' },
  { no: 51, name: '職員研修', status: '継続' },
  { no: 52, name: 'RPA活用推進事業', status: '継続' },
  { no: 53, name: '(仮称) 高等教育機関との協働による人材育成事業', status: '新規' },
];

/** The list as one sheet: a title, 番号 | 役割 | 事業名 | 事業区分, the role written on its first row as the printed table merges it. */
export function buildPlan2026Sheets(): SheetOutput[] {
  const header = { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' as const };
  const cells: SheetOutput['cells'] = [
    { row: 0, col: 0, value: '令和8年度 連携事業一覧（案）', style: { bold: true } },
    ...['番号', '役割', '事業名', '事業区分'].map((value, col) => ({ row: 2, col, value, style: header })),
  ];
  plan2026.forEach((p, i) => {
    const row = 3 + i;
    const role = typeof p.no === 'number' ? (ROLES[p.no] ?? null) : null;
    [p.no, role, p.name, p.status].forEach((value, col) => cells.push({ row, col, value, style: { border: true } }));
  });
  return [{ name: '令和8年度事業一覧', cells, merges: [], columnWidths: [6, 34, 46, 14], validations: [], frozenRows: 3 }];
}
