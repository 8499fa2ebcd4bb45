import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useText } from '../hooks/use-text';

/** An action's failure (a UsageError's sentence, a file or host error), until dismissed or the next run. */
export function ErrorBar(props: { text: string; onDismiss: () => void }) {
  const { t } = useText();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody>
        <MessageBarTitle>{t('UI_ERROR_TITLE')}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={t('UI_DISMISS')}
            icon={<Dismiss16Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
