import ExcelJS from 'exceljs';
import { strFromU8 } from 'fflate';
import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { gradeWorkbook } from '../../../src/use-cases/grade-workbook';
import { saveWithLibreOffice, soffice } from '../../helpers/libreoffice';
import { saxesEvents, scannerEvents } from './xml-event-log';
import { excelJsBytes, unzip, withChart } from './xlsx-test-helpers';

/** Every XML part of a package, as text. */
function xmlParts(bytes: Uint8Array): [string, string][] {
  return Object.entries(unzip(bytes))
    .filter(([name]) => /\.(xml|rels)$/i.test(name))
    .map(([name, data]) => [name, strFromU8(data)]);
}

/** The scanner and saxes give the same events for every part: checked part by part, so a failure names the part. */
function expectSameAsSaxes(bytes: Uint8Array): number {
  const parts = xmlParts(bytes);
  for (const [name, xml] of parts) {
    expect({ name, events: scannerEvents(xml, [Math.floor(xml.length / 3), Math.floor(xml.length / 2)]) }).toEqual({
      name,
      events: saxesEvents(xml),
    });
  }
  return parts.length;
}

async function staffRegister(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const k = wb.addWorksheet('指標 (2024)');
  k.addRows([
    ['番号', '指標名', '目標値', '実績値', '評価', '備考'],
    [5, '売上額 "※" & <推計>', 50500, 43698, { formula: 'IF(D2>=C2,"A","B")' }, 'A&B'],
    [11, '講習会等の開催回数', 1, 2, null, '=見込み'],
  ]);
  k.mergeCells('F2:F3');
  k.getCell('E2').dataValidation = { type: 'list', formulae: ['"A,B,C,D,-"'], allowBlank: true };
  k.addConditionalFormatting({
    ref: 'B2:B3',
    rules: [{ type: 'expression', priority: 1, formulae: ['LEN(B2)>20'], style: { font: { bold: true } } }],
  });
  k.getCell('B2').note = 'R6 から算定方法を変更';
  return withChart(await excelJsBytes(wb), '指標 (2024)');
}

describe('the XML scanner on the parts real writers produce', () => {
  const sample = createXlsx(buildSampleSheets());

  it('reads every part of the sample and of the sample graded (grades, colours, the restore sheet) as saxes does', () => {
    const graded = patchXlsx(sample, gradeWorkbook(readXlsx(sample), { year: 2024 }).changes);
    expect(expectSameAsSaxes(sample)).toBeGreaterThan(5);
    expect(expectSameAsSaxes(graded)).toBeGreaterThan(5);
  });

  it('reads every part exceljs writes (shared strings, a formula, a merge, a drop-down, a rule, a comment, a chart) as saxes does', async () => {
    expect(expectSameAsSaxes(await staffRegister())).toBeGreaterThan(8);
  });

  (soffice ? it : it.skip)('reads every part LibreOffice writes when it saves the sample as .xlsx, as saxes does', () => {
    expect(expectSameAsSaxes(saveWithLibreOffice(sample))).toBeGreaterThan(5);
  });
});
