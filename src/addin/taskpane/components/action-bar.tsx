import { Button, makeStyles, mergeClasses, Tooltip, tokens } from '@fluentui/react-components';
import {
  ArrowTrending20Regular,
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
  // A fixed grid, two a row, 実行前に戻す alone on the last: the buttons stay where they are whatever the pane's width or language.
  bar: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  button: { minWidth: 0, width: '100%', paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  wide: { gridColumn: '1 / -1' },
});

const ACTIONS: Array<{ kind: ActionKind; label: MessageCode; hint: MessageCode; icon: ReactElement }> = [
  { kind: 'validate', label: 'UI_VALIDATE', hint: 'UI_VALIDATE_HINT', icon: <ClipboardTaskListLtr20Regular /> },
  { kind: 'grade', label: 'UI_GRADE', hint: 'UI_GRADE_HINT', icon: <TextGrammarCheckmark20Regular /> },
  { kind: 'summarise', label: 'UI_SUMMARY', hint: 'UI_SUMMARY_HINT', icon: <DataBarVertical20Regular /> },
  { kind: 'trend', label: 'UI_TREND', hint: 'UI_TREND_HINT', icon: <ArrowTrending20Regular /> },
  { kind: 'restore', label: 'UI_RESTORE', hint: 'UI_RESTORE_HINT', icon: <ArrowUndo20Regular /> },
];

/**
 * 検証 / 評価 / 集計 / 推移 / 実行前に戻す. While one runs all of them stay focusable but inert (aria-disabled), so keyboard
 * focus is not thrown back to the top of the pane.
 */
export function ActionBar(props: {
  busy: ActionKind | null;
  /** The next step, drawn as the primary button: 検証 until the workbook has been validated, then 評価. */
  primary: ActionKind;
  onRun: (kind: ActionKind) => void;
}) {
  const { t } = useText();
  const styles = useStyles();
  return (
    <div className={styles.bar} role="group" aria-label={t('UI_ACTIONS')}>
      {ACTIONS.map((a) => (
        <Tooltip key={a.kind} content={t(a.hint)} relationship="description" withArrow>
          <Button
            className={mergeClasses(styles.button, a.kind === 'restore' && styles.wide)}
            appearance={a.kind === props.primary ? 'primary' : 'secondary'}
            data-next-step={a.kind === props.primary || undefined}
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
