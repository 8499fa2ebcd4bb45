import { createFocusOutlineStyle, makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  row: {
    // Fluent draws the keyboard focus ring as an ::after box around the nearest positioned element: this row, not the page.
    position: 'relative',
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    ...shorthands.borderWidth('0'),
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    // Fluent's body size: the messages are what the clerk reads.
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: 'start',
  },
  interactive: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
});

/**
 * One row of a result list. With `onActivate` it is a real <button> (Tab, Enter and Space work, the
 * label is what a screen reader says); without, plain text.
 */
export function RowButton(props: { label: string; onActivate?: () => void; children: ReactNode }) {
  const styles = useStyles();
  if (!props.onActivate) {
    return <div className={styles.row}>{props.children}</div>;
  }
  return (
    <button
      type="button"
      className={mergeClasses(styles.row, styles.interactive, styles.focus)}
      aria-label={props.label}
      onClick={props.onActivate}
    >
      {props.children}
    </button>
  );
}
