import type { Page } from 'playwright-core';
import { readXlsx } from '../../src/adapters/xlsx';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { cell, gridOf, openWorkbook, pane, runAction, sheetTab, sharedPlayground } from './helpers/playground';
import { plantedXlsx, sampleXlsx, valueMap } from './helpers/workbooks';

const pg = sharedPlayground();

/** The pane's button for an issue: its accessible name carries the qualified address. */
function issueButton(page: Page, code: string, address: string) {
  return pane(page)
    .locator(`[data-check="${code}"]`)
    .getByRole('button', { name: new RegExp(`(^| )${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[:：]`) });
}

describe('Validate in the playground', () => {
  it('lists the sample workbook issues with their addresses and selects the cell of a clicked issue', async () => {
    const page = await pg.open();
    // The page holds the sample workbook, cell for cell what `shinchoku demo` writes.
    expect(valueMap(await gridOf(page))).toEqual(valueMap(readXlsx(sampleXlsx().bytes)));
    await pg.shot('sample loaded');

    const before = await gridOf(page);
    const results = await runAction(page, '検証', 'validation-results');
    // What the engine finds in Node: the three true heading-count warnings of the 2022 documents and the
    // FY2024 items without results yet.
    const expected = validateWorkbook(readXlsx(sampleXlsx().bytes));
    await expect(results.getByTestId('validation-counts').textContent()).resolves.toBe(`エラー 0件 / 警告 ${expected.warnings}件`);
    // The heading-count warnings, each with its cell.
    for (const address of ['事業一覧!B22', '事業一覧!C22', '事業一覧!D33']) {
      await expect(issueButton(page, 'GROUP_COUNT_MISMATCH', address).count()).resolves.toBe(1);
    }
    await expect(results.textContent()).resolves.toContain('B22');
    await pg.shot('validated');

    // From another sheet, so the click has to switch the tab too.
    await sheetTab(page, '成果指標').click();
    await expect(sheetTab(page, '成果指標').getAttribute('aria-selected')).resolves.toBe('true');
    await pg.shot('other sheet shown');

    await issueButton(page, 'GROUP_COUNT_MISMATCH', '事業一覧!C22').click();
    await expect(sheetTab(page, '事業一覧').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(sheetTab(page, '成果指標').getAttribute('aria-selected')).resolves.toBe('false');
    await cell(page, 'C22').and(page.locator('[data-selected="true"]')).waitFor({ state: 'visible' });
    await expect(
      page.locator('[data-testid="grid"] td[data-selected="true"]').evaluateAll((tds) => tds.map((td) => td.getAttribute('data-address'))),
    ).resolves.toEqual(['C22']);
    await pg.shot('issue clicked c22 selected');

    await issueButton(page, 'GROUP_COUNT_MISMATCH', '事業一覧!D33').click();
    await cell(page, 'D33').and(page.locator('[data-selected="true"]')).waitFor({ state: 'visible' });
    await expect(cell(page, 'C22').getAttribute('data-selected')).resolves.not.toBe('true');
    await pg.shot('issue clicked d33 selected');

    // Validating and moving around change nothing in the workbook.
    expect(await gridOf(page)).toEqual(before);
  });

  it('reports each planted error of an opened workbook at its cell and changes nothing', async () => {
    const planted = plantedXlsx();
    const page = await pg.open();
    await openWorkbook(page, 'planted.xlsx', planted.bytes, (g) => g.sheets.find((s) => s.name === '成果指標')?.values[3]?.[0] === 99);
    // The grid is the file as the .xlsx reader reads it.
    const before = await gridOf(page);
    expect(valueMap(before)).toEqual(valueMap(readXlsx(planted.bytes)));
    await pg.shot('planted workbook opened');

    const results = await runAction(page, '検証', 'validation-results');
    await expect(results.getByTestId('validation-counts').textContent()).resolves.toMatch(/^エラー [1-9]\d*件/);
    await pg.shot('validated');
    const text = (await results.textContent()) ?? '';
    for (const { code, address } of planted.expected) {
      // The check is named (its code in the heading's tooltip) and its issue names the cell, in the button's label and in its text.
      await expect(issueButton(page, code, address).count()).resolves.toBe(1);
      await expect(pane(page).locator(`[data-check="${code}"] h4`).getAttribute('title')).resolves.toBe(code);
      expect(text).not.toContain(code);
      expect(text).toContain(address.split('!')[1]);
    }

    // Each one, clicked, is selected in the grid on its sheet.
    for (const { code, address } of planted.expected) {
      const [sheet, a1] = address.split('!');
      await issueButton(page, code, address).click();
      await expect(sheetTab(page, sheet).getAttribute('aria-selected')).resolves.toBe('true');
      await cell(page, a1).and(page.locator('[data-selected="true"]')).waitFor({ state: 'visible' });
      await pg.shot(`${code} ${a1} selected`);
    }

    // Validation changes nothing.
    expect(await gridOf(page)).toEqual(before);
  });
});
