import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, useState } from 'react';
import { useText } from '../hooks/use-text';

const useStyles = makeStyles({
  ask: { alignSelf: 'flex-start' },
  confirm: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    backgroundColor: tokens.colorStatusWarningBackground1,
  },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

/**
 * A button for something that discards what people typed (上書きして評価, 変更を破棄して元に戻す),
 * asked inline (a modal dialog is cramped in a 320 px pane): the question and its two answers
 * appear in place, focus goes to the safe answer, and Escape cancels.
 */
export function ConfirmButton(props: {
  label: string;
  title: string;
  body: string;
  confirm: string;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const { t } = useText();
  const styles = useStyles();
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    // back to the button that asked, once it is rendered again
    setTimeout(() => askRef.current?.focus(), 0);
  };
  if (!asking) {
    return (
      <Button
        ref={askRef}
        className={styles.ask}
        size="small"
        appearance="secondary"
        disabledFocusable={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </Button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby={questionId}
      aria-describedby={`${questionId}-body`}
      className={styles.confirm}
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <Text id={questionId} weight="semibold">
        {props.title}
      </Text>
      <Text id={`${questionId}-body`} size={200}>
        {props.body}
      </Text>
      <div className={styles.actions}>
        <Button
          size="small"
          appearance="primary"
          onClick={() => {
            setAsking(false);
            props.onConfirm();
          }}
        >
          {props.confirm}
        </Button>
        <Button ref={cancelRef} size="small" appearance="secondary" onClick={cancel}>
          {t('UI_CANCEL')}
        </Button>
      </div>
    </div>
  );
}
