/**
 * SheetOutput widths are in Excel's character units (what the .xlsx path writes as <col width>);
 * Office.js wants points. Excel renders n units as n × 7 px plus 5 px of padding for the default
 * 11-point font, and a pixel is 0.75 pt, so the add-in's columns match the .xlsx path's.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}
