import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import { useText } from '../hooks/use-text';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  more: { alignSelf: 'flex-start', marginTop: tokens.spacingVerticalXS },
});

/** A list that renders its first `initial` items and more on request, so a 50,000-row workbook stays responsive. */
export function ShowMoreList<T>(props: {
  items: readonly T[];
  initial?: number;
  step?: number;
  label?: string;
  render: (item: T, index: number) => ReactNode;
}) {
  const { t } = useText();
  const styles = useStyles();
  const step = props.step ?? 100;
  const [shown, setShown] = useState(props.initial ?? 20);
  const visible = props.items.slice(0, shown);
  const rest = props.items.length - visible.length;
  return (
    <>
      <ul className={styles.list} aria-label={props.label}>
        {visible.map((item, i) => (
          <li key={i}>{props.render(item, i)}</li>
        ))}
      </ul>
      {rest > 0 && (
        <Button className={styles.more} size="small" appearance="subtle" onClick={() => setShown((n) => n + step)}>
          {t('UI_SHOW_MORE', { n: Math.min(rest, step) })}
        </Button>
      )}
    </>
  );
}
