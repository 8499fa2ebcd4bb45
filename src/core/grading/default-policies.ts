import { GradingPolicySchema, type GradingPolicy } from '../model';

/** The Aomori area's scale, printed under every summary table of the conference material. */
export const DEFAULT_POLICY: GradingPolicy = GradingPolicySchema.parse({
  id: 'aomori-2020',
  name: { ja: '青森圏域（A≥100% / B≥75% / C≥50% / D）', en: 'Aomori area (A≥100% / B≥75% / C≥50% / D)' },
  basis: 'target',
  levels: [
    { label: 'A', minPercent: 100, name: { ja: '順調', en: 'On track' } },
    { label: 'B', minPercent: 75, name: { ja: '概ね順調', en: 'Mostly on track' } },
    { label: 'C', minPercent: 50, name: { ja: 'やや遅れている', en: 'Somewhat behind' } },
    { label: 'D', minPercent: null, name: { ja: '遅れている', en: 'Behind' } },
  ],
  notGraded: { label: '-', name: { ja: '統合事業、集計中事業、隔年事業など', en: 'Merged, being tallied, biennial, etc.' } },
  favorable: ['A', 'B'],
});
