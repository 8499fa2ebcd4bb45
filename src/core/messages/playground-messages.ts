import type { Language } from './language';
import { message, type MessageArgs, type MessageCode } from './catalogue';
import { entry, type Entry, type EntryParams, type Param, type ParamArgs } from './entry';

/**
 * The playground page's own words around the task pane. Kept beside the one catalogue in
 * catalogue.ts rather than in it, so the add-in's bundles do not carry them.
 */
export const playgroundMessages = {
  PG_TITLE: { ja: () => '進捗評価 プレイグラウンド', en: () => 'Shinchoku playground' },
  PG_TOOLBAR: { ja: () => 'ブックの操作と表示', en: () => 'Workbook and display' },
  PG_OPEN: { ja: () => 'ブックを開く', en: () => 'Open workbook' },
  PG_OPEN_INPUT: { ja: () => '開く .xlsx ファイル', en: () => '.xlsx file to open' },
  PG_DOWNLOAD: { ja: () => 'ダウンロード', en: () => 'Download' },
  PG_LANGUAGE: { ja: () => '言語', en: () => 'Language' },
  PG_DARK: { ja: () => 'ダークテーマ', en: () => 'Dark theme' },
  PG_OPENING: entry<{ name: Param }>({ ja: (p) => `${p.name} を開いています…`, en: (p) => `Opening ${p.name}…` }),
  PG_OPEN_FAILED: { ja: () => 'ブックを開けませんでした', en: () => 'Could not open the workbook' },
  PG_SHEETS: { ja: () => 'シート', en: () => 'Sheets' },
  PG_PANE: { ja: () => '作業ウィンドウ', en: () => 'Task pane' },
  PG_CELL: { ja: () => 'セル', en: () => 'Cell' },
  PG_EMPTY_SHEET: { ja: () => 'このシートは空です。', en: () => 'This sheet is empty.' },
  PG_ROWS_SHOWN: entry<{ total: Param; shown: Param }>({
    ja: (p) => `${p.total}行のうち ${p.shown}行を表示`,
    en: (p) => `Showing ${p.shown} of ${p.total} rows`,
  }),
  PG_SHOW_MORE_ROWS: entry<{ n: Param }>({ ja: (p) => `さらに ${p.n}行を表示`, en: (p) => `Show ${p.n} more rows` }),
  PG_COLUMNS_CUT: entry<{ shown: Param; n: Param }>({
    ja: (p) => `${p.shown}列目より右の ${p.n}列は表示していません。`,
    en: (p) => `${p.n} columns right of column ${p.shown} are not shown.`,
  }),
  PG_NOTE: {
    ja: () => 'ブックはこのブラウザーの中だけで処理され、どこにも送信されません。',
    en: () => 'The workbook is processed in this browser only and sent nowhere.',
  },
} satisfies Record<string, Entry<never>>;

export type PlaygroundMessageCode = keyof typeof playgroundMessages;
type PlaygroundArgs<C> = C extends PlaygroundMessageCode
  ? ParamArgs<EntryParams<(typeof playgroundMessages)[C]>>
  : C extends MessageCode
    ? MessageArgs<C>
    : never;
export type PlaygroundTranslate = <C extends PlaygroundMessageCode | MessageCode>(code: C, ...params: PlaygroundArgs<C>) => string;

/** A translator for the playground: its own words, then the catalogue's. */
export function playgroundTranslate(language: Language): PlaygroundTranslate {
  return (code, ...params) => {
    const own = (playgroundMessages as Record<string, Entry<unknown>>)[code];
    if (own) return own[language](params[0]);
    return (message as (c: MessageCode, p: unknown) => { ja: string; en: string })(code as MessageCode, params[0])[language];
  };
}
