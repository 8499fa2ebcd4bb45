/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { renderPane } from '../../helpers/render-pane';

describe('task pane: 検証 (Validate) on the sample workbook', () => {
  it('shows エラー 0件 / 警告 3件, grouped by sheet and by check code', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '検証' }));
    const results = await screen.findByRole('region', { name: '検証結果' });
    expect(actions.validate).toHaveBeenCalledTimes(1);
    expect(within(results).getByTestId('validation-counts').textContent).toBe('エラー 0件 / 警告 3件');
    // one sheet, 事業一覧, with its own counts, as a level-3 heading (the accordion header)
    const sheetHeading = within(results).getByRole('heading', { level: 3 });
    expect(sheetHeading.textContent).toContain('事業一覧');
    expect(sheetHeading.textContent).toContain('エラー 0件 / 警告 3件');
    // one check group: its title, its stable code and its count
    const check = within(results).getByRole('group', { name: /見出しの事業数が合わない/ });
    expect(within(check).getByRole('heading', { level: 4 }).textContent).toBe('見出しの事業数が合わないGROUP_COUNT_MISMATCH· 3件');
    const rows = within(check).getAllByRole('button');
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      expect.stringMatching(
        /^警告 事業一覧!B22: 見出し「3 圏域全体の生活関連機能サービスの向上 \(37 事業\)」の事業数 37 が、その下の事業数 39 と一致しません。/,
      ),
      expect.stringMatching(/^警告 事業一覧!C22: /),
      expect.stringMatching(/^警告 事業一覧!D33: /),
    ]);
    // the status line says what happened, in a live region
    expect(screen.getByRole('status').textContent).toContain('検証しました: エラー 0件 / 警告 3件');
  });

  it('selects the cell of a clicked issue: sheet, 0-based row and column parsed from its A1 address', async () => {
    const { user, actions, port } = renderPane();
    await user.click(screen.getByRole('button', { name: '検証' }));
    await user.click(await screen.findByRole('button', { name: /事業一覧!D33/ }));
    expect(actions.select).toHaveBeenCalledWith('事業一覧', 32, 3);
    expect(port.selections).toEqual([{ sheet: '事業一覧', row: 32, col: 3 }]);
  });

  it('is keyboard-usable: every issue is a native button in the tab order, and Enter or Space selects its cell', async () => {
    const { user, actions } = renderPane();
    await user.click(screen.getByRole('button', { name: '検証' }));
    const results = await screen.findByRole('region', { name: '検証結果' });
    const rows = within(results).getAllByRole('button', { name: /^警告 / });
    for (const row of rows) {
      expect(row.tagName).toBe('BUTTON');
      expect(row.tabIndex).toBe(0);
    }
    // (jsdom has no layout, so Tab itself is Fluent's tabster's to move and cannot be exercised here)
    rows[0].focus();
    await user.keyboard('{Enter}');
    expect(actions.select).toHaveBeenLastCalledWith('事業一覧', 21, 1);
    rows[1].focus();
    await user.keyboard(' ');
    expect(actions.select).toHaveBeenLastCalledWith('事業一覧', 21, 2);
  });

  it('lists the workbook years in the year picker after validating, with 最新 first', async () => {
    const { user } = renderPane();
    await user.click(screen.getByRole('button', { name: '検証' }));
    await screen.findByRole('region', { name: '検証結果' });
    await user.click(screen.getByRole('combobox', { name: '年度' }));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['最新（実績のある年度）', '2024年度（令和6年度）', '2023年度（令和5年度）']);
  });
});
