import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowRight12Regular, LockClosed16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { CellChange, SkippedChange } from '../../../use-cases/plan-cell-writes';
import type { IndicatorChanges } from '../../../use-cases/group-grade-changes';
import type { GradeResult } from '../../../use-cases/workbook-session';
import { ownerText } from '../../../core/sheets/read-indicators';
import { formatCellValue, kindLabel } from '../format-cell';
import { useText, type Translate } from '../hooks/use-text';
import { ConfirmButton } from './confirm-button';
import { ResultSection } from './result-section';
import { RowButton } from './row-button';
import { ShowMoreList } from './show-more-list';

const useStyles = makeStyles({
  counts: { fontWeight: tokens.fontWeightSemibold },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, fontWeight: tokens.fontWeightSemibold },
  icon: { flexShrink: 0, marginTop: '1px', color: tokens.colorNeutralForeground3 },
  kept: { flexShrink: 0, marginTop: '1px', color: tokens.colorStatusWarningForeground1 },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  head: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'baseline', flexWrap: 'wrap' },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  kind: { color: tokens.colorNeutralForeground3 },
  values: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, flexWrap: 'wrap', overflowWrap: 'anywhere' },
  before: { color: tokens.colorNeutralForeground2 },
  after: { fontWeight: tokens.fontWeightSemibold },
  reason: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  project: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  indicator: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  was: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  foldedHeader: { fontWeight: tokens.fontWeightSemibold, textAlign: 'start' },
  foldedReasons: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  panel: { marginLeft: 0, marginRight: 0 },
});

type Go = (target: { sheet: string; row?: number; col?: number }) => void;

function ChangeRow(props: { change: CellChange; onGo: Go }) {
  const { t } = useText();
  const styles = useStyles();
  const c = props.change;
  const kind = kindLabel(c.kind, t);
  const before = formatCellValue(c.before, c.kind, t);
  const after = formatCellValue(c.value, c.kind, t);
  return (
    <RowButton
      label={t('UI_CHANGE_LABEL', { address: c.address, kind, before, after })}
      onActivate={() => props.onGo({ sheet: c.sheet, row: c.row, col: c.col })}
    >
      <Edit16Regular className={styles.icon} aria-hidden />
      <span className={styles.body}>
        <CellHead address={c.address} kind={kind} />
        <span className={styles.values}>
          <span className={styles.before}>{before}</span>
          <ArrowRight12Regular aria-hidden />
          <span className={styles.after}>{after}</span>
        </span>
      </span>
    </RowButton>
  );
}

/** "No.3 観光振興事業" / the indicator / "B · 86.5%", then where it was written and what the cells held. */
function IndicatorRow(props: { group: IndicatorChanges; onGo: Go }) {
  const { t, language } = useText();
  const styles = useStyles();
  const g = props.group;
  const first = g.changed[0] ?? g.skipped[0];
  const result = g.graded ? [g.label, formatCellValue(g.rate, 'rate', t)].join(' · ') : `${g.label}（${g.reasonText[language]}）`;
  const project = t('UI_PROJECT_LINE', { owner: ownerText(g)[language], name: g.projectName ?? '' }).trim();
  const cellsWere = (cells: readonly CellChange[]) =>
    cells.map((c) => t('UI_CELL_WAS', { address: c.address, before: formatCellValue(c.before, c.kind, t) })).join(t('UI_LIST_SEPARATOR'));
  // the cells written, and any of the row kept as typed (its grade cell may still say otherwise)
  const before = [
    ...(g.changed.length > 0 ? [t('UI_INDICATOR_BEFORE', { cells: cellsWere(g.changed) })] : []),
    ...(g.skipped.length > 0 ? [t('UI_INDICATOR_KEPT', { cells: cellsWere(g.skipped) })] : []),
  ].join(t('UI_LIST_SEPARATOR'));
  return (
    <RowButton
      label={t('UI_INDICATOR_LABEL', { project, indicator: g.indicator, result, before })}
      onActivate={first ? () => props.onGo({ sheet: first.sheet, row: first.row, col: first.col }) : undefined}
    >
      <Edit16Regular className={styles.icon} aria-hidden />
      <span className={styles.body}>
        <span className={styles.project}>{project}</span>
        <span className={styles.indicator}>{g.indicator}</span>
        <span className={styles.after}>{result}</span>
        {before && <span className={styles.was}>{before}</span>}
      </span>
    </RowButton>
  );
}

/** "実績値未入力 44・年度の目標値なし 3": why the "-" indicators are "-", most common first. */
function reasonCounts(groups: readonly IndicatorChanges[], t: Translate, language: 'ja' | 'en'): string {
  const counts = new Map<string, number>();
  for (const g of groups) counts.set(g.reasonText[language], (counts.get(g.reasonText[language]) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => t('UI_REASON_COUNT', { reason, n }))
    .join(' · ');
}

/** The "-" indicators folded into one line with their reasons; opened, the same rows as the grades. */
function NotGradedList(props: { groups: IndicatorChanges[]; onGo: Go }) {
  const { t, language } = useText();
  const styles = useStyles();
  const label = props.groups[0].label;
  return (
    <Accordion collapsible data-testid="not-graded">
      <AccordionItem value="not-graded">
        <AccordionHeader as="h3">
          <span className={styles.foldedHeader}>
            {t('UI_NOT_GRADED_HEADING', { n: props.groups.length, label })}{' '}
            <span className={styles.foldedReasons}>{t('UI_NOT_GRADED_REASONS', { reasons: reasonCounts(props.groups, t, language) })}</span>
          </span>
        </AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <ShowMoreList items={props.groups} initial={10} render={(g) => <IndicatorRow group={g} onGo={props.onGo} />} />
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

/** The cell address and what the cell holds (評価 / 達成率 / 計), shared by changed and kept rows. */
function CellHead(props: { address: string; kind: string }) {
  const styles = useStyles();
  return (
    <span className={styles.head}>
      <span className={styles.address}>{props.address}</span>
      <span className={styles.kind}>{props.kind}</span>
    </span>
  );
}

function KeptRow(props: { change: SkippedChange; of: IndicatorChanges | undefined; onGo: Go }) {
  const { t, language } = useText();
  const styles = useStyles();
  const c = props.change;
  const kind = kindLabel(c.kind, t);
  const before = formatCellValue(c.before, c.kind, t);
  const after = formatCellValue(c.value, c.kind, t);
  const reason = c.reason === 'formula' && c.beforeFormula ? t('UI_REASON_FORMULA', { formula: c.beforeFormula }) : t('UI_REASON_ENTERED');
  const indicator = props.of && t('UI_PROJECT_LINE', { owner: ownerText(props.of)[language], name: props.of.indicator });
  return (
    <RowButton
      label={t('UI_KEPT_LABEL', { address: indicator ? `${indicator} ${c.address}` : c.address, kind, before, after, reason })}
      onActivate={() => props.onGo({ sheet: c.sheet, row: c.row, col: c.col })}
    >
      <LockClosed16Regular className={styles.kept} aria-hidden />
      <span className={styles.body}>
        {indicator && <span className={styles.project}>{indicator}</span>}
        <CellHead address={c.address} kind={kind} />
        <span className={styles.values}>
          <span className={styles.after}>{before}</span>
          <span className={styles.before}>({t('UI_COMPUTED', { value: after })})</span>
        </span>
        <span className={styles.reason}>{reason}</span>
      </span>
    </RowButton>
  );
}

/**
 * After 評価: the indicators graded (grade and rate together, with the cells they were written to),
 * the "-" ones folded into a count by reason, other cells updated, and the cells kept because someone
 * typed a different value or a formula there, with 上書きして評価 to replace them.
 */
export function GradeResults(props: { result: GradeResult; busy: boolean; onGo: Go; onOverwrite: () => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const keptId = useId();
  const changedId = useId();
  const otherId = useId();
  const { result } = props;
  // Indicators whose cells changed; one kept as typed is listed under 上書きしなかったセル instead.
  const written = result.byIndicator.indicators.filter((g) => g.changed.length > 0);
  const graded = written.filter((g) => g.graded);
  const notGraded = written.filter((g) => !g.graded);
  const { other } = result.byIndicator;
  const keptOf = new Map(result.byIndicator.indicators.flatMap((g) => g.skipped.map((c) => [c, g] as const)));
  return (
    <ResultSection title={t('UI_GRADE_HEADING', { year: result.year })} testId="grade-results">
      {result.yearErrors.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="grade-errors">
          <MessageBarBody>
            {t('COMMAND_GRADE_ERRORS_LEFT', { n: result.yearErrors.length })} {t('UI_GRADE_ERRORS_HINT')}
          </MessageBarBody>
        </MessageBar>
      )}
      {result.notes.map((note) => (
        // a column put into the staff's sheet moved the columns right of it: said, never done silently
        <MessageBar key={note.en} intent="info" layout="multiline" data-testid="column-note">
          <MessageBarBody>{note[language]}</MessageBarBody>
        </MessageBar>
      ))}
      <Text className={styles.counts}>{t('UI_GRADE_COUNTS', { changed: result.changed.length, skipped: result.skipped.length })}</Text>
      {result.changed.length === 0 && result.skipped.length === 0 && <Text>{t('UI_GRADE_NOTHING')}</Text>}
      {result.changed.length > 0 && <Text size={200}>{t('UI_RESTORE_AVAILABLE')}</Text>}
      {result.skipped.length > 0 && (
        <div className={styles.group} role="group" aria-labelledby={keptId} data-testid="kept-cells">
          <h3 id={keptId} className={styles.subheading}>
            {t('UI_KEPT_HEADING')}
          </h3>
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('UI_KEPT_EXPLAIN', { n: result.skipped.length })}</MessageBarBody>
          </MessageBar>
          <ShowMoreList items={result.skipped} initial={10} render={(c) => <KeptRow change={c} of={keptOf.get(c)} onGo={props.onGo} />} />
          <ConfirmButton
            label={t('UI_OVERWRITE')}
            title={t('UI_OVERWRITE_TITLE')}
            body={t('UI_OVERWRITE_BODY', { n: result.skipped.length })}
            confirm={t('UI_OVERWRITE_CONFIRM')}
            disabled={props.busy}
            onConfirm={props.onOverwrite}
          />
        </div>
      )}
      {graded.length > 0 && (
        <div className={styles.group} role="group" aria-labelledby={changedId} data-testid="changed-cells">
          <h3 id={changedId} className={styles.subheading}>
            {t('UI_CHANGED_HEADING', { n: graded.length })}
          </h3>
          <ShowMoreList items={graded} initial={10} render={(g) => <IndicatorRow group={g} onGo={props.onGo} />} />
        </div>
      )}
      {notGraded.length > 0 && <NotGradedList groups={notGraded} onGo={props.onGo} />}
      {other.changed.length > 0 && (
        <div className={styles.group} role="group" aria-labelledby={otherId} data-testid="other-changes">
          <h3 id={otherId} className={styles.subheading}>
            {t('UI_OTHER_CHANGES_HEADING')}
          </h3>
          <ShowMoreList items={other.changed} initial={10} render={(c) => <ChangeRow change={c} onGo={props.onGo} />} />
        </div>
      )}
    </ResultSection>
  );
}
