/** The .xlsx adapter: reads workbooks into grids and writes changes back without disturbing anything else. */
export { readXlsx, DEFAULT_MAX_CELLS, type ReadXlsxOptions } from './read-xlsx';
export { patchXlsx, type PatchOptions } from './patch-xlsx';
export { createXlsx } from './create-xlsx';
export { XlsxFileError, type XlsxFileErrorKind } from './xlsx-file-error';
export { readSheetLooks, type SheetLooks } from './read-sheet-looks';
