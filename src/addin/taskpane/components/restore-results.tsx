import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { ArrowUndo16Regular } from '@fluentui/react-icons';
import { message } from '../../../core/messages/catalogue';
import { sheetConflictText } from '../../../core/restore/plan-restore';
import { restoredText } from '../../../use-cases/restore-workbook';
import type { RestoreResult } from '../../../use-cases/workbook-session';
import { formatAsShown } from '../format-cell';
import { useText } from '../hooks/use-text';
import { ConfirmButton } from './confirm-button';
import { ResultSection } from './result-section';
import { RowButton } from './row-button';
import { ShowMoreList } from './show-more-list';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  icon: { flexShrink: 0, marginTop: '1px', color: tokens.colorStatusWarningForeground1 },
  body: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  address: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground2 },
});

type Go = (target: { sheet: string; row?: number; col?: number }) => void;

/**
 * After 元に戻す: what was put back, or the places changed since the run that stopped it, each a
 * button to its cell, with 変更を破棄して元に戻す to restore over them.
 */
export function RestoreResults(props: { result: RestoreResult; busy: boolean; onGo: Go; onOverwrite: () => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const { result } = props;
  return (
    <ResultSection title={t('UI_RESTORE_HEADING')} testId="restore-results">
      {result.restored ? (
        <>
          <Text weight="semibold">{restoredText(result)[language]}</Text>
          <Text>{t('UI_RESTORE_REMAINING', { n: result.remaining })}</Text>
        </>
      ) : (
        <div className={styles.group} data-testid="restore-conflicts">
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              {message('RESTORE_CONFLICTS', { count: result.conflicts.length })[language]} {t('UI_RESTORE_CONFLICTS_HINT')}
            </MessageBarBody>
          </MessageBar>
          <ShowMoreList
            items={result.conflicts}
            initial={10}
            render={(c) => {
              // Both values as Excel shows them in that cell (110.0% for a rate), not as stored.
              const values = {
                written: formatAsShown(c.written ?? null, c.numberFormat ?? null, t),
                now: formatAsShown(c.now ?? null, c.numberFormat ?? null, t),
              };
              const label =
                c.kind === 'cell' ? t('UI_RESTORE_CONFLICT_LABEL', { address: c.address, ...values }) : sheetConflictText(c)[language];
              const shown = c.kind === 'cell' ? t('UI_RESTORE_CONFLICT_CHANGE', values) : sheetConflictText(c)[language];
              return (
                <RowButton label={label} onActivate={() => props.onGo({ sheet: c.sheet, row: c.row, col: c.col })}>
                  <ArrowUndo16Regular className={styles.icon} aria-hidden />
                  <span className={styles.body}>
                    <span className={styles.address}>{c.address}</span>
                    <span className={styles.detail}>{shown}</span>
                  </span>
                </RowButton>
              );
            }}
          />
          <ConfirmButton
            label={t('UI_RESTORE_OVERWRITE')}
            title={t('UI_RESTORE_OVERWRITE_TITLE')}
            body={t('UI_RESTORE_OVERWRITE_BODY', { n: result.conflicts.length })}
            confirm={t('UI_RESTORE_OVERWRITE')}
            disabled={props.busy}
            onConfirm={props.onOverwrite}
          />
        </div>
      )}
    </ResultSection>
  );
}
