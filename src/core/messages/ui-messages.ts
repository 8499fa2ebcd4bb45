import type { Entry } from './entry';

/** The task pane's words (part of the one catalogue in catalogue.ts). */
export const uiMessages = {
  UI_TITLE: { ja: () => '進捗評価', en: () => 'Progress evaluation' },
} satisfies Record<string, Entry>;
