import { existsSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { readXlsx, XlsxFileError } from '../adapters/xlsx';
import { cliMessage } from '../core/messages/cli-messages';
import { fileProblemMessage } from '../core/messages/file-messages';
import type { WorkbookGrid } from '../core/workbook/cell-grid';
import { CliError } from './cli-error';
import { readSharedFile } from './shared-file';
import { sheetsInWorker } from './sheets-in-worker';

/** A large workbook's sheets are read in two threads (see sheetsInWorker). */
const elsewhere = sheetsInWorker();

export interface WorkbookFile {
  path: string;
  bytes: Uint8Array;
  grid: WorkbookGrid;
}

export function openWorkbookFile(path: string): WorkbookFile {
  const name = basename(path);
  if (!existsSync(path)) throw new CliError(cliMessage('CLI_FILE_NOT_FOUND', { path }));
  if (statSync(path).isDirectory()) throw new CliError(cliMessage('CLI_FILE_IS_FOLDER', { path }));
  const bytes = readSharedFile(path);
  try {
    const grid = readXlsx(bytes, { elsewhere });
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
export function saveWorkbook(path: string, bytes: Uint8Array, input?: string | readonly string[]): void {
  saveOutput(path, bytes, input);
}

/** Writes an output file (a workbook, a CSV); never over the input workbook. */
export function saveOutput(path: string, content: Uint8Array | string, input?: string | readonly string[]): void {
  const inputs = typeof input === 'string' ? [input] : (input ?? []);
  if (existsSync(path) && inputs.some((i) => realpathSync(path) === realpathSync(i))) {
    throw new CliError(cliMessage('CLI_OUTPUT_IS_INPUT', { path }));
  }
  writeFileSync(resolve(path), content);
}
