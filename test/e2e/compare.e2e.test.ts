import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsx, readXlsx } from '../../src/adapters/xlsx';
import { buildPlan2026Sheets } from '../../src/sample/aomori-plan-2026';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { runCli } from '../helpers/run-cli';
import { gridOf, openWorkbook, pane, sheetTab, sharedPlayground } from './helpers/playground';
import { valueMap, workDir } from './helpers/workbooks';

const pg = sharedPlayground();
const CHANGES = '変更点';

describe('Compare in the playground', () => {
  it('compares the open FY2026 list with a picked FY2024 register: the 変更点 the command line writes, and the changes in the pane', async () => {
    const page = await pg.open();
    const plan = createXlsx(buildPlan2026Sheets());
    await openWorkbook(page, 'aomori-plan-2026.xlsx', plan, (g) => g.sheets.some((s) => s.name === '令和8年度事業一覧'));
    await pg.shot('plan open');

    const register = createXlsx(buildSampleSheets());
    await pane(page)
      .locator('input[type=file][data-testid="compare-file"]')
      .setInputFiles({
        name: 'aomori-2024.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(register),
      });
    const results = pane(page).locator('[data-testid="compare-results"]');
    await results.waitFor({ state: 'visible' });
    await sheetTab(page, CHANGES).waitFor({ state: 'visible' });
    await page.mouse.move(0, 0);
    await pg.shot('compared');

    const text = (await results.textContent()) ?? '';
    expect(text).toContain('引き継いだ事業 49（うち番号の変更 48、名称の変更 7）、新たな事業 4、なくなった事業 7、統合 1');
    expect(text).toContain('37  あおもりフィールドスタディ支援事業 → 2 (仮称) 地域企業ビジネス支援拠点運営事業');
    expect(text).toContain('※要確認');

    // the sheet, cell for cell, is what the command line writes for the same two files (but for the name of the open workbook)
    const planPath = join(workDir, 'e2e-plan-2026.xlsx');
    const registerPath = join(workDir, 'aomori-2024.xlsx');
    writeFileSync(planPath, plan);
    writeFileSync(registerPath, register);
    const out = join(workDir, 'e2e-plan-2026.compare.xlsx');
    expect(runCli(['compare', registerPath, planPath, '-o', out]).code).toBe(0);
    const sheetOf = (grid: ReturnType<typeof readXlsx>) => valueMap({ sheets: grid.sheets.filter((s) => s.name === CHANGES) });
    const shown = sheetOf(await gridOf(page));
    const cli = sheetOf(readXlsx(new Uint8Array(readFileSync(out))));
    const source = `${CHANGES}!A2`;
    expect(shown[source]).toBe('比較: aomori-2024.xlsx（57事業） → 開いているブック（53事業）');
    expect(cli[source]).toBe('比較: aomori-2024.xlsx（57事業） → e2e-plan-2026.xlsx（53事業）');
    delete shown[source];
    delete cli[source];
    expect(shown).toEqual(cli);
  });
});
