/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { renderPane } from '../../helpers/render-pane';

describe('task pane: 集計 (Summary) on the sample workbook', () => {
  it('shows the FY2024 headline with the change from FY2023, builds the sheet and brings it forward', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: '集計' }));
    const results = await screen.findByRole('region', { name: '2024年度の集計' });
    // "前年度（自動）": the years were read first, then FY2023 was asked for as the comparison
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(actions.summarise).toHaveBeenCalledWith(expect.objectContaining({ previous: 2023 }));
    const headline = within(results).getByTestId('summary-headline');
    expect(headline.textContent).toBe('比較的順調（A+B）10項目 17.5%+10項目（前年度 2023年度: 0項目 0.0%）57事業・57項目');
    // the counts by grade, as a table with a caption and header cells
    const table = within(results).getByRole('table', { name: '評価ごとの項目数' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['評価', '項目数', '割合'],
      ['A 順調', '6', '10.5%'],
      ['B 概ね順調', '4', '7.0%'],
      ['C やや遅れている', '0', '0.0%'],
      ['D 遅れている', '0', '0.0%'],
      ['- 統合事業、集計中事業、隔年事業など', '47', '82.5%'],
      ['計', '57', '100.0%'],
    ]);
    // the sheet was written through the port and shown; the button shows it again
    expect(port.sheetsWritten.map((s) => s.name)).toEqual(['評価集計', '進捗_元に戻す']);
    expect(port.activations).toEqual(['評価集計']);
    await user.click(within(results).getByRole('button', { name: '「評価集計」シートを表示' }));
    expect(actions.activate).toHaveBeenCalledWith('評価集計');
    expect(port.activations).toEqual(['評価集計', '評価集計']);
    expect(screen.getByRole('status').textContent).toContain('「評価集計」シートを作成しました: 比較的順調 10項目 17.5%');
  });

  it('uses the year and comparison picked in the settings, and no comparison when asked', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '検証' }));
    await screen.findByRole('region', { name: '検証結果' });
    await user.click(screen.getByRole('combobox', { name: '年度' }));
    await user.click(screen.getByRole('option', { name: '2024年度（令和6年度）' }));
    await user.click(screen.getByRole('combobox', { name: '比較する年度' }));
    await user.click(screen.getByRole('option', { name: '比較しない' }));
    await user.click(screen.getByRole('button', { name: '集計' }));
    const results = await screen.findByRole('region', { name: '2024年度の集計' });
    expect(actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ year: 2024 }));
    expect(actions.summarise.mock.calls.at(-1)![0]).not.toHaveProperty('previous');
    expect(within(results).getByTestId('summary-headline').textContent).toBe('比較的順調（A+B）10項目 17.5%57事業・57項目');
  });

  it('grades with another built-in scale picked in the settings (S to D), its labels in the table', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('combobox', { name: '評価基準' }));
    await user.click(screen.getByRole('option', { name: /^5段階/ }));
    expect(screen.getByText(/S≥120% · A≥100% · B≥80% · C≥50% · D/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '集計' }));
    const results = await screen.findByRole('region', { name: '2024年度の集計' });
    expect(actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ policy: expect.objectContaining({ id: 's-to-d' }) }));
    expect(within(results).getByTestId('summary-headline').textContent).toMatch(/^比較的順調（S\+A\+B）/);
    expect(within(results).getByRole('rowheader', { name: 'S 大きく上回る' })).toBeTruthy();
  });
});
