import { makeStyles, mergeClasses, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import type { GradingPolicy } from '../../../core/model';
import type { TrendResult } from '../../../use-cases/workbook-session';
import { useText } from '../hooks/use-text';
import { OpenSheetAction, ResultSection } from './result-section';
import { TableHead, useTableStyles } from './result-table';

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  strong: { fontWeight: tokens.fontWeightSemibold },
});

/** "+2.5" / "-1.0": a change in percentage points, with its sign. */
const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

/**
 * After 推移: the years shown with their 比較的順調 share and its change, the sentences the sheet
 * prints, the years left out for want of results, and a way to the sheet, or why none was written.
 */
export function TrendResults(props: { result: TrendResult; policy: GradingPolicy; onOpenSheet: (sheet: string) => void }) {
  const { t } = useText();
  const styles = useStyles();
  const table = useTableStyles();
  const { trend, sheetName, yearErrors } = props.result;
  const { years } = trend;
  const first = years[0];
  const last = years[years.length - 1];
  const labels = props.policy.favorable.join('+');
  return (
    <ResultSection title={t('UI_TREND_HEADING')} testId="trend-results">
      {sheetName === null && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {yearErrors.length > 0
              ? `${t('COMMAND_TREND_STOPPED', { n: yearErrors.length })} ${t('UI_TREND_STOPPED_HINT')}`
              : t('TREND_NO_YEARS')}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* figures that rest on errors are not shown */}
      {years.length > 0 && yearErrors.length === 0 && (
        <table className={table.table}>
          <TableHead
            caption={t('UI_TREND_TABLE')}
            columns={[t('TREND_YEAR'), t('TREND_PROJECTS'), t('TREND_FAVORABLE_COUNT', { labels }), t('TREND_FROM_PREVIOUS')]}
          />
          <tbody>
            {years.map((y) => (
              <tr key={y.year}>
                <th scope="row" className={mergeClasses(table.td, table.rowHeader)}>
                  {t('UI_YEAR_OPTION', { year: y.year })}
                </th>
                <td className={mergeClasses(table.td, table.num)}>{y.projects}</td>
                <td className={mergeClasses(table.td, table.num)}>
                  {t('UI_FAVORABLE_VALUE', { count: y.favorable.count, percent: y.favorable.percent.toFixed(1) })}
                </td>
                <td className={mergeClasses(table.td, table.num)}>{signed(y.changeFromPrevious)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {yearErrors.length === 0 && (
        <div className={styles.lines} data-testid="trend-notes">
          {first && last && first !== last && (
            <>
              <Text>{t('TREND_PROJECTS_CHANGE', { from: first.year, to: last.year, before: first.projects, after: last.projects })}</Text>
              <Text className={styles.strong}>
                {t('TREND_FAVORABLE_CHANGE', {
                  from: first.year,
                  to: last.year,
                  before: first.favorable.percent,
                  after: last.favorable.percent,
                  points: last.changeFromFirst ?? 0,
                })}
              </Text>
            </>
          )}
          {trend.withoutResults.length > 0 && <Text>{t('TREND_WITHOUT_RESULTS', { years: trend.withoutResults })}</Text>}
        </div>
      )}
      <OpenSheetAction sheet={sheetName} onOpen={props.onOpenSheet} />
    </ResultSection>
  );
}
