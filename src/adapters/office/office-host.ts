/** What the running Office host allows; asked on every call, as office.js may initialise after this module loads. */

/** ExcelApi 1.20 lets one Excel.run become a single undo step (RunOptions.mergeUndoGroup). */
export function supportsUndoGrouping(): boolean {
  return typeof Office !== 'undefined' && Office.context?.requirements?.isSetSupported('ExcelApi', '1.20') === true;
}

/**
 * Setting Worksheet.visibility keeps the undo history only in Excel on the web; on Windows and
 * Mac it clears it (Microsoft's list of APIs without undo support), so sheets are hidden only there.
 */
export function hidingSheetsKeepsUndo(): boolean {
  return typeof Office !== 'undefined' && String(Office.context?.platform) === 'OfficeOnline';
}
