/** @jest-environment ./test/helpers/browser-environment.js */
import { configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BrowserWorkbookPort } from '../../src/playground/browser-workbook-port';
import { INITIAL_ROWS } from '../../src/playground/grid-view';
import { PlaygroundPage } from '../../src/playground/playground-page';
import { createXlsx } from '../../src/adapters/xlsx';
import { installDomPolyfills } from '../helpers/render-pane';

configure({ asyncUtilTimeout: 10000 });
jest.setTimeout(60000);

function renderPage(options: { language?: 'ja' | 'en'; dark?: boolean; port?: BrowserWorkbookPort } = {}) {
  installDomPolyfills();
  const port = options.port ?? BrowserWorkbookPort.sample();
  const onReady = jest.fn();
  const onWorkbook = jest.fn();
  // the accept attribute only guides the file picker: a person can still choose any file
  const user = userEvent.setup({ applyAccept: false });
  const view = render(
    <PlaygroundPage
      initialPort={port}
      initialLanguage={options.language ?? 'ja'}
      initialDark={options.dark ?? false}
      onReady={onReady}
      onWorkbook={onWorkbook}
    />,
  );
  return { ...view, port, user, onReady, onWorkbook };
}

const grid = () => screen.getByTestId('grid');
const pane = () => screen.getByTestId('pane');
const cell = (address: string) => grid().querySelector<HTMLTableCellElement>(`td[data-address="${address}"]`);

describe('the playground page', () => {
  it('shows the sample workbook as tabs and cells beside the real task pane, and says when it is ready', () => {
    const { onReady, onWorkbook, port } = renderPage();
    expect(onReady).toHaveBeenCalledTimes(1);
    expect(onWorkbook).toHaveBeenCalledWith(port);
    const tabs = within(grid()).getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['事業一覧', '成果指標']);
    expect(within(grid()).getByRole('tab', { name: '事業一覧' }).getAttribute('aria-selected')).toBe('true');
    expect(cell('A1')?.textContent).toBe('青森圏域連携中枢都市圏 連携事業一覧');
    expect(cell('A4')?.textContent).toBe('1');
    expect(grid().querySelector('td[data-selected="true"]')).toBeNull();
    for (const name of ['検証', '評価', '集計']) expect(within(pane()).getByRole('button', { name })).toBeTruthy();
    expect(screen.getByTestId('open-file').getAttribute('type')).toBe('file');
    expect(screen.getByTestId('download').textContent).toBe('ダウンロード');
  });

  it('moves between sheet tabs with the arrow keys, as a tablist does', async () => {
    const { user } = renderPage();
    const first = within(grid()).getByRole('tab', { name: '事業一覧' });
    expect(first.tabIndex).toBe(0);
    first.focus();
    await user.keyboard('{ArrowRight}');
    const second = within(grid()).getByRole('tab', { name: '成果指標' });
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(second);
    expect(cell('C2')?.textContent).toBe('指標名');
    await user.keyboard('{ArrowRight}');
    expect(first.getAttribute('aria-selected')).toBe('true');
    expect(within(grid()).getByRole('tabpanel', { name: '事業一覧' })).toBeTruthy();
  });

  it('selects the cell of a clicked validation issue in the grid', async () => {
    const { user } = renderPage();
    await user.click(within(pane()).getByRole('button', { name: '検証' }));
    const issue = await within(pane()).findByRole('button', { name: /^警告 事業一覧!D33:/ });
    await user.click(within(grid()).getByRole('tab', { name: '成果指標' }));
    expect(within(grid()).getByRole('tab', { name: '成果指標' }).getAttribute('aria-selected')).toBe('true');
    await user.click(issue);
    expect(within(grid()).getByRole('tab', { name: '事業一覧' }).getAttribute('aria-selected')).toBe('true');
    expect(cell('D33')?.getAttribute('data-selected')).toBe('true');
    expect(grid().querySelectorAll('td[data-selected="true"]')).toHaveLength(1);
    expect(screen.getByTestId('formula-bar').textContent).toBe('事業一覧!D33④教育・文化・スポーツ (7 事業)');
  });

  it('shows the grades and rates written by 評価, rates as %, and the 評価集計 tab after 集計', async () => {
    const { user, port } = renderPage();
    await user.click(within(pane()).getByRole('button', { name: '評価' }));
    await within(pane()).findByRole('region', { name: '令和6年度（2024年度）の評価' });
    await user.click(within(grid()).getByRole('tab', { name: '成果指標' }));
    expect(cell('M3')?.textContent).toBe('達成率');
    expect(cell('M9')?.textContent).toBe('86.5%');
    expect(cell('L4')?.textContent).toBe('-');
    await user.click(within(pane()).getByRole('button', { name: '集計' }));
    await within(pane()).findByRole('region', { name: '令和6年度（2024年度）の集計' });
    const summaryTab = within(grid()).getByRole('tab', { name: '評価集計' });
    expect(summaryTab.getAttribute('aria-selected')).toBe('true');
    expect(cell('B9')?.textContent).toBe('10.5%');
    // and Shinchoku's hidden restore record, shown as an italic tab as Excel would list it under Unhide
    expect(port.getSnapshot().grid.sheets.map((s) => [s.name, !!s.hidden])).toEqual([
      ['事業一覧', false],
      ['成果指標', false],
      ['進捗_元に戻す', true],
      ['評価集計', false],
    ]);
  });

  it('speaks English and goes dark from the start, and switches with the toolbar', async () => {
    const { user, container } = renderPage({ language: 'en', dark: true });
    for (const name of ['Validate', 'Grade', 'Summary']) expect(within(pane()).getByRole('button', { name })).toBeTruthy();
    expect(container.querySelector('[data-theme="dark"]')).not.toBeNull();
    expect(screen.getByTestId('download').textContent).toBe('Download');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ja');
    expect(within(pane()).getByRole('button', { name: '検証' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('ja');
    await user.click(screen.getByRole('switch', { name: 'ダークテーマ' }));
    expect(container.querySelector('[data-theme="light"]')).not.toBeNull();
  });

  it('opens an .xlsx from disk, and says clearly when a file is not one', async () => {
    const { user, onWorkbook } = renderPage();
    const input = screen.getByTestId('open-file') as HTMLInputElement;
    await user.upload(input, new File(['番号,指標名\n'], 'notes.csv', { type: 'text/csv' }));
    expect((await screen.findByTestId('open-error')).textContent).toContain('notes.csv は Excel ブック（.xlsx）ではありません。');
    // the workbook shown is still the sample
    expect(cell('A1')?.textContent).toBe('青森圏域連携中枢都市圏 連携事業一覧');

    const rows = Array.from({ length: 1000 }, (_, row) => ({ row, col: 0, value: row + 1 }));
    const bytes = createXlsx([{ name: '大きい表', cells: rows, merges: [], columnWidths: [], validations: [] }]);
    await user.upload(input, new File([bytes.slice().buffer as ArrayBuffer], 'big.xlsx'));
    // (the grid is drawn anew for each workbook: look it up again)
    await screen.findByRole('tab', { name: '大きい表' });
    expect(screen.queryByTestId('open-error')).toBeNull();
    expect(screen.getByTestId('file-name').textContent).toBe('big.xlsx');
    expect(onWorkbook).toHaveBeenCalledTimes(2);
    // a row cap keeps a long sheet quick; more on request
    expect(grid().querySelectorAll('tbody tr')).toHaveLength(INITIAL_ROWS);
    await user.click(within(grid()).getByRole('button', { name: 'さらに 500行を表示' }));
    expect(grid().querySelectorAll('tbody tr')).toHaveLength(INITIAL_ROWS + 500);
    expect(cell('A700')?.textContent).toBe('700');
  });
});
