import { createContext, useCallback, useContext } from 'react';
import { message, type MessageArgs, type MessageCode } from '../../../core/messages/catalogue';
import type { Language } from '../../../core/messages/language';

export type Translate = <C extends MessageCode>(code: C, ...params: MessageArgs<C>) => string;

/** The pane's language, from Office's display language; every component reads its words through it. */
export const LanguageContext = createContext<Language>('ja');

/** `t('UI_VALIDATE')` → 検証 or Validate: every visible word comes from the one message catalogue. */
export function useText(): { t: Translate; language: Language } {
  const language = useContext(LanguageContext);
  const t = useCallback<Translate>((code, ...params) => message(code, ...params)[language], [language]);
  return { t, language };
}
