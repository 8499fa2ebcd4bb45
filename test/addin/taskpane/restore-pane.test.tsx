/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { restoredText } from '../../../src/use-cases/restore-workbook';
import { ja, lastResult, renderPane } from '../../helpers/render-pane';
import { cellAt, cloneWorkbook, setCell } from '../../helpers/sheet-grid';
import { workbookCells } from '../../helpers/workbook-cells';

const INDICATORS = '成果指標';

describe('task pane: 元に戻す (Restore)', () => {
  it('after 評価 and 集計, puts back the summary, then the grades: the workbook is as it was', async () => {
    const original = sampleGrid();
    const port = new MemoryWorkbookPort(cloneWorkbook(original));
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    await screen.findByRole('region', { name: ja('UI_GRADE_HEADING', { year: 2024 }) });
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) });

    await user.click(screen.getByRole('button', { name: ja('UI_RESTORE') }));
    let results = await screen.findByRole('region', { name: ja('UI_RESTORE_HEADING') });
    const summaryUndone = await lastResult(actions.restore);
    expect([summaryUndone.point?.command, summaryUndone.cells, summaryUndone.sheets]).toEqual(['summary', 0, 1]);
    expect(within(results).getByText(restoredText(summaryUndone).ja)).toBeTruthy();
    expect(within(results).getByText(ja('UI_RESTORE_REMAINING', { n: 1 }))).toBeTruthy();
    // what was undone is no longer shown as done
    expect(screen.queryByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) })).toBeNull();
    expect(port.grid.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS, '進捗_元に戻す']);

    await user.click(screen.getByRole('button', { name: ja('UI_RESTORE') }));
    results = await screen.findByRole('region', { name: ja('UI_RESTORE_HEADING') });
    const gradeUndone = await lastResult(actions.restore);
    expect([gradeUndone.point?.command, gradeUndone.sheets]).toEqual(['grade', 0]);
    expect(within(results).getByText(restoredText(gradeUndone).ja)).toBeTruthy();
    expect(within(results).getByText(ja('UI_RESTORE_REMAINING', { n: 0 }))).toBeTruthy();
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
    expect(actions.restore).toHaveBeenCalledTimes(2);

    // nothing left: said plainly, nothing written
    await user.click(screen.getByRole('button', { name: ja('UI_RESTORE') }));
    expect((await screen.findByRole('alert')).textContent).toContain(ja('RESTORE_NOTHING'));
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
  });

  it('lists a cell typed after 評価, restores nothing, and restores over it once confirmed', async () => {
    const original = sampleGrid();
    const port = new MemoryWorkbookPort(cloneWorkbook(original));
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    await screen.findByRole('region', { name: ja('UI_GRADE_HEADING', { year: 2024 }) });
    setCell(port.grid, INDICATORS, 'M9', 0.9); // someone types over the computed rate
    const typed = cloneWorkbook(port.grid);

    await user.click(screen.getByRole('button', { name: ja('UI_RESTORE') }));
    const results = await screen.findByRole('region', { name: ja('UI_RESTORE_HEADING') });
    const conflicts = within(results).getByTestId('restore-conflicts');
    const stopped = await lastResult(actions.restore);
    expect(stopped.restored).toBe(false);
    expect(stopped.conflicts.map((c) => [c.address, c.now])).toEqual([[`${INDICATORS}!M9`, 0.9]]);
    expect(conflicts.textContent).toContain(ja('RESTORE_CONFLICTS', { count: 1 }).split('。')[0]);
    // Both values as the cell shows them (its 0.0% format), and on screen only what sighted users need.
    const row = within(conflicts).getByRole('button', {
      name: `${INDICATORS}!M9: 書き込み後に 86.5% から 90.0% に変更（選択するとセルへ移動）`,
    });
    expect(row.textContent).toBe(`${INDICATORS}!M986.5% → 90.0%`);
    expect(conflicts.textContent).toContain(ja('UI_RESTORE_CONFLICTS_HINT'));
    expect(port.grid).toEqual(typed);

    await user.click(within(conflicts).getByRole('button', { name: ja('UI_RESTORE_OVERWRITE') }));
    const question = within(conflicts).getByRole('alertdialog', { name: ja('UI_RESTORE_OVERWRITE_TITLE') });
    await user.click(within(question).getByRole('button', { name: ja('UI_RESTORE_OVERWRITE') }));
    await within(await screen.findByTestId('restore-results')).findByText(restoredText(await lastResult(actions.restore)).ja);
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
    expect(cellAt(port.grid.sheets[1], 'M9')).toBeNull();
  });
});
