import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular, Warning16Regular } from '@fluentui/react-icons';
import type { MessageCode } from '../../../core/messages/catalogue';
import type { ActionKind } from '../hooks/use-workbook-session';
import { useText } from '../hooks/use-text';

const RUNNING: Record<ActionKind, MessageCode> = {
  validate: 'UI_RUNNING_VALIDATE',
  grade: 'UI_RUNNING_GRADE',
  summarise: 'UI_RUNNING_SUMMARY',
  trend: 'UI_RUNNING_TREND',
  boxes: 'UI_RUNNING_BOXES',
  compare: 'UI_RUNNING_COMPARE',
  restore: 'UI_RUNNING_RESTORE',
};

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minHeight: '20px' },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0, color: tokens.colorStatusSuccessForeground1 },
  attention: { flexShrink: 0, color: tokens.colorStatusWarningForeground1 },
});

/**
 * The live status line: "検証しています…" with an indeterminate bar while an action runs, then what
 * it did ("検証しました: エラー 0件 / 警告 3件"): a check mark when it went through, a warning sign when
 * it needs a look (errors found, nothing written, a draft). One polite live region, always in the DOM.
 */
export function ProgressStatus(props: { busy: ActionKind | null; done: { text: string; attention: boolean } | null }) {
  const { t } = useText();
  const styles = useStyles();
  const running = props.busy ? t(RUNNING[props.busy]) : null;
  return (
    <div className={styles.region} role="status" aria-live="polite">
      {running !== null ? (
        <>
          <ProgressBar thickness="medium" aria-label={running} />
          <Text size={200} className={styles.line}>
            {running}
          </Text>
        </>
      ) : (
        props.done && (
          <Text size={200} className={styles.line}>
            {props.done.attention ? (
              <Warning16Regular className={styles.attention} aria-hidden data-testid="status-attention" />
            ) : (
              <CheckmarkCircle16Regular className={styles.icon} aria-hidden data-testid="status-done" />
            )}
            {props.done.text}
          </Text>
        )
      )}
    </div>
  );
}
