import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ArrowRight12Regular, LockClosed16Regular, Edit16Regular } from '@fluentui/react-icons';
import { useId } from 'react';
import type { CellChange, SkippedChange } from '../../../use-cases/plan-cell-writes';
import type { GradeResult } from '../../../use-cases/workbook-session';
import { formatCellValue, kindLabel } from '../format-cell';
import { useText } from '../hooks/use-text';
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
});

type Go = (target: { sheet: string; row?: number; col?: number }) => void;

function ChangeRow(props: { change: CellChange; onGo: Go }) {
  const { t } = useText();
  const styles = useStyles();
  const c = props.change;
  const kind = kindLabel(c.kind, t);
  const before = formatCellValue(c.before, c.kind, t);
  const after = formatCellValue(c.after, c.kind, t);
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

function KeptRow(props: { change: SkippedChange; onGo: Go }) {
  const { t } = useText();
  const styles = useStyles();
  const c = props.change;
  const kind = kindLabel(c.kind, t);
  const before = formatCellValue(c.before, c.kind, t);
  const after = formatCellValue(c.after, c.kind, t);
  const reason = c.reason === 'formula' && c.beforeFormula ? t('UI_REASON_FORMULA', { formula: c.beforeFormula }) : t('UI_REASON_ENTERED');
  return (
    <RowButton
      label={t('UI_KEPT_LABEL', { address: c.address, kind, before, after, reason })}
      onActivate={() => props.onGo({ sheet: c.sheet, row: c.row, col: c.col })}
    >
      <LockClosed16Regular className={styles.kept} aria-hidden />
      <span className={styles.body}>
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
 * After 評価: the cells written (address, old → new) and the cells kept because someone typed a
 * different value or a formula there, with 上書きして評価 to replace them.
 */
export function GradeResults(props: { result: GradeResult; busy: boolean; onGo: Go; onOverwrite: () => void }) {
  const { t } = useText();
  const styles = useStyles();
  const keptId = useId();
  const changedId = useId();
  const { result } = props;
  return (
    <ResultSection title={t('UI_GRADE_HEADING', { year: result.year })} testId="grade-results">
      {result.yearErrors.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="grade-errors">
          <MessageBarBody>
            {t('COMMAND_GRADE_ERRORS_LEFT', { n: result.yearErrors.length })} {t('UI_GRADE_ERRORS_HINT')}
          </MessageBarBody>
        </MessageBar>
      )}
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
          <ShowMoreList items={result.skipped} initial={10} render={(c) => <KeptRow change={c} onGo={props.onGo} />} />
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
      {result.changed.length > 0 && (
        <div className={styles.group} role="group" aria-labelledby={changedId} data-testid="changed-cells">
          <h3 id={changedId} className={styles.subheading}>
            {t('UI_CHANGED_HEADING')}
          </h3>
          <ShowMoreList items={result.changed} initial={10} render={(c) => <ChangeRow change={c} onGo={props.onGo} />} />
        </div>
      )}
    </ResultSection>
  );
}
