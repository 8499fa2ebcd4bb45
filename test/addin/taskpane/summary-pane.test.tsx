/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { dashReasonsText } from '../../../src/core/summary/dash-reasons';
import { DEFAULT_POLICY } from '../../../src/core/grading/default-policies';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { ja, lastResult, renderPane, openSettings } from '../../helpers/render-pane';
import { setCell } from '../../helpers/sheet-grid';

const SHEET = '評価集計';

describe('task pane: 集計 (Summary) on the sample workbook', () => {
  it('shows the headline, says why it compares with nothing, gives every "-" its reason, builds the sheet and brings it forward', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const { summary } = await lastResult(actions.summarise);
    const results = await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: summary.year }) });
    // "前年度（自動）": the years were read first, then FY2023 was asked for as the comparison
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(actions.summarise).toHaveBeenCalledWith(expect.objectContaining({ previous: 2023 }));
    // the sample holds no FY2023 result: no "+10項目（前年度 2023年度: 0項目 0.0%）", but a sentence saying so
    expect(summary.previous).toBeUndefined();
    const headline = within(results).getByTestId('summary-headline');
    expect(headline.textContent).toBe(
      `${ja('UI_FAVORABLE', { labels: 'A+B' })}${ja('UI_FAVORABLE_VALUE', { count: summary.favorable.count, percent: '17.5' })}` +
        ja('UI_SUMMARY_SCOPE', { projects: summary.totals.projects, items: summary.totals.items }),
    );
    const notes = within(results).getByTestId('summary-notes');
    expect(notes.textContent).toContain(ja('SUMMARY_PREVIOUS_NO_RESULTS', { year: 2023 }));
    expect(notes.textContent).toContain(dashReasonsText(summary.totals.dashReasons, DEFAULT_POLICY)!.ja);
    expect(notes.textContent).toContain('「-」47項目の内訳: 実績値未入力 44、年度の目標値なし 3');
    // the counts by grade, as a table with a caption and header cells: the use case's own figures
    const table = within(results).getByRole('table', { name: ja('UI_SUMMARY_TABLE') });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    const labels = Object.keys(summary.totals.counts);
    expect(rows.slice(1, -1).map((r) => r.slice(1))).toEqual(
      labels.map((l) => [String(summary.totals.counts[l]), `${summary.totals.percents[l].toFixed(1)}%`]),
    );
    expect(rows.at(-1)).toEqual([ja('UI_TOTAL'), String(summary.totals.items), '100.0%']);
    // the sheet was written through the port and shown; the button shows it again
    expect(port.sheetsWritten.map((s) => s.name)).toEqual([SHEET, '進捗_元に戻す']);
    expect(port.activations).toEqual([SHEET]);
    await user.click(within(results).getByRole('button', { name: ja('UI_OPEN_SHEET', { sheet: SHEET }) }));
    expect(actions.activate).toHaveBeenCalledWith(SHEET);
    expect(port.activations).toEqual([SHEET, SHEET]);
    expect(screen.getByRole('status').textContent).toContain(
      ja('COMMAND_SUMMARY_DONE', { sheet: SHEET, count: summary.favorable.count, percent: summary.favorable.percent.toFixed(1) }),
    );
    expect(within(screen.getByRole('status')).getByTestId('status-done')).toBeTruthy();
  });

  it('counts a typed grade as the sheet shows it and names its cell', async () => {
    const grid = sampleGrid();
    setCell(grid, '成果指標', 'L9', 'A'); // project 5 computes B (86.5%)
    const { user, actions } = renderPane({ port: new MemoryWorkbookPort(grid) });
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const { summary } = await lastResult(actions.summarise);
    expect(summary.totals.counts.A).toBe(7);
    const notes = await screen.findByTestId('summary-notes');
    expect(notes.textContent).toContain(ja('SUMMARY_TYPED_GRADES', { n: 1 }));
    expect(notes.textContent).toContain(
      ja('SUMMARY_TYPED_GRADE', { address: '成果指標!L9', no: 5, indicator: '売上額※', typed: 'A', computed: 'B' }),
    );
  });

  it("writes no sheet over the year's validation errors, and builds a marked draft only after it is confirmed", async () => {
    const grid = sampleGrid();
    setCell(grid, '成果指標', 'K9', '１２三'); // project 5's FY2024 actual
    const port = new MemoryWorkbookPort(grid);
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const stopped = await lastResult(actions.summarise);
    expect(stopped.sheetName).toBeNull();
    const results = await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: stopped.summary.year }) });
    expect(within(results).getByText(ja('UI_SUMMARY_STOPPED_TITLE'))).toBeTruthy();
    expect(within(results).queryByTestId('summary-headline')).toBeNull();
    expect(port.sheetsWritten).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain(ja('COMMAND_SUMMARY_STOPPED', { year: 2024, n: stopped.yearErrors.length }));
    // never a check mark beside a summary that was not written
    expect(within(screen.getByRole('status')).queryByTestId('status-done')).toBeNull();
    expect(within(screen.getByRole('status')).getByTestId('status-attention')).toBeTruthy();
    // the error is listed with its cell in the validation result
    const validation = screen.getByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    expect(within(validation).getByRole('button', { name: /成果指標!K9/ })).toBeTruthy();

    await user.click(within(results).getByRole('button', { name: ja('UI_DRAFT') }));
    const question = within(results).getByRole('alertdialog', { name: ja('UI_DRAFT_TITLE') });
    expect(question.textContent).toContain(ja('UI_DRAFT_BODY', { n: stopped.yearErrors.length }));
    await user.click(within(question).getByRole('button', { name: ja('UI_DRAFT_CONFIRM') }));
    const draft = await lastResult(actions.summarise);
    expect(actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ draft: true, year: 2024 }));
    expect(draft.sheetName).toBe(SHEET);
    await screen.findByText(ja('UI_SUMMARY_DRAFT', { n: draft.yearErrors.length }));
    expect(port.sheetsWritten.find((s) => s.name === SHEET)!.cells[0].value).toBe(
      `【暫定・検証エラー${draft.yearErrors.length}件】令和6年度（2024年度）進捗評価の集計`,
    );
  });

  it('uses the year and comparison picked in the settings, and no comparison when asked', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    await openSettings(user);
    await user.click(screen.getByRole('combobox', { name: ja('UI_YEAR') }));
    await user.click(screen.getByRole('option', { name: ja('UI_YEAR_OPTION', { year: 2024 }) }));
    await user.click(screen.getByRole('combobox', { name: ja('UI_PREVIOUS') }));
    await user.click(screen.getByRole('option', { name: ja('UI_PREVIOUS_NONE') }));
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const results = await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) });
    expect(actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ year: 2024 }));
    expect(actions.summarise.mock.calls.at(-1)![0]).not.toHaveProperty('previous');
    expect(within(results).getByTestId('summary-notes').textContent).not.toContain(ja('SUMMARY_PREVIOUS_NO_RESULTS', { year: 2023 }));
  });

  it('grades with another built-in scale picked in the settings (S to D), its labels in the table', async () => {
    const { user, actions } = renderPane();
    await openSettings(user);
    await user.click(screen.getByRole('combobox', { name: ja('UI_POLICY') }));
    await user.click(screen.getByRole('option', { name: /^5段階/ }));
    expect(screen.getByText(/S≥120% · A≥100% · B≥80% · C≥50% · D/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const results = await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) });
    expect(actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ policy: expect.objectContaining({ id: 's-to-d' }) }));
    expect(within(results).getByTestId('summary-headline').textContent).toMatch(/^比較的順調（S\+A\+B）/);
    expect(within(results).getByRole('rowheader', { name: 'S 大きく上回る' })).toBeTruthy();
  });
});

describe('settings kept between openings of the pane', () => {
  it('reopens on the year and comparison picked last time; a stored value from elsewhere is ignored', async () => {
    let stored: unknown = null;
    const store = { load: () => stored, save: (s: unknown) => void (stored = s) };
    const first = renderPane({ settingsStore: store });
    await first.user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    await openSettings(first.user);
    await first.user.click(screen.getByRole('combobox', { name: ja('UI_YEAR') }));
    await first.user.click(screen.getByRole('option', { name: ja('UI_YEAR_OPTION', { year: 2024 }) }));
    await first.user.click(screen.getByRole('combobox', { name: ja('UI_PREVIOUS') }));
    await first.user.click(screen.getByRole('option', { name: ja('UI_PREVIOUS_NONE') }));
    expect(stored).toEqual({ year: 2024, previous: 'none', policyId: expect.any(String) });
    first.unmount();

    // The pane is closed and opened again: the first action already uses what was picked.
    const again = renderPane({ settingsStore: store });
    // the folded settings line says so before anything is opened
    expect(screen.getByTestId('settings-toggle').textContent).toBe(
      ja('UI_SETTINGS') +
        ja('UI_SETTINGS_SUMMARY', {
          year: ja('UI_YEAR_OPTION', { year: 2024 }),
          previous: ja('UI_PREVIOUS_NONE'),
          policy: '青森圏域（A≥100% / B≥75% / C≥50% / D）',
        }),
    );
    await again.user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    await screen.findByRole('region', { name: ja('UI_SUMMARY_HEADING', { year: 2024 }) });
    expect(again.actions.summarise).toHaveBeenLastCalledWith(expect.objectContaining({ year: 2024 }));
    expect(again.actions.summarise.mock.calls.at(-1)![0]).not.toHaveProperty('previous');
    again.unmount();

    stored = { year: 'next', previous: 2023, policyId: '' };
    renderPane({ settingsStore: store });
    expect(screen.getByTestId('settings-toggle').textContent).toContain(ja('UI_YEAR_LATEST'));
  });
});
