import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircle16Filled, ErrorCircle16Filled, Warning16Filled } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Severity, ValidationIssue } from '../../../core/model';
import type { ValidateResult } from '../../../use-cases/workbook-session';
import { groupIssues, issueTarget, type CheckGroup } from '../group-issues';
import { useText, type Translate } from '../hooks/use-text';
import { ResultSection } from './result-section';
import { RowButton } from './row-button';
import { ShowMoreList } from './show-more-list';

const useStyles = makeStyles({
  counts: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  clean: { color: tokens.colorStatusSuccessForeground1 },
  total: { fontWeight: tokens.fontWeightSemibold },
  sheetHeader: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  sheetName: { fontWeight: tokens.fontWeightSemibold },
  sheetCounts: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  check: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, marginBottom: tokens.spacingVerticalS },
  checkHeading: {
    display: 'flex',
    alignItems: 'baseline',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: { marginLeft: 0, marginRight: 0 },
  error: { flexShrink: 0, color: tokens.colorStatusDangerForeground1, marginTop: '1px' },
  warning: { flexShrink: 0, color: tokens.colorStatusWarningForeground1, marginTop: '1px' },
  rowText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  rowHead: { display: 'flex', columnGap: tokens.spacingHorizontalXS, alignItems: 'baseline' },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  severity: { color: tokens.colorNeutralForeground3 },
  message: { overflowWrap: 'anywhere' },
  sameRow: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  cells: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    marginTop: tokens.spacingVerticalXXS,
  },
  cellsCount: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalXS },
  cell: { minWidth: 0, fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightRegular },
});

/** Cell buttons drawn at first on a line of identical issues; the rest on request. */
const SAME_ISSUE_CELLS = 30;

function severityText(severity: Severity, t: Translate) {
  return severity === 'error' ? t('UI_SEVERITY_ERROR') : t('UI_SEVERITY_WARNING');
}

/** The severity as an icon and a word, so it never rests on colour alone. */
export function SeverityIcon(props: { severity: Severity }) {
  const styles = useStyles();
  return props.severity === 'error' ? (
    <ErrorCircle16Filled className={styles.error} aria-hidden />
  ) : (
    <Warning16Filled className={styles.warning} aria-hidden />
  );
}

function IssueRow(props: { issue: ValidationIssue; onGo: (target: { sheet: string; row?: number; col?: number }) => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const { issue } = props;
  const target = issueTarget(issue);
  const where = issue.cell ?? issue.sheet ?? t('UI_WORKBOOK_WIDE');
  const severity = severityText(issue.severity, t);
  const text = issue.message[language];
  return (
    <RowButton
      label={t('UI_ISSUE_LABEL', { severity, address: issue.address ?? where, message: text })}
      onActivate={target ? () => props.onGo(target) : undefined}
    >
      <SeverityIcon severity={issue.severity} />
      <span className={styles.rowText}>
        <span className={styles.rowHead}>
          <span className={styles.address}>{where}</span>
          <span className={styles.severity}>{severity}</span>
        </span>
        <span className={styles.message}>{text}</span>
      </span>
    </RowButton>
  );
}

/** Issues saying the same thing word for word: the sentence once, then a button per cell. */
function SameIssueRow(props: { issues: ValidationIssue[]; onGo: (target: { sheet: string; row?: number; col?: number }) => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const [shown, setShown] = useState(SAME_ISSUE_CELLS);
  const first = props.issues[0];
  const severity = severityText(first.severity, t);
  const rest = props.issues.length - shown;
  return (
    <div className={styles.sameRow}>
      <SeverityIcon severity={first.severity} />
      <span className={styles.rowText}>
        <span className={styles.message}>{first.message[language]}</span>
        <span className={styles.cells}>
          <span className={styles.cellsCount}>{t('UI_SAME_ISSUE_CELLS', { n: props.issues.length })}</span>
          {props.issues.slice(0, shown).map((issue, i) => {
            const target = issueTarget(issue);
            const where = issue.cell ?? issue.sheet ?? t('UI_WORKBOOK_WIDE');
            return (
              <Button
                key={i}
                className={styles.cell}
                size="small"
                appearance="subtle"
                aria-label={t('UI_ISSUE_CELL_LABEL', { severity, address: issue.address ?? where })}
                disabled={!target}
                onClick={() => target && props.onGo(target)}
              >
                {where}
              </Button>
            );
          })}
          {rest > 0 && (
            <Button size="small" appearance="transparent" onClick={() => setShown(props.issues.length)}>
              {t('UI_SHOW_MORE', { n: rest })}
            </Button>
          )}
        </span>
      </span>
    </div>
  );
}

function CheckList(props: { check: CheckGroup; onGo: (target: { sheet: string; row?: number; col?: number }) => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const id = useId();
  const { check } = props;
  return (
    <div className={styles.check} role="group" aria-labelledby={id} data-check={check.code}>
      {/* the check's code is for support calls and the docs: a tooltip, not part of the heading a clerk reads */}
      <h4 id={id} className={styles.checkHeading} title={check.code}>
        <span>{check.title[language]}</span>
        <span>· {t('UI_CHECK_COUNT', { n: check.issues.length })}</span>
      </h4>
      <ShowMoreList
        items={check.lines}
        render={(line) =>
          line.length === 1 ? <IssueRow issue={line[0]} onGo={props.onGo} /> : <SameIssueRow issues={line} onGo={props.onGo} />
        }
      />
    </div>
  );
}

/**
 * "エラー 0件 / 警告 3件", then the problems by sheet (a collapsible section each) and by check,
 * each a button that selects its cell in the workbook.
 */
export function ValidationResults(props: {
  result: ValidateResult;
  onGo: (target: { sheet: string; row?: number; col?: number }) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const { result } = props;
  const groups = groupIssues(result.issues);
  const key = (sheet: string | null) => sheet ?? '';
  return (
    <ResultSection title={t('UI_VALIDATION_HEADING')} testId="validation-results">
      <div className={styles.counts}>
        {result.errors > 0 ? (
          <SeverityIcon severity="error" />
        ) : result.warnings > 0 ? (
          <SeverityIcon severity="warning" />
        ) : (
          <CheckmarkCircle16Filled className={styles.clean} aria-hidden />
        )}
        <Text className={styles.total} data-testid="validation-counts">
          {t('UI_VALIDATION_COUNTS', { errors: result.errors, warnings: result.warnings })}
        </Text>
      </div>
      {result.plan && (
        // a project list alone: said, so a missed indicator table is not taken for a clean register
        <MessageBar intent="info" layout="multiline" data-testid="plan-register">
          <MessageBarBody>{result.plan[language]}</MessageBarBody>
        </MessageBar>
      )}
      {groups.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>{t('UI_VALIDATION_CLEAN')}</MessageBarBody>
        </MessageBar>
      ) : (
        <Accordion multiple collapsible defaultOpenItems={groups.map((g) => key(g.sheet))} aria-label={t('UI_VALIDATION_GROUPS')}>
          {groups.map((g) => (
            <AccordionItem key={key(g.sheet)} value={key(g.sheet)} data-sheet={key(g.sheet)}>
              <AccordionHeader as="h3" size="small">
                <span className={styles.sheetHeader}>
                  <span className={styles.sheetName}>{g.sheet ?? t('UI_WORKBOOK_WIDE')}</span>
                  <span className={styles.sheetCounts}>{t('UI_VALIDATION_COUNTS', { errors: g.errors, warnings: g.warnings })}</span>
                </span>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                {g.checks.map((c) => (
                  <CheckList key={`${c.severity}:${c.code}`} check={c} onGo={props.onGo} />
                ))}
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      )}
    </ResultSection>
  );
}
