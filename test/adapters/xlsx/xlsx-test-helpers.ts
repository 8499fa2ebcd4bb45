import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Each test file gets its own temp folder, removed after its tests; outputs are written there and read back from disk. */
export function makeTempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'shinchoku-xlsx-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes bytes to a real file and reads them back, as the command line does. */
export function throughFile(dir: string, name: string, bytes: Uint8Array): Uint8Array {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return new Uint8Array(readFileSync(path));
}

export async function excelJsBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export async function loadWithExcelJs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
  return wb;
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function entryText(bytes: Uint8Array, name: string): string {
  const entry = unzipSync(bytes)[name];
  if (!entry) throw new Error(`no entry ${name}`);
  return strFromU8(entry);
}

/** Rebuilds a zip with some entries edited, added (at the end) or removed (edit returns null). */
export function editZip(bytes: Uint8Array, edits: Record<string, ((text: string) => string | null) | string>): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const edit = edits[name];
    if (edit === undefined) out[name] = data;
    else if (typeof edit === 'string') out[name] = strToU8(edit);
    else {
      const text = edit(strFromU8(data));
      if (text !== null) out[name] = strToU8(text);
    }
  }
  for (const [name, edit] of Object.entries(edits)) {
    if (!(name in files) && typeof edit === 'string') out[name] = strToU8(edit);
  }
  return zipSync(out);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A package written by hand, for XML shapes exceljs never produces. */
export function handcraftedWorkbook(
  sheets: { name: string; xml: string; state?: string }[],
  extra: { styles?: string; sharedStrings?: string } = {},
): Uint8Array {
  const files: Zippable = {};
  const overrides = sheets.map(
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  if (extra.styles)
    overrides.push(
      '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
    );
  if (extra.sharedStrings)
    overrides.push(
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>',
    );
  files['[Content_Types].xml'] = strToU8(
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      overrides.join('') +
      '</Types>',
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${RELS}"><sheets>` +
      sheets
        .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('') +
      '</sheets></workbook>',
  );
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RELS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (extra.styles) rels.push(`<Relationship Id="rIdS" Type="${RELS}/styles" Target="styles.xml"/>`);
  if (extra.sharedStrings) rels.push(`<Relationship Id="rIdT" Type="${RELS}/sharedStrings" Target="/xl/sharedStrings.xml"/>`);
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(s.xml)));
  if (extra.styles) files['xl/styles.xml'] = strToU8(extra.styles);
  if (extra.sharedStrings) files['xl/sharedStrings.xml'] = strToU8(extra.sharedStrings);
  return zipSync(files);
}

export function worksheetXml(sheetData: string, rest = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${RELS}"><sheetData>${sheetData}</sheetData>${rest}</worksheet>`;
}

/**
 * Adds a bar chart to the first sheet by hand (exceljs cannot write charts): drawing,
 * chart and their relationships, as Excel lays them out.
 */
export function withChart(bytes: Uint8Array, sheetName: string): Uint8Array {
  const files = unzipSync(bytes);
  const sheetRelsName = 'xl/worksheets/_rels/sheet1.xml.rels';
  const chartRel = `<Relationship Id="rIdChart1" Type="${RELS}/drawing" Target="../drawings/drawing1.xml"/>`;
  const sheetRels = files[sheetRelsName]
    ? strFromU8(files[sheetRelsName]).replace('</Relationships>', `${chartRel}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chartRel}</Relationships>`;
  const drawing =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${RELS}" r:id="rId1"/>` +
    '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
  const chart =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELS}">` +
    '<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${sheetName}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>` +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>';
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    if (name === '[Content_Types].xml') {
      out[name] = strToU8(
        strFromU8(data).replace(
          '</Types>',
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
            '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
        ),
      );
    } else if (name === 'xl/worksheets/sheet1.xml') {
      // <drawing> precedes <legacyDrawing> (comments) in CT_Worksheet.
      const xml = strFromU8(data);
      const at = xml.includes('<legacyDrawing') ? xml.indexOf('<legacyDrawing') : xml.indexOf('</worksheet>');
      out[name] = strToU8(`${xml.slice(0, at)}<drawing r:id="rIdChart1"/>${xml.slice(at)}`);
    } else if (name !== sheetRelsName) out[name] = data;
  }
  out[sheetRelsName] = strToU8(sheetRels);
  out['xl/drawings/drawing1.xml'] = strToU8(drawing);
  out['xl/drawings/_rels/drawing1.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELS}/chart" Target="../charts/chart1.xml"/></Relationships>`,
  );
  out['xl/charts/chart1.xml'] = strToU8(chart);
  return zipSync(out);
}

/** Worksheet members exceljs has at run time but leaves out of its type declarations. */
export function internals(ws: ExcelJS.Worksheet): {
  dataValidations: { model: Record<string, { type?: string; formulae?: unknown[] } | undefined> };
  conditionalFormattings: unknown[];
} {
  return ws as never;
}
