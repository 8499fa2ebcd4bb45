import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  ArrowTrending16Regular,
  ArrowTrendingDown16Regular,
  Open16Regular,
  Subtract16Regular,
  Table16Regular,
} from '@fluentui/react-icons';
import type { GradingPolicy } from '../../../core/model';
import type { SummaryResult } from '../../../use-cases/workbook-session';
import type { Language } from '../../../core/messages/language';
import type { LocalizedText } from '../../../core/messages/catalogue';
import { roleIndicatorLines } from '../../../core/summary/role-indicator-lines';
import { townLines } from '../../../core/summary/town-lines';
import { dashReasonsText } from '../../../core/summary/dash-reasons';
import { favorableChange } from '../../../core/summary/favorable-change';
import { useText } from '../hooks/use-text';
import { ConfirmButton } from './confirm-button';
import { ResultAction, ResultSection } from './result-section';
import { TableHead, useTableStyles } from './result-table';

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
  notes: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** No sheet: the year's validation errors stopped it. Say so, point to them, and offer a draft after a question. */
function StoppedSummary(props: { result: SummaryResult; busy: boolean; onDraft: () => void }) {
  const { t } = useText();
  const { year } = props.result.summary;
  const n = props.result.yearErrors.length;
  return (
    <ResultSection title={t('UI_SUMMARY_HEADING', { year })} testId="summary-results">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{t('UI_SUMMARY_STOPPED_TITLE')}</MessageBarTitle>
          {t('COMMAND_SUMMARY_STOPPED', { year, n })} {t('UI_SUMMARY_STOPPED_HINT')}
        </MessageBarBody>
      </MessageBar>
      <ConfirmButton
        label={t('UI_DRAFT')}
        title={t('UI_DRAFT_TITLE')}
        body={t('UI_DRAFT_BODY', { n })}
        confirm={t('UI_DRAFT_CONFIRM')}
        disabled={props.busy}
        onConfirm={props.onDraft}
      />
    </ResultSection>
  );
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
export function SummaryResults(props: {
  result: SummaryResult;
  policy: GradingPolicy;
  busy: boolean;
  onOpenSheet: (sheet: string) => void;
  onDraft: () => void;
  /** 事業別評価 for the same year: the conference's box per project. */
  onBoxes: () => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const table = useTableStyles();
  const { summary, sheetName, yearErrors } = props.result;
  if (sheetName === null) return <StoppedSummary result={props.result} busy={props.busy} onDraft={props.onDraft} />;
  const { favorable, previous, totals } = summary;
  const dashes = dashReasonsText(totals.dashReasons, props.policy);
  const roleLines = roleIndicatorLines(summary);
  const towns = townLines(summary, props.policy);
  const labels = Object.keys(totals.counts);
  const favorableLabels = props.policy.favorable.filter((l) => labels.includes(l));
  const percent = (p: number) => `${p.toFixed(1)}%`;
  return (
    <ResultSection title={t('UI_SUMMARY_HEADING', { year: summary.year })} testId="summary-results">
      {yearErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('UI_SUMMARY_DRAFT', { n: yearErrors.length })}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.headline} data-testid="summary-headline">
        <Text className={styles.label}>{t('UI_FAVORABLE', { labels: favorableLabels.join('+') })}</Text>
        <Text className={styles.value}>{t('UI_FAVORABLE_VALUE', { count: favorable.count, percent: favorable.percent.toFixed(1) })}</Text>
        {previous && (
          <Text size={200} className={styles.change}>
            <ChangeIcon diff={favorable.count - previous.favorable.count} />
            {t('UI_FROM_PREVIOUS', {
              change: favorableChange(favorable.count, previous.favorable.count)[language],
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
      <table className={table.table}>
        <TableHead caption={t('UI_SUMMARY_TABLE')} columns={[t('UI_COLUMN_GRADE'), t('UI_COLUMN_ITEMS'), t('UI_COLUMN_SHARE')]} />
        <tbody>
          {labels.map((label) => {
            const name = labelName(props.policy, label, language);
            return (
              <tr key={label}>
                <th scope="row" className={mergeClasses(table.td, table.rowHeader)}>
                  {label}
                  {name ? ` ${name}` : ''}
                </th>
                <td className={mergeClasses(table.td, table.num)}>{totals.counts[label]}</td>
                <td className={mergeClasses(table.td, table.num)}>{percent(totals.percents[label] ?? 0)}</td>
              </tr>
            );
          })}
          <tr className={table.totalRow}>
            <th scope="row" className={mergeClasses(table.td, table.rowHeader)}>
              {t('UI_TOTAL')}
            </th>
            <td className={mergeClasses(table.td, table.num)}>{totals.items}</td>
            <td className={mergeClasses(table.td, table.num)}>{percent(100)}</td>
          </tr>
        </tbody>
      </table>
      {(summary.previousWithoutResults !== undefined || dashes || summary.typedGrades.length > 0) && (
        <ul className={styles.notes} data-testid="summary-notes">
          {summary.previousWithoutResults !== undefined && (
            <li>{t('SUMMARY_PREVIOUS_NO_RESULTS', { year: summary.previousWithoutResults })}</li>
          )}
          {dashes && <li>{dashes[language]}</li>}
          {summary.typedGrades.length > 0 && (
            <li>
              {t('SUMMARY_TYPED_GRADES', { n: summary.typedGrades.length })}
              <ul>
                {summary.typedGrades.map((g) => (
                  <li key={g.address}>
                    {t('SUMMARY_TYPED_GRADE', {
                      address: g.address,
                      no: g.projectNo,
                      indicator: g.indicator,
                      typed: g.typed,
                      computed: g.computed,
                    })}
                  </li>
                ))}
              </ul>
            </li>
          )}
        </ul>
      )}
      {/* 役割ごとの成果指標: their own list, never among the table's items */}
      <TitledLines lines={roleLines} testId="role-indicators" />
      <TitledLines lines={towns} testId="town-summary" />
      <ResultAction icon={<Open16Regular />} onClick={() => props.onOpenSheet(sheetName)}>
        {t('UI_OPEN_SHEET', { sheet: sheetName })}
      </ResultAction>
      <ResultAction icon={<Table16Regular />} disabled={props.busy} onClick={props.onBoxes}>
        {t('UI_BOXES')}
      </ResultAction>
    </ResultSection>
  );
}

/** A heading and its lines (the first line is the heading); nothing when there are none. */
function TitledLines(props: { lines: LocalizedText[]; testId: string }) {
  const { language } = useText();
  const styles = useStyles();
  if (props.lines.length === 0) return null;
  return (
    <div data-testid={props.testId}>
      <Text weight="semibold">{props.lines[0][language]}</Text>
      <ul className={styles.notes}>
        {props.lines.slice(1).map((line, i) => (
          <li key={i}>{line[language]}</li>
        ))}
      </ul>
    </div>
  );
}
