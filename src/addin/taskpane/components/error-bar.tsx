import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';

/**
 * A failure (an action's UsageError sentence, a file or host error) until dismissed or the next run.
 * Its words come from the caller, so the pane and the playground's toolbar show it in their own language.
 */
export function ErrorBar(props: { title: string; text: string; dismissLabel: string; onDismiss: () => void; testId: string }) {
  return (
    <MessageBar intent="error" layout="multiline" data-testid={props.testId}>
      <MessageBarBody>
        <MessageBarTitle>{props.title}</MessageBarTitle>
        {props.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            aria-label={props.dismissLabel}
            icon={<Dismiss16Regular />}
            onClick={props.onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
