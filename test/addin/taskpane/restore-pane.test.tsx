/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { renderPane } from '../../helpers/render-pane';
import { cellAt, cloneWorkbook, setCell } from '../../helpers/sheet-grid';
import { workbookCells } from '../../helpers/workbook-cells';

const INDICATORS = '成果指標';

describe('task pane: 元に戻す (Restore)', () => {
  it('after 評価 and 集計, puts back the summary, then the grades: the workbook is as it was', async () => {
    const original = sampleGrid();
    const port = new MemoryWorkbookPort(cloneWorkbook(original));
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByRole('region', { name: '2024年度の評価' });
    await user.click(screen.getByRole('button', { name: '集計' }));
    await screen.findByRole('region', { name: '2024年度の集計' });

    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    let results = await screen.findByRole('region', { name: '元に戻す' });
    expect(within(results).getByText(/の集計（2024年度）を元に戻しました: 0セル、シート 1件$/)).toBeTruthy();
    expect(within(results).getByText('さらに 1 回前の書き込みまで元に戻せます。')).toBeTruthy();
    // what was undone is no longer shown as done
    expect(screen.queryByRole('region', { name: '2024年度の集計' })).toBeNull();
    expect(port.grid.sheets.map((s) => s.name)).toEqual(['事業一覧', INDICATORS, '進捗_元に戻す']);

    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    results = await screen.findByRole('region', { name: '元に戻す' });
    expect(within(results).getByText(/の評価（2024年度）を元に戻しました: 60セル、シート 0件$/)).toBeTruthy();
    expect(within(results).getByText('これより前に元に戻せる書き込みはありません。')).toBeTruthy();
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
    expect(actions.restore).toHaveBeenCalledTimes(2);

    // nothing left: said plainly, nothing written
    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    expect((await screen.findByRole('alert')).textContent).toContain('元に戻せる操作はありません');
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
  });

  it('lists a cell typed after 評価, restores nothing, and restores over it once confirmed', async () => {
    const original = sampleGrid();
    const port = new MemoryWorkbookPort(cloneWorkbook(original));
    const { user } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByRole('region', { name: '2024年度の評価' });
    setCell(port.grid, INDICATORS, 'N9', 0.9); // someone types over the computed rate
    const typed = cloneWorkbook(port.grid);

    await user.click(screen.getByRole('button', { name: '元に戻す' }));
    const results = await screen.findByRole('region', { name: '元に戻す' });
    const conflicts = within(results).getByTestId('restore-conflicts');
    expect(conflicts.textContent).toContain('1か所が書き込み後に変更されているため、何も元に戻していません。');
    expect(
      within(conflicts).getByRole('button', {
        name: /^成果指標!N9: 書き込み後に 0\.8653… から 0\.9 に変更|^成果指標!N9: 書き込み後に .* から 0\.9 に変更/,
      }),
    ).toBeTruthy();
    expect(port.grid).toEqual(typed);

    await user.click(within(conflicts).getByRole('button', { name: '変更を破棄して元に戻す' }));
    const question = within(conflicts).getByRole('alertdialog', { name: '書き込み後の変更を破棄しますか？' });
    await user.click(within(question).getByRole('button', { name: '変更を破棄して元に戻す' }));
    await within(await screen.findByTestId('restore-results')).findByText(/の評価（2024年度）を元に戻しました/);
    expect(workbookCells(port.grid)).toEqual(workbookCells(original));
    expect(cellAt(port.grid.sheets[1], 'N9')).toBeNull();
  });
});
