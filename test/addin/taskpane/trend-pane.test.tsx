/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { cellAddress } from '../../../src/core/workbook/cell-address';
import { conferenceGradeWrites } from '../../helpers/conference-grades';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { ja, lastResult, renderPane } from '../../helpers/render-pane';
import { setCell } from '../../helpers/sheet-grid';

const TREND = '進捗評価の推移';

/** The sample with FY2023 and FY2024 graded as the conference material counts them. */
function printedPort(): MemoryWorkbookPort {
  const grid = sampleGrid();
  for (const w of conferenceGradeWrites(grid)) setCell(grid, w.sheet, cellAddress(w.row, w.col), w.value);
  return new MemoryWorkbookPort(grid);
}

describe('task pane: 推移 (Trend)', () => {
  it('builds 進捗評価の推移 with the material’s figures, shows them by year, and 実行前に戻す takes it away', async () => {
    const port = printedPort();
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_TREND') }));
    const result = await lastResult(actions.trend);
    const region = await screen.findByRole('region', { name: ja('UI_TREND_HEADING') });
    expect(port.sheetsWritten.map((s) => s.name)).toContain(TREND);
    const rows = within(region)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toEqual([
      ['令和5年度（2023年度）', '55', ja('UI_FAVORABLE_VALUE', { count: 42, percent: '76.4' }), ''],
      ['令和6年度（2024年度）', '57', ja('UI_FAVORABLE_VALUE', { count: 45, percent: '78.9' }), '+2.5'],
    ]);
    expect(within(region).getByTestId('trend-notes').textContent).toContain(
      '比較的順調な割合は令和5年度（2023年度）の76.4%から令和6年度（2024年度）には78.9%（+2.5ポイント）',
    );
    expect(screen.getByRole('status').textContent).toContain(ja('COMMAND_TREND_DONE', { sheet: TREND, years: 2, percent: '78.9' }));
    expect(result.sheetName).toBe(TREND);
    await user.click(within(region).getByRole('button', { name: ja('UI_OPEN_SHEET', { sheet: TREND }) }));
    expect(actions.activate).toHaveBeenLastCalledWith(TREND);

    await user.click(screen.getByRole('button', { name: ja('UI_RESTORE') }));
    await screen.findByRole('region', { name: ja('UI_RESTORE_HEADING') });
    expect(port.grid.sheets.some((s) => s.name === TREND)).toBe(false);
    expect(screen.queryByRole('region', { name: ja('UI_TREND_HEADING') })).toBeNull();
  });

  it('names the years it left out for want of results, and writes no sheet over an error in a year it shows', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_TREND') }));
    const region = await screen.findByRole('region', { name: ja('UI_TREND_HEADING') });
    expect(within(region).getByTestId('trend-notes').textContent).toBe(ja('TREND_WITHOUT_RESULTS', { years: [2023] }));

    const port = printedPort();
    setCell(port.grid, '成果指標', 'K9', '四万三千'); // project 5's FY2024 actual, unreadable
    const again = renderPane({ port });
    await again.user.click(screen.getAllByRole('button', { name: ja('UI_TREND') }).at(-1)!);
    const stopped = await lastResult(again.actions.trend);
    expect(stopped.sheetName).toBeNull();
    expect(port.sheetsWritten).toEqual([]);
    expect(screen.getAllByText(new RegExp(ja('COMMAND_TREND_STOPPED', { n: stopped.yearErrors.length }))).length).toBeGreaterThan(0);
    // and no figure that rests on the error is shown
    const regions = screen.getAllByRole('region', { name: ja('UI_TREND_HEADING') });
    expect(within(regions.at(-1)!).queryAllByRole('row')).toEqual([]);
    expect(within(regions.at(-1)!).queryByTestId('trend-notes')).toBeNull();
  });
});

describe('task pane: 事業別評価 from the summary', () => {
  it('builds the per-project sheet for the summary’s year, and says so', async () => {
    const port = new MemoryWorkbookPort(sampleGrid());
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const summary = await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) });
    await user.click(within(summary).getByRole('button', { name: ja('UI_BOXES') }));
    const result = await lastResult(actions.boxes);
    expect(actions.boxes).toHaveBeenLastCalledWith(expect.objectContaining({ year: 2024 }));
    expect(result.sheetName).toBe('事業別評価');
    expect(port.sheetsWritten.map((s) => s.name)).toContain('事業別評価');
    expect(screen.getByRole('status').textContent).toContain(ja('COMMAND_BOXES_DONE', { sheet: '事業別評価', year: 2024 }));
  });
});
