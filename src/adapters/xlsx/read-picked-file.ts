import { fileProblemMessage } from '../../core/messages/file-messages';
import type { LocalizedText } from '../../core/messages/entry';
import type { WorkbookGrid } from '../../core/workbook/cell-grid';
import { readXlsx } from './read-xlsx';
import { XlsxFileError } from './xlsx-file-error';

/** A picked file that is no readable workbook, said in the user's words with the file's name. */
export class PickedFileError extends Error {
  override readonly name = 'PickedFileError';

  constructor(
    readonly text: LocalizedText,
    options?: { cause?: unknown },
  ) {
    super(text.en, options);
  }
}

/**
 * An .xlsx file the user picked in the pane (an earlier register to compare with), read as the
 * command line reads one: a damaged, encrypted or non-.xlsx file is refused with why, by its name.
 */
export function readPickedFile(file: { name: string; bytes: Uint8Array }): WorkbookGrid {
  try {
    return readXlsx(file.bytes);
  } catch (e) {
    if (e instanceof XlsxFileError) throw new PickedFileError(fileProblemMessage(e.kind, file.name), { cause: e });
    throw e;
  }
}
