import ExcelJS from 'exceljs';
import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../../src/use-cases/grade-workbook';
import { convertWithLibreOffice, soffice } from '../../helpers/libreoffice';
import { entryText, excelJsBytes, loadWithExcelJs, makeTempDir, throughFile } from './xlsx-test-helpers';

const dir = makeTempDir();
const MARKED = (label: string) => `AND(N("shinchoku:grade")=0,L4="${label}")`;

/** What exceljs reads of a sheet's conditional formats (its typings leave the property out). */
interface ReadRule {
  formulae?: string[];
  style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } };
}
const conditionalFormats = (sheet: ExcelJS.Worksheet) =>
  (sheet as unknown as { conditionalFormattings: { ref: string; rules: ReadRule[] }[] }).conditionalFormattings;

/** A register laid out by hand in exceljs: no drop-down of its own on the grade column. */
async function plainRegister(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('事業');
  p.addRows([
    ['番号', '役割', '事業名'],
    [5, '1 圏域全体の経済成長のけん引', '首都圏ビジネス交流拠点運営事業'],
    [11, '1 圏域全体の経済成長のけん引', 'スマート農業普及対策事業'],
  ]);
  const k = wb.addWorksheet('指標');
  k.addRows([
    ['番号', '指標名', '2024年度目標値', '2024年度実績値', '2024年度進捗評価'],
    [5, '売上額※', '50,500千円', '43,698千円', null],
    [11, '講習会等の開催回数', '1回以上/年度', '2回', null],
  ]);
  k.addConditionalFormatting({
    ref: 'B2:B3',
    rules: [{ type: 'expression', priority: 1, formulae: ['LEN(B2)>20'], style: { font: { bold: true } } }],
  });
  return excelJsBytes(wb);
}

describe('grade colours and drop-down in the .xlsx, as the add-in lays them', () => {
  it('adds the marked colour rules and the drop-down on the graded cells, once however often grade runs', async () => {
    const input = await plainRegister();
    const once = patchXlsx(input, gradeWorkbook(readXlsx(input)).changes);
    // a clerk corrects an actual, then grades again: the grade cell changes, the rules are laid again
    const corrected = patchXlsx(once, { writes: [{ sheet: '指標', row: 1, col: 3, value: '30,000千円' }], sheets: [] });
    const twice = patchXlsx(corrected, gradeWorkbook(readXlsx(corrected), { overwrite: true }).changes);
    expect(readXlsx(twice).sheets[1].values[1][4]).toBe('C');
    for (const bytes of [once, twice]) {
      const sheet = (await loadWithExcelJs(throughFile(dir, 'graded.xlsx', bytes))).getWorksheet('指標')!;
      const ours = conditionalFormats(sheet).filter((cf) => cf.ref === 'E2:E3');
      expect(ours).toHaveLength(1);
      expect(ours[0].rules.map((r) => r.formulae?.[0])).toEqual(['A', 'B', 'C', 'D', '-'].map((l) => MARKED(l).replace('L4', 'E2')));
      const colours = ours[0].rules.map((r) => [r.style?.fill?.bgColor?.argb, r.style?.font?.color?.argb]);
      expect(colours[0]).toEqual(['FFC6EFCE', 'FF006100']);
      // the sheet's own rule is kept as it was
      expect(conditionalFormats(sheet).filter((cf) => cf.ref === 'B2:B3')).toHaveLength(1);
      expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D,-"'] });
    }
    expect(entryText(twice, 'xl/worksheets/sheet2.xml').match(/<dataValidation /g)).toHaveLength(1);
    // the rerun reuses the colours it stored: the styles part does not grow
    expect(entryText(twice, 'xl/styles.xml').match(/<dxf>/g)).toHaveLength(entryText(once, 'xl/styles.xml').match(/<dxf>/g)!.length);
  });

  it('keeps a drop-down the sheet already has over the grade column and adds none on top (Excel repairs overlaps)', () => {
    const sample = createXlsx(buildSampleSheets());
    const graded = patchXlsx(sample, gradeWorkbook(readXlsx(sample)).changes);
    const xml = entryText(graded, 'xl/worksheets/sheet2.xml');
    expect(xml.match(/<dataValidation [^>]*sqref="L4:L\d+"/g)).toEqual([expect.stringContaining('sqref="L4:L204"')]);
    expect(xml).toContain('<conditionalFormatting sqref="L4:L62">');
  });

  it("keeps a clerk's own drop-down on exactly the grade cells, with its own list, and adds none", async () => {
    const wb = await loadWithExcelJs(await plainRegister());
    wb.getWorksheet('指標')!.getCell('E2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"済,未"'] };
    wb.getWorksheet('指標')!.getCell('E3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"済,未"'] };
    const input = await excelJsBytes(wb);
    const graded = patchXlsx(input, gradeWorkbook(readXlsx(input)).changes);
    const sheet = (await loadWithExcelJs(graded)).getWorksheet('指標')!;
    expect(sheet.getCell('E2').dataValidation).toMatchObject({ type: 'list', formulae: ['"済,未"'] });
    expect(entryText(graded, 'xl/worksheets/sheet2.xml')).not.toContain('"A,B,C,D,-"');
  });

  (soffice ? it : it.skip)('opens in LibreOffice with the grades in place', async () => {
    const input = await plainRegister();
    const graded = patchXlsx(input, gradeWorkbook(readXlsx(input)).changes);
    expect(convertWithLibreOffice(graded, 2)).toContain('売上額※,"50,500千円","43,698千円",B,86.5%');
  });
});
