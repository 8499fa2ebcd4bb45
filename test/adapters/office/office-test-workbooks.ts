import { generateSheets } from '../../../bench/generate-workbook';
import type { WorkbookGrid } from '../../../src/core/workbook/cell-grid';
import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { FakeExcel, installFakeExcel, type FakeExcelOptions } from '../../helpers/fake-excel';
import { installFakeOffice, type FakeOfficeOptions } from '../../helpers/fake-office';

/** The generated cooperation area with n indicator rows, as Excel would hold it. */
export function generatedGrid(indicatorRows: number): WorkbookGrid {
  return { sheets: generateSheets(indicatorRows).map(sheetOutputToGrid) };
}

export function sampleGrid(): WorkbookGrid {
  return { sheets: buildSampleSheets().map(sheetOutputToGrid) };
}

/** A fake Excel holding the grid, with Office and Excel installed globally; call the returned uninstall. */
export function liveWorkbook(grid: WorkbookGrid, options: FakeExcelOptions & FakeOfficeOptions = {}) {
  const fake = FakeExcel.fromGrid(grid, options);
  const removeExcel = installFakeExcel(fake);
  const office = installFakeOffice(options);
  return {
    fake,
    office,
    uninstall() {
      removeExcel();
      office.uninstall();
    },
  };
}

/** Syncs a piece of work made, and the largest request and response among them. */
export async function measure<T>(fake: FakeExcel, work: () => Promise<T>) {
  const from = fake.syncs.length;
  const result = await work();
  const syncs = fake.syncs.slice(from);
  return {
    result,
    syncs: syncs.length,
    largestRequest: Math.max(0, ...syncs.map((s) => s.requestBytes)),
    largestResponse: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    totalResponse: syncs.reduce((n, s) => n + s.responseBytes, 0),
  };
}
