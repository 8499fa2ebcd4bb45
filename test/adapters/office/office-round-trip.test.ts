import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { SUMMARY_SHEET_NAME } from '../../../src/core/summary/summary-sheet';
import type { SheetGrid } from '../../../src/core/workbook/cell-grid';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../../../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../../../src/use-cases/validate-workbook';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { fakeToGrid } from '../../helpers/fake-excel';
import { liveWorkbook } from './office-test-workbooks';

/** Non-empty values by address, ignoring trailing blanks and "" (Excel holds no empty-string constant). */
function valuesOf(sheet: SheetGrid): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== '') out[`${r},${c}`] = v;
    }),
  );
  return out;
}

const NOW = new Date('2025-06-30T01:00:00Z');

describe('validate → grade → summarise on a live workbook matches the .xlsx path', () => {
  it('finds the same issues, changes the same cells and builds the same summary', async () => {
    // The .xlsx path: the command line's adapter on the sample workbook file.
    const bytes = createXlsx(buildSampleSheets());
    const grid = readXlsx(bytes);
    const fileValidation = validateWorkbook(grid);
    const fileGrade = gradeWorkbook(grid, { year: 2024, now: NOW });
    const graded = patchXlsx(bytes, fileGrade.changes);
    const fileSummary = summariseWorkbook(readXlsx(graded), { year: 2024, previous: 2023, now: NOW });
    const summarised = readXlsx(patchXlsx(graded, fileSummary.changes!));

    // The add-in path: the same grid in (fake) Excel, through the actions the pane and ribbon call.
    const live = liveWorkbook(grid);
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort(), { now: () => NOW });
      const validation = await actions.validate();
      expect(validation.issues).toEqual(fileValidation.issues);

      const grade = await actions.grade({ year: 2024 });
      expect(grade.changed).toEqual(fileGrade.changed);
      expect(grade.skipped).toEqual(fileGrade.skipped);
      const gradedFile = readXlsx(graded);
      for (const sheet of fakeToGrid(live.fake).sheets) {
        expect(valuesOf(sheet)).toEqual(valuesOf(gradedFile.sheets.find((s) => s.name === sheet.name)!));
      }

      const summary = await actions.summarise({ year: 2024, previous: 2023 });
      expect(summary.summary).toEqual(fileSummary.summary);
      const liveSheet = fakeToGrid(live.fake).sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!;
      expect(valuesOf(liveSheet)).toEqual(valuesOf(summarised.sheets.find((s) => s.name === SUMMARY_SHEET_NAME)!));
      expect(liveSheet.merges).toEqual(expect.arrayContaining(fileSummary.sheet!.merges));
    } finally {
      live.uninstall();
    }
  });
});
