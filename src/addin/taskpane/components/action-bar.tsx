import { Button, makeStyles, Tooltip, tokens } from '@fluentui/react-components';
import {
  ArrowUndo20Regular,
  ClipboardTaskListLtr20Regular,
  DataBarVertical20Regular,
  TextGrammarCheckmark20Regular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { MessageCode } from '../../../core/messages/catalogue';
import type { ActionKind } from '../hooks/use-workbook-session';
import { useText } from '../hooks/use-text';

const useStyles = makeStyles({
  // Buttons keep their whole label: in a narrow pane (or with longer English labels) they wrap to a second row.
  bar: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  button: { flex: '1 1 auto', whiteSpace: 'nowrap', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

const ACTIONS: Array<{ kind: ActionKind; label: MessageCode; hint: MessageCode; icon: ReactElement }> = [
  { kind: 'validate', label: 'UI_VALIDATE', hint: 'UI_VALIDATE_HINT', icon: <ClipboardTaskListLtr20Regular /> },
  { kind: 'grade', label: 'UI_GRADE', hint: 'UI_GRADE_HINT', icon: <TextGrammarCheckmark20Regular /> },
  { kind: 'summarise', label: 'UI_SUMMARY', hint: 'UI_SUMMARY_HINT', icon: <DataBarVertical20Regular /> },
  { kind: 'restore', label: 'UI_RESTORE', hint: 'UI_RESTORE_HINT', icon: <ArrowUndo20Regular /> },
];

/**
 * 検証 / 評価 / 集計 / 元に戻す. While one runs all of them stay focusable but inert (aria-disabled), so keyboard
 * focus is not thrown back to the top of the pane.
 */
export function ActionBar(props: { busy: ActionKind | null; onRun: (kind: ActionKind) => void }) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t('UI_ACTIONS')}>
      {ACTIONS.map((a) => (
        <Tooltip key={a.kind} content={t(a.hint)} relationship="description" withArrow>
          <Button
            className={styles.button}
            appearance={a.kind === 'grade' ? 'primary' : 'secondary'}
            icon={a.icon}
            disabledFocusable={props.busy !== null}
            onClick={() => props.onRun(a.kind)}
          >
            {t(a.label)}
          </Button>
        </Tooltip>
      ))}
    </div>
  );
}
