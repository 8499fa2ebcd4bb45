import { makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircle16Regular } from '@fluentui/react-icons';
import type { MessageCode } from '../../../core/messages/catalogue';
import type { ActionKind } from '../hooks/use-workbook-session';
import { useText } from '../hooks/use-text';

const RUNNING: Record<ActionKind, MessageCode> = {
  validate: 'UI_RUNNING_VALIDATE',
  grade: 'UI_RUNNING_GRADE',
  summarise: 'UI_RUNNING_SUMMARY',
  restore: 'UI_RUNNING_RESTORE',
};

const useStyles = makeStyles({
  region: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minHeight: '20px' },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0, color: tokens.colorStatusSuccessForeground1 },
});

/**
 * The live status line: "検証しています…" with an indeterminate bar while an action runs, then what
 * it did ("検証しました: エラー 0件 / 警告 3件"). One polite live region, always in the DOM.
 */
export function ProgressStatus(props: { busy: ActionKind | null; done: string | null }) {
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
            <CheckmarkCircle16Regular className={styles.icon} aria-hidden />
            {props.done}
          </Text>
        )
      )}
    </div>
  );
}
