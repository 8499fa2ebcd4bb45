/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { exactly, ja, lastResult, renderPane } from '../../helpers/render-pane';
import { cellAt, setCell } from '../../helpers/sheet-grid';

const INDICATORS = '成果指標';
const CHANGE = (address: string, kind: string, before: string, after: string) =>
  ja('UI_CHANGE_LABEL', { address: `${INDICATORS}!${address}`, kind, before, after });

describe('task pane: 評価 (Grade) on the sample workbook', () => {
  it('grades the latest year, writes through the port and lists every changed cell with old → new', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    const graded = await lastResult(actions.grade);
    const results = await screen.findByRole('region', { name: ja('UI_GRADE_HEADING', { year: graded.year }) });
    expect(actions.grade).toHaveBeenCalledWith(expect.objectContaining({ overwrite: false }));
    expect(within(results).getByText(ja('UI_GRADE_COUNTS', { changed: graded.changed.length, skipped: 0 }))).toBeTruthy();
    expect(within(results).getByText(ja('UI_RESTORE_AVAILABLE'))).toBeTruthy();
    expect(within(results).queryByTestId('kept-cells')).toBeNull();
    // the port received every planned write: project 5's rate on row 9, as a 0.0% number
    expect(port.writes).toHaveLength(graded.changed.length);
    expect(cellAt(port.grid.sheets[1], 'M9')).toBeCloseTo(43698 / 50500, 12);
    // grades first, one row per indicator with its grade and rate together and the cells they went to
    const changed = within(results).getByTestId('changed-cells');
    const { indicators, other } = graded.byIndicator;
    const grades = indicators.filter((g) => g.graded);
    expect(grades.map((g) => g.label).sort()).toEqual([...'AAAAAABBBB']);
    expect(within(changed).getByRole('heading').textContent).toBe(ja('UI_CHANGED_HEADING', { n: grades.length }));
    const five = grades.find((g) => g.projectNo === 5)!;
    const fiveLabel = ja('UI_INDICATOR_LABEL', {
      project: ja('UI_PROJECT_LINE', { owner: 'No.5', name: five.projectName! }),
      indicator: five.indicator,
      result: 'B · 86.5%',
      // the sample has the grade typed already: only the rate is new
      before: ja('UI_INDICATOR_BEFORE', { cells: `${INDICATORS}!M9 ${ja('UI_BLANK')}` }),
    });
    const row9 = within(changed).getByRole('button', { name: exactly(fiveLabel) });
    expect(row9.textContent).toContain(`${five.indicator}B · 86.5%`);
    // the "-" ones are one folded line with their reasons, opened on request
    const dashes = indicators.filter((g) => !g.graded);
    expect(dashes.length).toBe(graded.changed.filter((c) => c.kind === 'grade' && c.value === '-').length);
    const folded = within(results).getByTestId('not-graded');
    const header = within(folded).getByRole('button', { name: new RegExp(ja('UI_NOT_GRADED_HEADING', { n: dashes.length, label: '-' })) });
    expect(header.textContent).toContain(
      `${ja('NOT_GRADED_NO_ACTUAL')} 44 · ${ja('NOT_GRADED_NO_TARGET')} 3 · ${ja('NOT_GRADED_MERGED')} 2`,
    );
    expect(header.getAttribute('aria-expanded')).toBe('false');
    await user.click(header);
    expect(within(folded).getAllByRole('button', { name: /^No\.\d+ .*: -（(実績値未入力|年度の目標値なし|統合事業)）/s })).toHaveLength(10);
    await user.click(within(folded).getByRole('button', { name: ja('UI_SHOW_MORE', { n: dashes.length - 10 }) }));
    expect(within(folded).getAllByRole('button', { name: /^No\.\d+ / })).toHaveLength(dashes.length);
    // cells of no indicator (the added header) on their own
    expect(other.changed.map((c) => c.address)).toEqual([`${INDICATORS}!M3`]);
    expect(
      within(results).getByRole('button', { name: exactly(CHANGE('M3', ja('UI_KIND_HEADER'), ja('UI_BLANK'), '達成率')) }),
    ).toBeTruthy();
    // an indicator is a way to its grade cell
    await user.click(row9);
    expect(actions.select).toHaveBeenCalledWith(INDICATORS, 8, 12);
    expect(screen.getByRole('status').textContent).toContain(
      ja('COMMAND_GRADE_DONE', { year: graded.year, changed: graded.changed.length, skipped: 0 }),
    );
  });

  it('keeps a typed grade that differs, says why, and replaces it after 上書きして評価 is confirmed', async () => {
    const grid = sampleGrid();
    setCell(grid, INDICATORS, 'L9', 'A'); // project 5 computes B (86.5%)
    const port = new MemoryWorkbookPort(grid);
    const { user, actions } = renderPane({ port });
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    const graded = await lastResult(actions.grade);
    const results = await screen.findByRole('region', { name: ja('UI_GRADE_HEADING', { year: graded.year }) });
    expect(graded.skipped.map((s) => s.address)).toEqual([`${INDICATORS}!L9`]);
    expect(within(results).getByText(ja('UI_GRADE_COUNTS', { changed: graded.changed.length, skipped: 1 }))).toBeTruthy();
    const kept = within(results).getByTestId('kept-cells');
    expect(within(kept).getByRole('heading', { name: ja('UI_KEPT_HEADING') })).toBeTruthy();
    const five = graded.byIndicator.indicators.find((g) => g.projectNo === 5)!;
    const keptLabel = ja('UI_KEPT_LABEL', {
      address: `${ja('UI_PROJECT_LINE', { owner: 'No.5', name: five.indicator })} ${INDICATORS}!L9`,
      kind: ja('UI_KIND_GRADE'),
      before: 'A',
      reason: ja('UI_REASON_ENTERED'),
      after: 'B',
    });
    const row = within(kept).getByRole('button', { name: exactly(keptLabel) });
    expect(row.textContent).toBe(
      `${ja('UI_PROJECT_LINE', { owner: 'No.5', name: five.indicator })}${INDICATORS}!L9${ja('UI_KIND_GRADE')}A(${ja('UI_COMPUTED', { value: 'B' })})${ja('UI_REASON_ENTERED')}`,
    );
    expect(cellAt(port.grid.sheets[1], 'L9')).toBe('A');
    // its rate was written: the indicator's row says the grade cell still holds what was typed
    const written = within(results).getByTestId('changed-cells');
    expect(within(written).getByRole('button', { name: /^No\.5 / }).textContent).toContain(
      ja('UI_INDICATOR_KEPT', { cells: `${INDICATORS}!L9 A` }),
    );
    // the validation result shows the same disagreement as a warning
    const validation = screen.getByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    expect(within(validation).getByTestId('validation-counts').textContent).toBe(
      ja('UI_VALIDATION_COUNTS', { errors: graded.errors, warnings: graded.warnings }),
    );
    const differs = graded.issues.find((i) => i.code === 'GRADE_DIFFERS' && i.address === `${INDICATORS}!L9`)!;
    expect(differs.message.ja).toContain('86.5%');
    expect(
      within(validation).getByRole('button', {
        name: exactly(
          ja('UI_ISSUE_LABEL', { severity: ja('UI_SEVERITY_WARNING'), address: differs.address!, message: differs.message.ja }),
        ),
      }),
    ).toBeTruthy();

    // 上書きして評価 asks first, with focus on the safe answer; cancel (or Escape) leaves everything as it is
    await user.click(within(kept).getByRole('button', { name: ja('UI_OVERWRITE') }));
    const question = within(kept).getByRole('alertdialog', { name: ja('UI_OVERWRITE_TITLE') });
    expect(question.textContent).toContain(ja('UI_OVERWRITE_BODY', { n: 1 }));
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: ja('UI_CANCEL') }));
    await user.keyboard('{Escape}');
    expect(within(kept).queryByRole('alertdialog')).toBeNull();
    await user.click(within(kept).getByRole('button', { name: ja('UI_OVERWRITE') }));
    await user.click(within(kept).getByRole('button', { name: ja('UI_CANCEL') }));
    expect(actions.grade).toHaveBeenCalledTimes(1);

    await user.click(within(kept).getByRole('button', { name: ja('UI_OVERWRITE') }));
    await user.click(within(kept).getByRole('button', { name: ja('UI_OVERWRITE_CONFIRM') }));
    await screen.findByText(ja('UI_GRADE_COUNTS', { changed: 1, skipped: 0 }));
    expect(actions.grade).toHaveBeenLastCalledWith(expect.objectContaining({ overwrite: true, year: graded.year }));
    expect(cellAt(port.grid.sheets[1], 'L9')).toBe('B');
    const changed = screen.getByTestId('changed-cells');
    expect(within(changed).getByRole('button', { name: new RegExp(`: B · 86\\.5%（${INDICATORS}!L9 A から更新）`) })).toBeTruthy();
    expect(screen.queryByTestId('kept-cells')).toBeNull();
  });

  it('lists a formula it did not replace with the formula itself', async () => {
    const grid = sampleGrid();
    const indicator = String(cellAt(grid.sheets[1], 'C25'));
    const formula = '=IF(K25/J25>=1.2,"A","B")';
    setCell(grid, INDICATORS, 'L25', 'B', formula); // project 21 computes A (110%)
    const { user } = renderPane({ port: new MemoryWorkbookPort(grid) });
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    const kept = await screen.findByTestId('kept-cells');
    const label = ja('UI_KEPT_LABEL', {
      address: `${ja('UI_PROJECT_LINE', { owner: 'No.21', name: indicator })} ${INDICATORS}!L25`,
      kind: ja('UI_KIND_GRADE'),
      before: 'B',
      reason: ja('UI_REASON_FORMULA', { formula }),
      after: 'A',
    });
    expect(within(kept).getByRole('button', { name: exactly(label) })).toBeTruthy();
  });

  it('grades again with nothing to change once the workbook is graded', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    const first = await lastResult(actions.grade);
    await screen.findByText(ja('UI_GRADE_COUNTS', { changed: first.changed.length, skipped: 0 }));
    await user.click(screen.getByRole('button', { name: ja('UI_GRADE') }));
    expect(await screen.findByText(ja('UI_GRADE_NOTHING'))).toBeTruthy();
    expect(screen.getByText(ja('UI_GRADE_COUNTS', { changed: 0, skipped: 0 }))).toBeTruthy();
  });
});
