import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Open16Regular } from '@fluentui/react-icons';
import { useId, type ReactElement, type ReactNode } from 'react';
import { useText } from '../hooks/use-text';

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

/** A titled card of results; its heading names the region for screen readers. */
export function ResultSection(props: { title: string; children: ReactNode; testId?: string }) {
  const styles = useStyles();
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id} data-testid={props.testId}>
      <h2 id={id} className={styles.heading}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}

const useButtonStyles = makeStyles({ action: { alignSelf: 'flex-start' } });

/** A small secondary button under a result: 「評価集計」シートを表示 and the like. */
export function ResultAction(props: { icon: ReactElement; disabled?: boolean; onClick: () => void; children: ReactNode }) {
  const styles = useButtonStyles();
  return (
    <Button
      className={styles.action}
      size="small"
      appearance="secondary"
      icon={props.icon}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </Button>
  );
}

/** 「「…」シートを表示」 under a result that wrote a sheet; nothing when none was written. */
export function OpenSheetAction(props: { sheet: string | null; onOpen: (sheet: string) => void }) {
  const { t } = useText();
  const { sheet } = props;
  if (sheet === null) return null;
  return (
    <ResultAction icon={<Open16Regular />} onClick={() => props.onOpen(sheet)}>
      {t('UI_OPEN_SHEET', { sheet })}
    </ResultAction>
  );
}
