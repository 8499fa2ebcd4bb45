/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { CHECKS } from '../../../src/core/checks/check-definitions';
import { cellAddress, parseCellAddress } from '../../../src/core/workbook/cell-address';
import { ja, lastResult, renderPane, openSettings } from '../../helpers/render-pane';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { setCell } from '../../helpers/sheet-grid';

const PROJECTS = '事業一覧';

describe('task pane: 検証 (Validate) on the sample workbook', () => {
  it('shows the counts, grouped by sheet and by check, each issue with its cell and sentence', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    const validated = await lastResult(actions.validate);
    const results = await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    expect(actions.validate).toHaveBeenCalledTimes(1);
    const counts = ja('UI_VALIDATION_COUNTS', { errors: validated.errors, warnings: validated.warnings });
    expect(within(results).getByTestId('validation-counts').textContent).toBe(counts);
    // The sample's true warnings: the 2022 vision's headings "(37 事業)" and the like predate projects 56 and 57.
    const mismatches = validated.issues.filter((i) => i.code === 'GROUP_COUNT_MISMATCH');
    expect(mismatches.map((i) => i.address)).toEqual([`${PROJECTS}!B22`, `${PROJECTS}!C22`, `${PROJECTS}!D33`]);
    // the project sheet's section: a level-3 heading (the accordion header) with its own counts
    const sheetHeading = within(results)
      .getAllByRole('heading', { level: 3 })
      .find((h) => h.textContent?.includes(PROJECTS))!;
    const onSheet = validated.issues.filter((i) => i.sheet === PROJECTS);
    const errorsOnSheet = onSheet.filter((i) => i.severity === 'error').length;
    expect(sheetHeading.textContent).toContain(
      ja('UI_VALIDATION_COUNTS', { errors: errorsOnSheet, warnings: onSheet.length - errorsOnSheet }),
    );
    // one check group: its title from the check's definition and its count; its stable code only as a tooltip
    const title = CHECKS.GROUP_COUNT_MISMATCH.title.ja;
    const check = within(results).getByRole('group', { name: new RegExp(title) });
    const heading = within(check).getByRole('heading', { level: 4 });
    expect(heading.textContent).toBe(`${title}· ${ja('UI_CHECK_COUNT', { n: mismatches.length })}`);
    expect(heading.getAttribute('title')).toBe('GROUP_COUNT_MISMATCH');
    const rows = within(check).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual(
      mismatches.map((i) => ja('UI_ISSUE_LABEL', { severity: ja('UI_SEVERITY_WARNING'), address: i.address!, message: i.message.ja })),
    );
    expect(mismatches[0].message.ja).toBe(
      '見出し「3 圏域全体の生活関連機能サービスの向上 (37 事業)」の事業数 37 が、その下の事業数 39 と一致しません。',
    );
    // the status line says what happened, in a live region
    expect(screen.getByRole('status').textContent).toContain(
      ja('COMMAND_VALIDATE_DONE', { errors: validated.errors, warnings: validated.warnings }),
    );
  });

  it('selects the cell of a clicked issue: sheet, 0-based row and column parsed from its A1 address', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    await user.click(await screen.findByRole('button', { name: new RegExp(`${PROJECTS}!D33`) }));
    expect(actions.select).toHaveBeenCalledWith(PROJECTS, 32, 3);
    expect(port.selections).toEqual([{ sheet: PROJECTS, row: 32, col: 3 }]);
  });

  it('is keyboard-usable: every issue is a native button in the tab order, and Enter or Space selects its cell', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    const results = await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    const rows = within(results).getAllByRole('button', { name: new RegExp(`^${ja('UI_SEVERITY_WARNING')} ${PROJECTS}!`) });
    for (const row of rows) {
      expect(row.tagName).toBe('BUTTON');
      expect(row.tabIndex).toBe(0);
    }
    const cellOf = (row: HTMLElement) => parseCellAddress(/!([A-Z]+\d+):/.exec(row.getAttribute('aria-label')!)![1])!;
    // (jsdom has no layout, so Tab itself is Fluent's tabster's to move and cannot be exercised here)
    rows[0].focus();
    await user.keyboard('{Enter}');
    expect(actions.select).toHaveBeenLastCalledWith(PROJECTS, cellOf(rows[0]).row, cellOf(rows[0]).col);
    rows[1].focus();
    await user.keyboard(' ');
    expect(actions.select).toHaveBeenLastCalledWith(PROJECTS, cellOf(rows[1]).row, cellOf(rows[1]).col);
    expect(cellAddress(cellOf(rows[1]).row, cellOf(rows[1]).col)).not.toBe(cellAddress(cellOf(rows[0]).row, cellOf(rows[0]).col));
  });

  it('lists the workbook years in the year picker after validating, with 最新 first', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    const validated = await lastResult(actions.validate);
    await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    await openSettings(user);
    await user.click(screen.getByRole('combobox', { name: ja('UI_YEAR') }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([ja('UI_YEAR_LATEST'), ...[...validated.years].reverse().map((year) => ja('UI_YEAR_OPTION', { year }))]);
    expect(options.at(1)).toBe('令和6年度（2024年度）');
  });

  it('gathers issues that say the same thing into one line with a button per cell', async () => {
    const grid = sampleGrid();
    // a clerk typed 参加 instead of ○ in 今別町's column on 35 rows
    const cells = Array.from({ length: 35 }, (_, i) => `J${i + 4}`);
    for (const cell of cells) setCell(grid, PROJECTS, cell, '参加');
    const { user, actions } = renderPane({ port: new MemoryWorkbookPort(grid) });
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    const validated = await lastResult(actions.validate);
    const ticks = validated.issues.filter((i) => i.code === 'PARTICIPATION_INVALID');
    expect(ticks.map((i) => i.cell)).toEqual(cells);
    const check = await screen.findByRole('group', { name: new RegExp(CHECKS.PARTICIPATION_INVALID.title.ja) });
    // the sentence once, the count, and the first 30 cells as buttons
    expect(within(check).getAllByText(ticks[0].message.ja)).toHaveLength(1);
    expect(within(check).getByText(ja('UI_SAME_ISSUE_CELLS', { n: 35 }))).toBeTruthy();
    const severity = ja('UI_SEVERITY_WARNING');
    const label = (cell: string) => ja('UI_ISSUE_CELL_LABEL', { severity, address: `${PROJECTS}!${cell}` });
    expect(
      within(check)
        .getAllByRole('button', { name: /選択するとセルへ移動/ })
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(cells.slice(0, 30).map(label));
    await user.click(within(check).getByRole('button', { name: ja('UI_SHOW_MORE', { n: 5 }) }));
    const j38 = within(check).getByRole('button', { name: label('J38') });
    await user.click(j38);
    expect(actions.select).toHaveBeenLastCalledWith(PROJECTS, 37, 9);
  });
});
