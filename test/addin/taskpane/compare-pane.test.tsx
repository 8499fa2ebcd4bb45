/** @jest-environment ./test/helpers/browser-environment.js */
import { screen, within } from '@testing-library/react';
import { createXlsx } from '../../../src/adapters/xlsx';
import { buildPlan2026Sheets } from '../../../src/sample/aomori-plan-2026';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { MemoryWorkbookPort } from '../../helpers/memory-workbook-port';
import { fileProblemMessage } from '../../../src/core/messages/file-messages';
import { ja, lastResult, renderPane } from '../../helpers/render-pane';

/** The FY2026 list open in Excel; the FY2024 register (the sample) is the file picked, as real .xlsx bytes. */
function planPort(): MemoryWorkbookPort {
  return new MemoryWorkbookPort({ sheets: buildPlan2026Sheets().map(sheetOutputToGrid) });
}
const sampleFile = () => new File([createXlsx(buildSampleSheets()) as Uint8Array<ArrayBuffer>], 'aomori-2024.xlsx');

describe('task pane: 前の登録簿と比べる (Compare)', () => {
  it('reads the picked register, builds 変更点 in the open workbook and lists what changed', async () => {
    const port = planPort();
    const { user, actions } = renderPane({ port });
    await user.upload(screen.getByTestId('compare-file'), sampleFile());
    const result = await lastResult(actions.compare);
    expect(actions.compare.mock.calls[0][0].name).toBe('aomori-2024.xlsx');
    expect(port.sheetsWritten.map((s) => s.name)).toEqual(['変更点', '進捗_元に戻す']);
    expect(result).toMatchObject({
      sheetName: '変更点',
      errors: { old: [], new: [] },
      sources: { old: 'aomori-2024.xlsx', new: '開いているブック' },
    });
    const region = await screen.findByRole('region', { name: ja('COMPARE_SHEET_TITLE') });
    expect(within(region).getByTestId('compare-header').textContent).toContain(
      '引き継いだ事業 49（うち番号の変更 48、名称の変更 7）、新たな事業 4、なくなった事業 7、統合 1',
    );
    const merged = within(region).getByRole('list', { name: ja('COMPARE_MERGED') });
    expect(merged.textContent).toBe(
      '37  あおもりフィールドスタディ支援事業 → 2 (仮称) 地域企業ビジネス支援拠点運営事業  (令和8年度事業一覧!C38)',
    );
    const added = within(region).getByRole('list', { name: ja('COMPARE_ADDED') });
    expect(within(added).getAllByRole('listitem')).toHaveLength(4);
    expect(screen.getByRole('status').textContent).toContain(ja('COMMAND_COMPARE_DONE', { sheet: '変更点', old: 'aomori-2024.xlsx' }));
    await user.click(within(region).getByRole('button', { name: ja('UI_OPEN_SHEET', { sheet: '変更点' }) }));
    expect(actions.activate).toHaveBeenLastCalledWith('変更点');
  });

  it('shows no figures over an error in a register, only the errors under their file’s name', async () => {
    const sheets = buildPlan2026Sheets();
    sheets[0].cells.find((c) => c.value === 'NO 2へ統合')!.value = 'NO 99へ統合';
    const port = new MemoryWorkbookPort({ sheets: sheets.map(sheetOutputToGrid) });
    const { user } = renderPane({ port });
    await user.upload(screen.getByTestId('compare-file'), sampleFile());
    const region = await screen.findByRole('region', { name: ja('COMPARE_SHEET_TITLE') });
    expect(within(region).queryByTestId('compare-header')).toBeNull();
    const list = within(region).getByRole('list', { name: ja('COMPARE_ERRORS_IN', { file: '開いているブック' }) });
    expect(list.textContent).toContain('開いているブック 令和8年度事業一覧!D38');
    expect(port.sheetsWritten).toEqual([]);
    expect(screen.getByRole('status').textContent).toContain(ja('UI_COMPARE_STOPPED', { n: 1 }));
  });

  it('says why a file that is no workbook cannot be compared, and writes nothing', async () => {
    const port = planPort();
    const { user } = renderPane({ port });
    await user.upload(screen.getByTestId('compare-file'), new File(['not a workbook'], 'memo.xlsx'));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain(fileProblemMessage('not-xlsx', 'memo.xlsx').ja);
    expect(port.sheetsWritten).toEqual([]);
  });

  it('says, after 検証 on the list alone, that it was read as a plan with no indicator table', async () => {
    const { user } = renderPane({ port: planPort() });
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    const note = await screen.findByTestId('plan-register');
    expect(note.textContent).toBe(ja('PLAN_REGISTER', { sheet: '令和8年度事業一覧', n: 53 }));
  });
});
