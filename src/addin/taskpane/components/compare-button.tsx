import { Button, makeStyles, Tooltip } from '@fluentui/react-components';
import { DocumentArrowLeft20Regular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { PickedFile } from '../../../use-cases/workbook-session';
import { useText } from '../hooks/use-text';

const useStyles = makeStyles({ button: { alignSelf: 'flex-start' }, input: { display: 'none' } });

/**
 * 前の登録簿と比べる…: picks an .xlsx file (the earlier register) and hands its bytes on; the open
 * workbook is the new register. The file is read in the pane, never sent anywhere.
 */
export function CompareButton(props: { busy: boolean; onPick: (file: PickedFile) => void }) {
  const { t } = useText();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Tooltip content={t('UI_COMPARE_HINT')} relationship="description" withArrow>
        <Button
          className={styles.button}
          appearance="subtle"
          icon={<DocumentArrowLeft20Regular />}
          disabledFocusable={props.busy}
          onClick={() => input.current?.click()}
        >
          {t('UI_COMPARE')}
        </Button>
      </Tooltip>
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="compare-file"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) props.onPick({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        }}
      />
    </>
  );
}
