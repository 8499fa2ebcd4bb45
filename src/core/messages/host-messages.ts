import { entry, type Entry, type Param } from './entry';

/**
 * Why Excel refused a request, by its error code (part of the one catalogue in catalogue.ts).
 * Microsoft says an error's message text is not meant for end users, so only the code is used.
 */
export const hostMessages = {
  HOST_ERROR_CELL_EDIT: {
    ja: () => 'セルを編集中です。Enter キーまたは Esc キーで編集を終えてから、もう一度お試しください。',
    en: () => 'A cell is being edited. Press Enter or Esc to finish, then try again.',
  },
  HOST_ERROR_ACCESS_DENIED: {
    ja: () => 'Excel が書き込みを拒否しました（シートやブックの保護、または読み取り専用で開いている可能性があります）。',
    en: () => 'Excel refused to write (the sheet or workbook may be protected, or the file opened read-only).',
  },
  HOST_ERROR_INACTIVE_WORKBOOK: {
    ja: () => 'このブックが前面にありません。ブックのウィンドウを選んでから、もう一度お試しください。',
    en: () => 'This workbook is not the active one. Select its window, then try again.',
  },
  HOST_ERROR_UNDO_GROUP: {
    ja: () =>
      'Excel がこの処理を［元に戻す］（Ctrl+Z）1 回分にまとめられませんでした。何も書き込まれていない場合は、もう一度お試しください。',
    en: () => 'Excel could not make this run a single undo step. If nothing was written, try again.',
  },
  HOST_ERROR_PAYLOAD: {
    ja: () => '一度に送るデータが Excel の上限を超えました。対象の行を減らすか、デスクトップ版の Excel でお試しください。',
    en: () => "The data sent at once exceeded Excel's limit. Work on fewer rows, or try Excel on the desktop.",
  },
  HOST_ERROR_SHEET_GONE: {
    ja: () => 'シートが見つかりません。読み込んだ後に名前が変わったか、削除された可能性があります。もう一度実行してください。',
    en: () => 'A sheet could not be found: it may have been renamed or deleted after the workbook was read. Run it again.',
  },
  HOST_ERROR_UNKNOWN: entry<{ code: Param }>({
    ja: (p) => `予期しないエラーが起きました（エラーコード: ${p.code}）。`,
    en: (p) => `An unexpected error occurred (error code: ${p.code}).`,
  }),
  HOST_ERROR_PARTIAL: entry<{ reason: Param }>({
    ja: (p) =>
      `${p.reason} 書き込みの途中で止まったため、一部のセルだけが変わっている可能性があります。［実行前に戻す］で書き込み前の状態に戻せます。`,
    en: (p) => `${p.reason} The write stopped part-way, so some cells may have changed. Restore brings back what was there before.`,
  }),
  HOST_TOO_MANY_CELLS: entry<{ cells: Param; limit: Param }>({
    ja: (p) =>
      `読み込むセルが多すぎます（${p.cells} セル、上限 ${p.limit} セル）。表のないシートや使っていない行・列を削除してから実行してください。`,
    en: (p) =>
      `Too many cells to read (${p.cells}, limit ${p.limit}). Delete sheets without tables and unused rows or columns, then run it again.`,
  }),
  HOST_SHEETS_PROTECTED: entry<{ sheets: Param }>({
    ja: (p) =>
      `シート「${p.sheets}」が保護されているため、何も書き込んでいません。［校閲］の［シート保護の解除］をしてから、もう一度実行してください。`,
    en: (p) => `Sheet "${p.sheets}" is protected, so nothing was written. Unprotect it (Review > Unprotect Sheet), then run it again.`,
  }),
  HOST_WORKBOOK_PROTECTED: entry<{ sheets: Param }>({
    ja: (p) =>
      `ブックの構成が保護されているため、シート「${p.sheets}」を追加・削除・非表示にできず、何も書き込んでいません。［校閲］の［ブックの保護］を解除してから、もう一度実行してください。`,
    en: (p) =>
      `The workbook's structure is protected, so sheet "${p.sheets}" cannot be added, deleted or hidden, and nothing was written. Unprotect the workbook (Review > Protect Workbook), then run it again.`,
  }),
} satisfies Record<string, Entry<never>>;
