/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { renderPane } from '../../helpers/render-pane';
import { cellAt, setCell } from '../../helpers/sheet-grid';

const INDICATORS = '成果指標';

describe('task pane: 評価 (Grade) on the sample workbook', () => {
  it('grades FY2024, writes through the port and lists every changed cell with old → new', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: '評価' }));
    const results = await screen.findByRole('region', { name: '2024年度の評価' });
    expect(actions.grade).toHaveBeenCalledWith(expect.objectContaining({ overwrite: false }));
    expect(within(results).getByText('更新 60セル / 保持 0セル')).toBeTruthy();
    expect(within(results).getByText('書き込み前の内容は［元に戻す］で戻せます（保存して開き直した後も）。')).toBeTruthy();
    expect(within(results).queryByTestId('kept-cells')).toBeNull();
    // the port received the writes: project 5's rate on row 9, as a 0.0% number
    expect(port.writes).toHaveLength(60);
    expect(cellAt(port.grid.sheets[1], 'N9')).toBeCloseTo(43698 / 50500, 12);
    const changed = within(results).getByTestId('changed-cells');
    // the first 10 are shown, the rest on request
    await user.click(within(changed).getByRole('button', { name: 'さらに 50件を表示' }));
    const n9 = within(changed).getByRole('button', { name: /^成果指標!N9 達成率: （空欄） から 86\.5% に更新/ });
    expect(n9.textContent).toBe('成果指標!N9達成率（空欄）86.5%');
    expect(within(changed).getByRole('button', { name: /^成果指標!N3 見出し: （空欄） から 2024年度達成率 に更新/ })).toBeTruthy();
    expect(within(changed).getAllByRole('button', { name: /進捗評価: （空欄） から - に更新/ })).toHaveLength(49);
    // a changed cell is a way to it
    await user.click(n9);
    expect(actions.select).toHaveBeenCalledWith(INDICATORS, 8, 13);
    expect(screen.getByRole('status').textContent).toContain('2024年度の評価を書き込みました: 60セルを更新、入力済みのため保護 0セル');
  });

  it('keeps a typed grade that differs, says why, and replaces it after 上書きして評価 is confirmed', async () => {
    const grid = sampleGrid();
    setCell(grid, INDICATORS, 'L9', 'A'); // project 5 computes B (86.5%)
    const port = new MemoryWorkbookPort(grid);
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: '評価' }));
    const results = await screen.findByRole('region', { name: '2024年度の評価' });
    expect(within(results).getByText('更新 60セル / 保持 1セル')).toBeTruthy();
    const kept = within(results).getByTestId('kept-cells');
    expect(within(kept).getByRole('heading', { name: '上書きしなかったセル' })).toBeTruthy();
    const row = within(kept).getByRole('button', { name: /^成果指標!L9 進捗評価: A のまま（入力済み、計算結果 B）/ });
    expect(row.textContent).toBe('成果指標!L9進捗評価A(計算結果 B)入力済み');
    expect(cellAt(port.grid.sheets[1], 'L9')).toBe('A');
    // the validation result shows the same disagreement as a warning
    const validation = screen.getByRole('region', { name: '検証結果' });
    expect(within(validation).getByTestId('validation-counts').textContent).toBe('エラー 0件 / 警告 4件');
    expect(
      within(validation).getByRole('button', {
        name: /^警告 成果指標!L9: 入力済みの進捗評価「A」は、計算結果「B」（達成率 86\.5%）と異なります。/,
      }),
    ).toBeTruthy();

    // 上書きして評価 asks first, with focus on the safe answer; cancel (or Escape) leaves everything as it is
    await user.click(within(kept).getByRole('button', { name: '上書きして評価' }));
    const question = within(kept).getByRole('alertdialog', { name: '入力済みのセルを上書きしますか？' });
    expect(question.textContent).toContain('1セルの入力済みの値・数式を、計算した評価と達成率で置き換えます。');
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'キャンセル' }));
    await user.keyboard('{Escape}');
    expect(within(kept).queryByRole('alertdialog')).toBeNull();
    await user.click(within(kept).getByRole('button', { name: '上書きして評価' }));
    await user.click(within(kept).getByRole('button', { name: 'キャンセル' }));
    expect(actions.grade).toHaveBeenCalledTimes(1);

    await user.click(within(kept).getByRole('button', { name: '上書きして評価' }));
    await user.click(within(kept).getByRole('button', { name: '上書きする' }));
    await screen.findByText('更新 1セル / 保持 0セル');
    expect(actions.grade).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true, year: 2024 }));
    expect(cellAt(port.grid.sheets[1], 'L9')).toBe('B');
    const changed = screen.getByTestId('changed-cells');
    expect(within(changed).getByRole('button', { name: /^成果指標!L9 進捗評価: A から B に更新/ })).toBeTruthy();
    expect(screen.queryByTestId('kept-cells')).toBeNull();
  });

  it('lists a formula it did not replace with the formula itself', async () => {
    const grid = sampleGrid();
    setCell(grid, INDICATORS, 'L25', 'B', '=IF(K25/J25>=1.2,"A","B")'); // project 21 computes A (110%)
    const { user } = renderPane({ port: new MemoryWorkbookPort(grid) });
    await user.click(screen.getByRole('button', { name: '評価' }));
    const kept = await screen.findByTestId('kept-cells');
    expect(
      within(kept).getByRole('button', { name: /^成果指標!L25 進捗評価: B のまま（数式 =IF\(K25\/J25>=1\.2,"A","B"\)、計算結果 A）/ }),
    ).toBeTruthy();
  });

  it('grades again with nothing to change once the workbook is graded', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '評価' }));
    await screen.findByText('更新 60セル / 保持 0セル');
    await user.click(screen.getByRole('button', { name: '評価' }));
    expect(await screen.findByText('書き換えが必要なセルはありませんでした。')).toBeTruthy();
    expect(screen.getByText('更新 0セル / 保持 0セル')).toBeTruthy();
  });
});
