import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { INDICATOR_SHEET } from '../../../src/core/layout/standard-workbook';
import { RESTORE_SHEET_NAME } from '../../../src/core/restore/restore-sheet';
import { SUMMARY_SHEET_NAME } from '../../../src/core/summary/summary-sheet';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { fakeToGrid } from '../../helpers/fake-excel';
import { setCell } from '../../helpers/sheet-grid';
import { workbookCells } from '../../helpers/workbook-cells';
import { liveWorkbook, measure, sampleGrid } from './office-test-workbooks';

describe('restore through Office.js', () => {
  it('undoes summary then grade: the workbook is the original again, typed values, formulas and formats included', async () => {
    const grid = sampleGrid();
    // Cells Grade will replace with --overwrite: a typed grade and a rate formula with its own format.
    setCell(grid, INDICATOR_SHEET, 'L40', 'C');
    setCell(grid, INDICATOR_SHEET, 'N3', '2024年度達成率'); // a 達成率 column kept at the table's right edge
    setCell(grid, INDICATOR_SHEET, 'N12', 0.5, '=1/2');
    grid.sheets.find((s) => s.name === INDICATOR_SHEET)!.numberFormats[11][13] = '0%';
    const live = liveWorkbook(grid, { excelApi: '1.20', platform: 'OfficeOnline' });
    try {
      const original = workbookCells(fakeToGrid(live.fake));
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      const graded = await actions.grade({ year: 2024, overwrite: true });
      expect(graded.changed.map((c) => c.address)).toEqual(expect.arrayContaining(['成果指標!L40', '成果指標!N12']));
      await actions.summarise({ year: 2024 });
      expect(live.fake.sheets.map((s) => [s.name, s.visibility])).toEqual([
        ['事業一覧', 'Visible'],
        [INDICATOR_SHEET, 'Visible'],
        [RESTORE_SHEET_NAME, 'Hidden'],
        [SUMMARY_SHEET_NAME, 'Visible'],
      ]);

      const undoSummary = await measure(live.fake, () => actions.restore());
      expect(undoSummary.result).toMatchObject({ restored: true, point: { command: 'summary' }, remaining: 1 });
      expect(live.fake.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATOR_SHEET, RESTORE_SHEET_NAME]);
      const undoGrade = await measure(live.fake, () => actions.restore());
      expect(undoGrade.result).toMatchObject({ restored: true, point: { command: 'grade', year: 2024 }, remaining: 0, conflicts: [] });

      // The fake does not calculate: the restored formula reads "#NAME?" until Excel does. Everything else is exact.
      const now = workbookCells(fakeToGrid(live.fake));
      expect(now[1].cells['11,13']).toEqual(['#NAME?', '=1/2', '0%']);
      now[1].cells['11,13'][0] = 0.5;
      expect(now).toEqual(original);
      // A run that deletes a sheet is not merged into one undo step (Excel refuses that); the others are.
      const restoreRuns = live.fake.runs.slice(-4);
      expect(restoreRuns.filter((r) => r.options?.mergeUndoGroup)).toHaveLength(0);
      // constant per command: read (4), write (probe, expected cells and the restore record's guard, one batch)
      expect([undoSummary.syncs, undoGrade.syncs]).toEqual([7, 7]);
    } finally {
      live.uninstall();
    }
  });
});
