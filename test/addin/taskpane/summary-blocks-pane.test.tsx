/** @jest-environment jsdom */
import { screen, within } from '@testing-library/react';
import { MemoryWorkbookPort, sampleGrid } from '../../helpers/memory-workbook-port';
import { ja, renderPane } from '../../helpers/render-pane';
import { setCell } from '../../helpers/sheet-grid';

describe('task pane: 集計 shows the role indicators and the member towns in their own lists', () => {
  it('lists 役割ごとの成果指標 apart from the table, and each town with its projects', async () => {
    const grid = sampleGrid();
    // a role indicator under the project indicators: 「役割1」 in 番号, FY2024 target and actual in J and K
    ['役割1', null, '圏域の事業所従業者数', '人', '—', '—', null, null, null, '10,000人', '10,500人'].forEach((v, col) =>
      setCell(grid, '成果指標', `${String.fromCharCode(65 + col)}63`, v),
    );
    const { user } = renderPane({ port: new MemoryWorkbookPort(grid) });
    await user.click(screen.getByRole('button', { name: ja('UI_SUMMARY') }));
    const roles = await screen.findByTestId('role-indicators');
    expect(
      within(roles)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['役割1 圏域の事業所従業者数: 実績値 10,500人 / 目標値 10,000人 → A（105.0%）']);
    const towns = screen.getByTestId('town-summary');
    expect(
      within(towns)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(
      ['平内町', '今別町', '外ヶ浜町', '蓬田村'].map(
        (t) => `${t}【57事業】57項目: A 6 · B 4 · C 0 · D 0 · - 47 / 比較的順調（A+B） 10項目 17.5%`,
      ),
    );
  });
});
