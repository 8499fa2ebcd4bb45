import { entry, sentence, type Entry, type LocalizedText, type Param } from './entry';

/**
 * Why a workbook file cannot be opened, for the command line and the playground alike. `name` is
 * the file's name as the person chose it. Beside the catalogue in catalogue.ts, not in it: the
 * add-in opens no files.
 */
export const fileMessages = {
  FILE_NOT_XLSX: entry<{ name: Param }>({
    ja: (p) => `${p.name} は Excel ブック（.xlsx）ではありません。`,
    en: (p) => `${p.name} is not an Excel workbook (.xlsx).`,
  }),
  FILE_ENCRYPTED: entry<{ name: Param }>({
    ja: (p) => `${p.name} はパスワードで保護されています。Excel でパスワードを解除して保存し直してから実行してください。`,
    en: (p) => `${p.name} is password-protected. Remove the password in Excel, save, and try again.`,
  }),
  FILE_LEGACY_XLS: entry<{ name: Param }>({
    ja: (p) => `${p.name} は古い形式（.xls）です。Excel で「.xlsx」形式で保存し直してください。`,
    en: (p) => `${p.name} is in the old .xls format. Save it as .xlsx in Excel.`,
  }),
  FILE_OPENDOCUMENT: entry<{ name: Param }>({
    ja: (p) =>
      `${p.name} は OpenDocument 形式（LibreOffice などの .ods）で、Excel ブックではありません。Excel か LibreOffice で開き、「Excel ブック（.xlsx）」として保存してから使ってください。`,
    en: (p) =>
      `${p.name} is an OpenDocument spreadsheet (.ods), not an Excel workbook. Open it and save it as an Excel workbook (.xlsx) first.`,
  }),
  FILE_CORRUPT: entry<{ name: Param }>({
    ja: (p) => `${p.name} は壊れているか、途中までしか保存されていません。`,
    en: (p) => `${p.name} is damaged or incomplete.`,
  }),
  FILE_TOO_LARGE: entry<{ name: Param }>({
    ja: (p) => `${p.name} はセル数が多すぎます（上限 5,000,000 セル）。不要なシートを除いてから実行してください。`,
    en: (p) => `${p.name} has too many cells (limit 5,000,000). Remove sheets that are not needed.`,
  }),
  FILE_EMPTY: entry<{ name: Param }>({ ja: (p) => `${p.name} のシートはすべて空です。`, en: (p) => `Every sheet of ${p.name} is empty.` }),
} satisfies Record<string, Entry<never>>;

/** The .xlsx adapter's XlsxFileError kinds (and the readers' own "every sheet is empty") → their sentence. */
export const FILE_PROBLEM_MESSAGES = {
  'not-xlsx': 'FILE_NOT_XLSX',
  opendocument: 'FILE_OPENDOCUMENT',
  encrypted: 'FILE_ENCRYPTED',
  'legacy-xls': 'FILE_LEGACY_XLS',
  corrupt: 'FILE_CORRUPT',
  'too-large': 'FILE_TOO_LARGE',
  empty: 'FILE_EMPTY',
} as const satisfies Record<string, keyof typeof fileMessages>;

export type FileProblem = keyof typeof FILE_PROBLEM_MESSAGES;

/** The sentence for a workbook file that cannot be opened (an XlsxFileError's kind, or "empty"). */
export function fileProblemMessage(problem: FileProblem, name: string): LocalizedText {
  return sentence(fileMessages, FILE_PROBLEM_MESSAGES[problem], { name });
}
