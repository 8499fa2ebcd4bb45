import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx } from '../../src/adapters/xlsx';
import { workbookCells } from '../helpers/workbook-cells';
import { gridOf, pane, runAction, sheetTab, sharedPlayground } from './helpers/playground';
import { sampleXlsx, workDir } from './helpers/workbooks';

const pg = sharedPlayground();

describe('Restore in the playground', () => {
  it('undoes 集計 then 評価, and the downloaded workbook equals the sample cell for cell', async () => {
    const page = await pg.open();
    const original = await gridOf(page);
    await runAction(page, '評価', 'grade-results');
    await runAction(page, '集計', 'summary-results');
    await pg.shot('graded and summarised');

    let results = await runAction(page, '実行前に戻す', 'restore-results');
    await expect(results.textContent()).resolves.toMatch(/の集計（令和6年度（2024年度））を元に戻しました: 0セル、シート 1件/);
    await expect(sheetTab(page, '評価集計').count()).resolves.toBe(0);
    await pg.shot('summary undone');

    results = await runAction(page, '実行前に戻す', 'restore-results');
    await page
      .getByText(/の評価（令和6年度（2024年度））を元に戻しました: 60セル、シート 0件/)
      .first()
      .waitFor();
    await sheetTab(page, '成果指標').click();
    await pg.shot('grades undone');
    expect(workbookCells(await gridOf(page))).toEqual(workbookCells(original));

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="download"]').click()]);
    const file = join(workDir, `restored-${download.suggestedFilename()}`);
    await download.saveAs(file);
    expect(workbookCells(readXlsx(new Uint8Array(readFileSync(file))))).toEqual(workbookCells(readXlsx(sampleXlsx().bytes)));

    // Nothing left: said in the pane's alert, nothing written.
    await pane(page).getByRole('group', { name: '操作' }).getByRole('button', { name: '実行前に戻す', exact: true }).click();
    await pane(page)
      .getByRole('alert')
      .getByText(/元に戻せる操作はありません/)
      .waitFor();
    await pg.shot('nothing left to restore');
    expect(workbookCells(await gridOf(page))).toEqual(workbookCells(original));
  });
});
