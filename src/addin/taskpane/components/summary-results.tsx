import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ArrowTrending16Regular, ArrowTrendingDown16Regular, Open16Regular, Subtract16Regular } from '@fluentui/react-icons';
import type { GradingPolicy } from '../../../core/model';
import type { SummaryResult } from '../../../use-cases/workbook-session';
import type { Language } from '../../../core/messages/language';
import { useText, type Translate } from '../hooks/use-text';
import { ResultSection } from './result-section';

const useStyles = makeStyles({
  headline: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground2,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: {
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  change: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  scope: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  caption: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
  },
  th: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  num: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  rowHeader: { textAlign: 'start', fontWeight: 'inherit' },
  totalRow: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  open: { alignSelf: 'flex-start' },
});

function changeText(now: number, before: number, t: Translate): string {
  const diff = now - before;
  if (diff > 0) return t('UI_CHANGE_UP', { n: diff });
  if (diff < 0) return t('UI_CHANGE_DOWN', { n: -diff });
  return t('UI_CHANGE_SAME');
}

/** The direction as a shape; the words beside it say the same, so nothing rests on the icon. */
function ChangeIcon(props: { diff: number }) {
  if (props.diff > 0) return <ArrowTrending16Regular aria-hidden />;
  if (props.diff < 0) return <ArrowTrendingDown16Regular aria-hidden />;
  return <Subtract16Regular aria-hidden />;
}

function labelName(policy: GradingPolicy, label: string, language: Language): string | undefined {
  if (label === policy.notGraded.label) return policy.notGraded.name[language];
  return policy.levels.find((l) => l.label === label)?.name[language];
}

/**
 * After 集計: the headline 比較的順調 (count, share, change from the compared year), the counts by
 * grade as a small table, and a button to the 評価集計 sheet.
 */
export function SummaryResults(props: { result: SummaryResult; policy: GradingPolicy; onOpenSheet: (sheet: string) => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const { summary, sheetName } = props.result;
  const { favorable, previous, totals } = summary;
  const labels = Object.keys(totals.counts);
  const favorableLabels = props.policy.favorable.filter((l) => labels.includes(l));
  const percent = (p: number) => `${p.toFixed(1)}%`;
  return (
    <ResultSection title={t('UI_SUMMARY_HEADING', { year: summary.year })} testId="summary-results">
      <div className={styles.headline} data-testid="summary-headline">
        <Text className={styles.label}>{t('UI_FAVORABLE', { labels: favorableLabels.join('+') })}</Text>
        <Text className={styles.value}>{t('UI_FAVORABLE_VALUE', { count: favorable.count, percent: favorable.percent.toFixed(1) })}</Text>
        {previous && (
          <Text size={200} className={styles.change}>
            <ChangeIcon diff={favorable.count - previous.favorable.count} />
            {t('UI_FROM_PREVIOUS', {
              change: changeText(favorable.count, previous.favorable.count, t),
              year: previous.year,
              count: previous.favorable.count,
              percent: previous.favorable.percent.toFixed(1),
            })}
          </Text>
        )}
        <Text size={200} className={styles.scope}>
          {t('UI_SUMMARY_SCOPE', { projects: totals.projects, items: totals.items })}
        </Text>
      </div>
      <table className={styles.table}>
        <caption className={styles.caption}>{t('UI_SUMMARY_TABLE')}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.th}>
              {t('UI_COLUMN_GRADE')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t('UI_COLUMN_ITEMS')}
            </th>
            <th scope="col" className={mergeClasses(styles.th, styles.num)}>
              {t('UI_COLUMN_SHARE')}
            </th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label) => {
            const name = labelName(props.policy, label, language);
            return (
              <tr key={label}>
                <th scope="row" className={mergeClasses(styles.td, styles.rowHeader)}>
                  {label}
                  {name ? ` ${name}` : ''}
                </th>
                <td className={mergeClasses(styles.td, styles.num)}>{totals.counts[label]}</td>
                <td className={mergeClasses(styles.td, styles.num)}>{percent(totals.percents[label] ?? 0)}</td>
              </tr>
            );
          })}
          <tr className={styles.totalRow}>
            <th scope="row" className={mergeClasses(styles.td, styles.rowHeader)}>
              {t('UI_TOTAL')}
            </th>
            <td className={mergeClasses(styles.td, styles.num)}>{totals.items}</td>
            <td className={mergeClasses(styles.td, styles.num)}>{percent(100)}</td>
          </tr>
        </tbody>
      </table>
      <Button
        className={styles.open}
        size="small"
        appearance="secondary"
        icon={<Open16Regular />}
        onClick={() => props.onOpenSheet(sheetName)}
      >
        {t('UI_OPEN_SHEET', { sheet: sheetName })}
      </Button>
    </ResultSection>
  );
}
