import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { message } from '../../core/messages/catalogue';
import type { Language } from '../../core/messages/language';

/** Why the pane has no workbook: office.js did not load (a blocked CDN), or the page is open outside Office. */
export type OfficeUnavailableReason = 'not-loaded' | 'no-host';

/** The pane's one sentence when it cannot reach Excel, in place of a blank page. */
export function OfficeUnavailable(props: { reason: OfficeUnavailableReason; language: Language }) {
  const text = message(props.reason === 'not-loaded' ? 'UI_OFFICE_NOT_LOADED' : 'UI_OFFICE_NO_HOST')[props.language];
  return (
    <MessageBar intent="error" layout="multiline" role="alert" data-testid="office-unavailable">
      <MessageBarBody>
        <MessageBarTitle>{message('UI_OFFICE_UNAVAILABLE_TITLE')[props.language]}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
