import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readXlsx, XlsxFileError } from '../adapters/xlsx';
import type { WorkbookGrid } from '../core/workbook/cell-grid';
import { CliError } from './cli-error';

export interface LoadedWorkbook {
  path: string;
  bytes: Uint8Array;
  grid: WorkbookGrid;
}

const FILE_ERRORS: Record<XlsxFileError['kind'], (name: string) => { ja: string; en: string }> = {
  'not-xlsx': (n) => ({ ja: `${n} は Excel ブック（.xlsx）ではありません。`, en: `${n} is not an Excel workbook (.xlsx).` }),
  encrypted: (n) => ({
    ja: `${n} はパスワードで保護されています。Excel でパスワードを解除して保存し直してから実行してください。`,
    en: `${n} is password-protected. Remove the password in Excel, save, and try again.`,
  }),
  'legacy-xls': (n) => ({
    ja: `${n} は古い形式（.xls）です。Excel で「.xlsx」形式で保存し直してください。`,
    en: `${n} is in the old .xls format. Save it as .xlsx in Excel.`,
  }),
  corrupt: (n) => ({ ja: `${n} は壊れているか、途中までしか保存されていません。`, en: `${n} is damaged or incomplete.` }),
  'too-large': (n) => ({
    ja: `${n} はセル数が多すぎます（上限 5,000,000 セル）。不要なシートを除いてから実行してください。`,
    en: `${n} has too many cells (limit 5,000,000). Remove sheets that are not needed.`,
  }),
};

export function loadWorkbook(path: string): LoadedWorkbook {
  const name = basename(path);
  if (!existsSync(path)) throw new CliError({ ja: `ファイル ${path} が見つかりません。`, en: `File not found: ${path}` });
  if (statSync(path).isDirectory()) throw new CliError({ ja: `${path} はフォルダです。.xlsx ファイルを指定してください。`, en: `${path} is a folder; give an .xlsx file.` });
  const bytes = new Uint8Array(readFileSync(path));
  try {
    const grid = readXlsx(bytes);
    if (grid.sheets.every((s) => s.values.length === 0)) {
      throw new CliError({ ja: `${name} のシートはすべて空です。`, en: `Every sheet of ${name} is empty.` });
    }
    return { path, bytes, grid };
  } catch (e) {
    if (e instanceof XlsxFileError) throw new CliError(FILE_ERRORS[e.kind](name));
    throw e;
  }
}

/** BOOK.xlsx → BOOK.graded.xlsx beside it. */
export function defaultOutput(input: string, suffix: string): string {
  const ext = extname(input);
  return join(dirname(input), `${basename(input, ext)}.${suffix}${ext || '.xlsx'}`);
}

/** Writes an output workbook; never the input itself. */
export function saveWorkbook(path: string, bytes: Uint8Array, input?: string): void {
  if (input && existsSync(path) && realpathSync(path) === realpathSync(input)) {
    throw new CliError({
      ja: `出力先 ${path} が入力ファイルと同じです。入力は変更しません。別の -o を指定してください。`,
      en: `Output ${path} is the input file; the input is never modified. Choose another -o.`,
    });
  }
  writeFileSync(resolve(path), bytes);
}
