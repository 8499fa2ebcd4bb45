import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readXlsx, XlsxFileError } from '../adapters/xlsx';
import { fileProblemMessage } from '../core/messages/file-messages';
import type { WorkbookGrid } from '../core/workbook/cell-grid';
import { CliError } from './cli-error';

export interface LoadedWorkbook {
  path: string;
  bytes: Uint8Array;
  grid: WorkbookGrid;
}

export function loadWorkbook(path: string): LoadedWorkbook {
  const name = basename(path);
  if (!existsSync(path)) throw new CliError({ ja: `ファイル ${path} が見つかりません。`, en: `File not found: ${path}` });
  if (statSync(path).isDirectory())
    throw new CliError({
      ja: `${path} はフォルダです。.xlsx ファイルを指定してください。`,
      en: `${path} is a folder; give an .xlsx file.`,
    });
  const bytes = new Uint8Array(readFileSync(path));
  try {
    const grid = readXlsx(bytes);
    if (grid.sheets.every((s) => s.values.length === 0)) {
      throw new CliError(fileProblemMessage('empty', name));
    }
    return { path, bytes, grid };
  } catch (e) {
    if (e instanceof XlsxFileError) throw new CliError(fileProblemMessage(e.kind, name));
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
