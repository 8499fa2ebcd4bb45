import { fiscalYearJa } from '../values/parse-fiscal-year';
import { entry, type Entry, type Param } from './entry';

const plural = (n: string | number | undefined, one: string, many: string) => (Number(n) === 1 ? `${n} ${one}` : `${n} ${many}`);

/** The task pane's words (part of the one catalogue in catalogue.ts). */
export const uiMessages = {
  UI_TITLE: { ja: () => '進捗評価', en: () => 'Progress evaluation' },
  UI_SUBTITLE: { ja: () => '成果指標の検証・評価・集計', en: () => 'Validate, grade and summarise outcome indicators' },

  // Actions
  UI_ACTIONS: { ja: () => '操作', en: () => 'Actions' },
  UI_VALIDATE: { ja: () => '検証', en: () => 'Validate' },
  UI_GRADE: { ja: () => '評価', en: () => 'Grade' },
  UI_SUMMARY: { ja: () => '集計', en: () => 'Summary' },
  UI_FIRST_RUN_HINT: {
    ja: () => 'はじめに［検証］で表の読み取りと入力を確かめ、問題がなければ［評価］、続いて［集計］へ進みます。',
    en: () => 'Start with Validate to check how the tables read; then Grade, then Summary.',
  },
  UI_HELP_LINK: { ja: () => '使い方', en: () => 'Help' },
  UI_VALIDATE_HINT: { ja: () => '入力内容を確認します（ブックは変更しません）', en: () => 'Checks the sheets (changes nothing)' },
  UI_GRADE_HINT: { ja: () => '進捗評価と達成率を書き込みます', en: () => 'Writes grades and achievement rates' },
  UI_TREND: { ja: () => '推移', en: () => 'Trend' },
  UI_TREND_HINT: {
    ja: () => '「進捗評価の推移」シートを作成します（ブックにあるすべての年度）',
    en: () => 'Builds the 進捗評価の推移 sheet (every year in the workbook)',
  },
  UI_TREND_HEADING: { ja: () => '進捗評価の推移', en: () => 'Grades over the years' },
  UI_TREND_TABLE: { ja: () => '年度ごとの比較的順調', en: () => 'Relatively on track by year' },
  UI_SUMMARY_HINT: { ja: () => '「評価集計」シートを作成します', en: () => 'Builds the 評価集計 summary sheet' },
  // Not 元に戻す: that is Excel's own Undo (Ctrl+Z) in Japanese, a different thing.
  UI_RESTORE: { ja: () => '実行前に戻す', en: () => 'Restore' },
  UI_RESTORE_HINT: {
    ja: () =>
      '直前の［評価］または［集計］で書き換えたセルとシートを、ブックに保存された記録から書き込み前の値・数式・表示形式に戻します。Excel の［元に戻す］（Ctrl+Z）とは別の機能で、保存して開き直した後も使えます',
    en: () =>
      "Undoes the last Grade or Summary from the record saved in the workbook: values, formulas and formats come back. Separate from Excel's Undo (Ctrl+Z); works after saving and reopening",
  },
  UI_RUNNING_VALIDATE: { ja: () => '検証しています…', en: () => 'Validating…' },
  UI_RUNNING_GRADE: { ja: () => '評価しています…', en: () => 'Grading…' },
  UI_RUNNING_BOXES: { ja: () => '事業別評価を作成しています…', en: () => 'Building the per-project sheet…' },
  UI_RUNNING_TREND: { ja: () => '推移を作成しています…', en: () => 'Building the trend…' },
  UI_RUNNING_SUMMARY: { ja: () => '集計しています…', en: () => 'Summarising…' },
  UI_RUNNING_RESTORE: { ja: () => '元に戻しています…', en: () => 'Restoring…' },

  // Settings
  UI_SETTINGS: { ja: () => '設定', en: () => 'Settings' },
  UI_SETTINGS_SUMMARY: entry<{ year: Param; previous: Param; policy: Param }>({
    ja: (p) => `${p.year}・${p.previous}・${p.policy}`,
    en: (p) => `${p.year} · ${p.previous} · ${p.policy}`,
  }),
  UI_SETTINGS_TOGGLE: entry<{ summary: Param }>({
    ja: (p) => `設定: ${p.summary}（選択すると変更できます）`,
    en: (p) => `Settings: ${p.summary} (select to change)`,
  }),
  UI_COMPARE_AUTO: { ja: () => '前年度と比較', en: () => 'compared with the year before' },
  UI_COMPARE_WITH: entry<{ year: number }>({ ja: (p) => `${fiscalYearJa(p.year)}と比較`, en: (p) => `compared with FY${p.year}` }),
  UI_YEAR: { ja: () => '年度', en: () => 'Fiscal year' },
  UI_YEAR_LATEST: { ja: () => '最新（実績のある年度）', en: () => 'Latest (with actuals)' },
  UI_YEAR_OPTION: entry<{ year: number }>({
    ja: (p) => fiscalYearJa(p.year),
    en: (p) => `FY${p.year}`,
  }),
  UI_YEAR_HINT: { ja: () => '検証すると、ブックにある年度から選べます。', en: () => 'Validate to choose from the years in the workbook.' },
  UI_PREVIOUS: { ja: () => '比較する年度', en: () => 'Compare with' },
  UI_PREVIOUS_AUTO: { ja: () => '前年度（自動）', en: () => 'The year before (auto)' },
  UI_PREVIOUS_NONE: { ja: () => '比較しない', en: () => 'No comparison' },
  UI_POLICY: { ja: () => '評価基準', en: () => 'Grading scale' },
  UI_POLICY_DEFAULT: entry<{ name: Param }>({ ja: (p) => `${p.name}（既定）`, en: (p) => `${p.name} (default)` }),
  UI_POLICY_BASIS_TARGET: { ja: () => '達成率 = 実績値 ÷ 年度目標値', en: () => 'Rate = actual ÷ the year’s target' },
  UI_POLICY_BASIS_BASELINE: {
    ja: () => '達成率 = (実績値 − 現状値) ÷ (目標値 − 現状値)',
    en: () => 'Rate = (actual − baseline) ÷ (target − baseline)',
  },
  UI_POLICY_FAVORABLE: entry<{ labels: Param }>({ ja: (p) => `比較的順調 = ${p.labels}`, en: (p) => `Relatively on track = ${p.labels}` }),

  // Errors
  UI_ERROR_TITLE: { ja: () => '処理できませんでした', en: () => 'Could not finish' },
  UI_DISMISS: { ja: () => '閉じる', en: () => 'Dismiss' },
  UI_OFFICE_UNAVAILABLE_TITLE: { ja: () => 'Excel とつながっていません', en: () => 'Not connected to Excel' },
  UI_OFFICE_NOT_LOADED: {
    ja: () =>
      'Office の部品（office.js）を Microsoft の配信元（appsforoffice.microsoft.com）から読み込めませんでした。LGWAN 接続端末など閉じたネットワークでは、この配信元への接続を許可するよう情報システム担当にご相談ください。許可された後、作業ウィンドウを開き直してください。',
    en: () =>
      "Office's script (office.js) could not be loaded from Microsoft's CDN (appsforoffice.microsoft.com). On a closed network, ask your IT staff to allow it, then reopen the pane.",
  },
  UI_OFFICE_NO_HOST: {
    ja: () =>
      'Excel からの応答がありません。このページは Excel の［ホーム］タブの［進捗評価］から開いてください。Excel の中で開いている場合は、作業ウィンドウを閉じて開き直してください。',
    en: () =>
      'Excel does not answer. Open this page from the Progress evaluation button on the Home tab; if it is open in Excel, close and reopen the pane.',
  },

  // Validation result
  UI_VALIDATION_HEADING: { ja: () => '検証結果', en: () => 'Validation' },
  UI_VALIDATION_COUNTS: entry<{ errors: Param; warnings: Param }>({
    ja: (p) => `エラー ${p.errors}件 / 警告 ${p.warnings}件`,
    en: (p) => `${plural(p.errors, 'error', 'errors')} / ${plural(p.warnings, 'warning', 'warnings')}`,
  }),
  UI_VALIDATION_CLEAN: { ja: () => '問題は見つかりませんでした。', en: () => 'No problems found.' },
  UI_VALIDATION_GROUPS: { ja: () => 'シート別の検証結果', en: () => 'Problems by sheet' },
  UI_SEVERITY_ERROR: { ja: () => 'エラー', en: () => 'Error' },
  UI_SEVERITY_WARNING: { ja: () => '警告', en: () => 'Warning' },
  UI_WORKBOOK_WIDE: { ja: () => 'ブック全体', en: () => 'Whole workbook' },
  UI_CHECK_COUNT: entry<{ n: Param }>({ ja: (p) => `${p.n}件`, en: (p) => plural(p.n, 'issue', 'issues') }),
  UI_ISSUE_LABEL: entry<{ severity: Param; address: Param; message: Param }>({
    ja: (p) => `${p.severity} ${p.address}: ${p.message}（選択するとセルへ移動）`,
    en: (p) => `${p.severity} at ${p.address}: ${p.message} (select to go to the cell)`,
  }),
  UI_SAME_ISSUE_CELLS: entry<{ n: Param }>({ ja: (p) => `同じ内容 ${p.n}件:`, en: (p) => `${p.n} cells:` }),
  UI_ISSUE_CELL_LABEL: entry<{ severity: Param; address: Param }>({
    ja: (p) => `${p.severity} ${p.address}（選択するとセルへ移動）`,
    en: (p) => `${p.severity} at ${p.address} (select to go to the cell)`,
  }),
  UI_SHOW_MORE: entry<{ n: Param }>({ ja: (p) => `さらに ${p.n}件を表示`, en: (p) => `Show ${p.n} more` }),

  // Grade result
  UI_GRADE_HEADING: entry<{ year: number }>({ ja: (p) => `${fiscalYearJa(p.year)}の評価`, en: (p) => `FY${p.year} grading` }),
  UI_GRADE_COUNTS: entry<{ changed: Param; skipped: Param }>({
    ja: (p) => `更新 ${p.changed}セル / 上書きしなかったセル ${p.skipped}`,
    en: (p) => `${plural(p.changed, 'cell', 'cells')} updated / ${p.skipped} kept`,
  }),
  UI_GRADE_NOTHING: { ja: () => '書き換えが必要なセルはありませんでした。', en: () => 'No cell needed a change.' },
  UI_CHANGED_HEADING: entry<{ n: Param }>({ ja: (p) => `評価した指標 ${p.n}件`, en: (p) => `Graded indicators: ${p.n}` }),
  UI_NOT_GRADED_HEADING: entry<{ n: Param; label: Param }>({
    ja: (p) => `「${p.label}」とした指標 ${p.n}件`,
    en: (p) => `Indicators marked "${p.label}": ${p.n}`,
  }),
  UI_NOT_GRADED_REASONS: entry<{ reasons: Param }>({ ja: (p) => `（${p.reasons}）`, en: (p) => `(${p.reasons})` }),
  UI_OTHER_CHANGES_HEADING: { ja: () => 'その他の更新', en: () => 'Other updates' },
  UI_REASON_COUNT: entry<{ reason: Param; n: Param }>({ ja: (p) => `${p.reason} ${p.n}`, en: (p) => `${p.reason} ${p.n}` }),
  UI_PROJECT_LINE: entry<{ owner: Param; name: Param }>({ ja: (p) => `${p.owner} ${p.name}`, en: (p) => `${p.owner} ${p.name}` }),
  OWNER_PROJECT: entry<{ no: number }>({ ja: (p) => `No.${p.no}`, en: (p) => `No.${p.no}` }),
  OWNER_ROLE: entry<{ no: number }>({ ja: (p) => `役割${p.no}`, en: (p) => `Role ${p.no}` }),
  UI_CELL_WAS: entry<{ address: Param; before: Param }>({ ja: (p) => `${p.address} ${p.before}`, en: (p) => `${p.address} ${p.before}` }),
  UI_LIST_SEPARATOR: { ja: () => '、', en: () => ', ' },
  UI_INDICATOR_BEFORE: entry<{ cells: Param }>({ ja: (p) => `${p.cells} から更新`, en: (p) => `updated from ${p.cells}` }),
  UI_INDICATOR_KEPT: entry<{ cells: Param }>({
    ja: (p) => `${p.cells} は入力済みのため上書きしていません`,
    en: (p) => `${p.cells} kept as typed`,
  }),
  UI_INDICATOR_LABEL: entry<{ project: Param; indicator: Param; result: Param; before: Param }>({
    ja: (p) => `${p.project} ${p.indicator}: ${p.result}（${p.before}）（選択するとセルへ移動）`,
    en: (p) => `${p.project} ${p.indicator}: ${p.result} (${p.before}) (select to go to the cell)`,
  }),
  UI_KEPT_HEADING: { ja: () => '上書きしなかったセル', en: () => 'Cells kept as they are' },
  UI_KEPT_EXPLAIN: entry<{ n: Param }>({
    ja: (p) => `${p.n}セルは入力済みの値または数式が計算結果と異なるため、そのままにしました。`,
    en: (p) => `${plural(p.n, 'cell holds', 'cells hold')} a typed value or a formula that differs from the computed result; left as is.`,
  }),
  UI_KIND_GRADE: { ja: () => '進捗評価', en: () => 'Grade' },
  UI_KIND_RATE: { ja: () => '達成率', en: () => 'Rate' },
  UI_KIND_BUDGET_TOTAL: { ja: () => '事業費の計', en: () => 'Budget total' },
  UI_KIND_HEADER: { ja: () => '見出し', en: () => 'Header' },
  UI_REASON_ENTERED: { ja: () => '入力済み', en: () => 'typed value' },
  UI_REASON_FORMULA: entry<{ formula: Param }>({ ja: (p) => `数式 ${p.formula}`, en: (p) => `formula ${p.formula}` }),
  UI_BLANK: { ja: () => '（空欄）', en: () => '(blank)' },
  UI_COMPUTED: entry<{ value: Param }>({ ja: (p) => `計算結果 ${p.value}`, en: (p) => `computed ${p.value}` }),
  UI_CHANGE_LABEL: entry<{ address: Param; kind: Param; before: Param; after: Param }>({
    ja: (p) => `${p.address} ${p.kind}: ${p.before} から ${p.after} に更新（選択するとセルへ移動）`,
    en: (p) => `${p.address} ${p.kind}: ${p.before} changed to ${p.after} (select to go to the cell)`,
  }),
  UI_KEPT_LABEL: entry<{ address: Param; kind: Param; before: Param; reason: Param; after: Param }>({
    ja: (p) => `${p.address} ${p.kind}: ${p.before} のまま（${p.reason}、計算結果 ${p.after}）（選択するとセルへ移動）`,
    en: (p) => `${p.address} ${p.kind}: kept ${p.before} (${p.reason}; computed ${p.after}) (select to go to the cell)`,
  }),
  UI_OVERWRITE: { ja: () => '上書きして評価', en: () => 'Grade and overwrite' },
  UI_OVERWRITE_TITLE: { ja: () => '入力済みのセルを上書きしますか？', en: () => 'Overwrite the kept cells?' },
  UI_OVERWRITE_BODY: entry<{ n: Param }>({
    ja: (p) => `${p.n}セルの入力済みの値・数式を、計算した評価と達成率で置き換えます。`,
    en: (p) => `The typed values and formulas of ${plural(p.n, 'cell', 'cells')} will be replaced by the computed grades and rates.`,
  }),
  UI_OVERWRITE_CONFIRM: { ja: () => '上書きする', en: () => 'Overwrite' },
  UI_CANCEL: { ja: () => 'キャンセル', en: () => 'Cancel' },

  UI_RESTORE_AVAILABLE: {
    ja: () => '書き込み前の内容は［実行前に戻す］で戻せます（保存して開き直した後も）。',
    en: () => 'Restore puts back what was there before, also after saving and reopening.',
  },

  // Restore result
  UI_RESTORE_HEADING: { ja: () => '実行前に戻す', en: () => 'Restore' },
  UI_RESTORE_REMAINING: entry<{ n: Param }>({
    ja: (p) => (Number(p.n) > 0 ? `さらに ${p.n} 回前の書き込みまで元に戻せます。` : 'これより前に元に戻せる書き込みはありません。'),
    en: (p) =>
      Number(p.n) > 0 ? `${plural(p.n, 'earlier run', 'earlier runs')} can still be restored.` : 'No earlier run left to restore.',
  }),
  UI_RESTORE_CONFLICT_LABEL: entry<{ address: Param; written: Param; now: Param }>({
    ja: (p) => `${p.address}: 書き込み後に ${p.written} から ${p.now} に変更（選択するとセルへ移動）`,
    en: (p) => `${p.address}: changed from ${p.written} to ${p.now} after the tool wrote it (select to go to the cell)`,
  }),
  UI_RESTORE_CONFLICT_CHANGE: entry<{ written: Param; now: Param }>({
    ja: (p) => `${p.written} → ${p.now}`,
    en: (p) => `${p.written} → ${p.now}`,
  }),
  UI_RESTORE_CONFLICTS_HINT: {
    ja: () => '下の一覧で変更を確かめてから、［変更を破棄して元に戻す］で元に戻せます。',
    en: () => 'Check the changes below, then choose Discard the changes and restore.',
  },
  UI_RESTORE_OVERWRITE: { ja: () => '変更を破棄して元に戻す', en: () => 'Discard the changes and restore' },
  UI_RESTORE_OVERWRITE_TITLE: { ja: () => '書き込み後の変更を破棄しますか？', en: () => 'Discard the later changes?' },
  UI_RESTORE_OVERWRITE_BODY: entry<{ n: Param }>({
    ja: (p) => `${p.n}か所で書き込み後に入力された内容が、書き込み前の状態に戻ります。`,
    en: (p) => `What was typed in ${plural(p.n, 'place', 'places')} after Shinchoku wrote there will be replaced by what was there before.`,
  }),

  // Summary result
  UI_SUMMARY_HEADING: entry<{ year: number }>({ ja: (p) => `${fiscalYearJa(p.year)}の集計`, en: (p) => `FY${p.year} summary` }),
  UI_FAVORABLE: entry<{ labels: Param }>({ ja: (p) => `比較的順調（${p.labels}）`, en: (p) => `Relatively on track (${p.labels})` }),
  UI_FAVORABLE_VALUE: entry<{ count: Param; percent: Param }>({
    ja: (p) => `${p.count}項目 ${p.percent}%`,
    en: (p) => `${plural(p.count, 'item', 'items')} ${p.percent}%`,
  }),
  UI_SUMMARY_SCOPE: entry<{ projects: Param; items: Param }>({
    ja: (p) => `${p.projects}事業・${p.items}項目`,
    en: (p) => `${p.projects} projects, ${p.items} items`,
  }),
  UI_FROM_PREVIOUS: entry<{ change: Param; year: Param; count: Param; percent: Param }>({
    ja: (p) => `${p.change}（前年度 ${p.year}年度: ${p.count}項目 ${p.percent}%）`,
    en: (p) => `${p.change} (FY${p.year}: ${plural(p.count, 'item', 'items')} ${p.percent}%)`,
  }),
  UI_SUMMARY_TABLE: { ja: () => '評価ごとの項目数', en: () => 'Items by grade' },
  UI_COLUMN_GRADE: { ja: () => '評価', en: () => 'Grade' },
  UI_COLUMN_ITEMS: { ja: () => '項目数', en: () => 'Items' },
  UI_COLUMN_SHARE: { ja: () => '割合', en: () => 'Share' },
  UI_TOTAL: { ja: () => '計', en: () => 'Total' },
  UI_GRADE_ERRORS_HINT: {
    ja: () => 'エラーの内容とセルは下の検証結果にあります。直してから、もう一度［評価］を押してください。',
    en: () => 'The errors and their cells are listed under Validation below; fix them, then choose Grade again.',
  },
  UI_SUMMARY_STOPPED_TITLE: { ja: () => '集計シートを作成していません', en: () => 'No summary sheet was built' },
  UI_TREND_STOPPED_HINT: {
    ja: () => '下の検証結果のセルを直してから、もう一度［推移］を押してください。',
    en: () => 'Fix the cells listed under Validation below, then choose Trend again.',
  },
  UI_SUMMARY_STOPPED_HINT: {
    ja: () => '下の検証結果のセルを直してから、もう一度［集計］を押してください。',
    en: () => 'Fix the cells listed under Validation below, then choose Summary again.',
  },
  UI_SUMMARY_DRAFT: entry<{ n: number }>({
    ja: (p) => `暫定版: 検証エラー ${p.n}件を含むデータから集計しました。シートのタイトルに「暫定」とエラー件数を入れています。`,
    en: (p) => `Draft: summarised over ${p.n} validation errors. The sheet's title says 暫定 (draft) with their number.`,
  }),
  UI_DRAFT: { ja: () => '暫定版として集計', en: () => 'Build a draft' },
  UI_DRAFT_TITLE: { ja: () => '暫定版の集計シートを作成しますか？', en: () => 'Build a draft summary sheet?' },
  UI_DRAFT_BODY: entry<{ n: number }>({
    ja: (p) =>
      `検証エラー ${p.n}件を含むまま集計します。エラーのある項目は「-」として数えます。シートのタイトルに「暫定」とエラー件数が入ります。`,
    en: (p) => `The ${p.n} validation errors stay in: their items count as "-". The sheet's title says 暫定 (draft) with their number.`,
  }),
  UI_DRAFT_CONFIRM: { ja: () => '暫定版を作成', en: () => 'Build the draft' },
  UI_BOXES: { ja: () => '事業別評価シートを作成', en: () => 'Build the per-project sheet' },
  UI_OPEN_SHEET: entry<{ sheet: Param }>({ ja: (p) => `「${p.sheet}」シートを表示`, en: (p) => `Show the ${p.sheet} sheet` }),
} satisfies Record<string, Entry<never>>;
