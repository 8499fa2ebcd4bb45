import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { patchXlsx, readXlsx, XlsxFileError } from '../../../src/adapters/xlsx';
import { PORTABLE_ZIP_CODEC, setZipCodec, type ZipCodec } from '../../../src/adapters/xlsx/zip-codec';
import { NODE_ZIP_CODEC } from '../../../src/cli/node-zip-codec';
import { editZip, excelJsBytes, handcraftedWorkbook, worksheetXml } from './xlsx-test-helpers';

function kindOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxFileError) return e.kind;
    throw e;
  }
  return 'no error';
}

/** An OLE compound file header, with the stream name Office uses for encrypted OOXML if asked. */
function oleFile(encrypted: boolean): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const name = encrypted ? 'EncryptionInfo' : 'Workbook';
  for (let i = 0; i < name.length; i++) bytes[1024 + i * 2] = name.charCodeAt(i);
  return bytes;
}

async function validBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指標');
  for (let r = 1; r <= 50; r++) ws.getRow(r).values = [r, `事業${r}`, r * 1.5];
  return excelJsBytes(wb);
}

// The browser inflates with fflate, the command line with zlib: both must refuse the same damage.
const CODECS: [string, ZipCodec][] = [
  ['fflate (browser)', PORTABLE_ZIP_CODEC],
  ['zlib (command line)', NODE_ZIP_CODEC],
];

describe.each(CODECS)('file errors, %s', (_name, codec) => {
  let valid: Uint8Array;
  beforeAll(async () => {
    setZipCodec(codec);
    valid = await validBook();
  });
  afterAll(() => setZipCodec(PORTABLE_ZIP_CODEC));

  it('says not-xlsx for random bytes and for empty input', () => {
    const random = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) % 251);
    expect(kindOf(() => readXlsx(random))).toBe('not-xlsx');
    expect(kindOf(() => readXlsx(new Uint8Array(0)))).toBe('not-xlsx');
    expect(kindOf(() => patchXlsx(random, { writes: [], sheets: [] }))).toBe('not-xlsx');
  });

  it('says encrypted for a password-protected file and legacy-xls for other OLE files', () => {
    expect(kindOf(() => readXlsx(oleFile(true)))).toBe('encrypted');
    expect(kindOf(() => readXlsx(oleFile(false)))).toBe('legacy-xls');
    expect(kindOf(() => patchXlsx(oleFile(true), { writes: [], sheets: [] }))).toBe('encrypted');
  });

  it('says corrupt for a truncated file', () => {
    for (const length of [10, Math.floor(valid.length / 2), valid.length - 10]) {
      expect(kindOf(() => readXlsx(valid.slice(0, length)))).toBe('corrupt');
    }
  });

  it('says corrupt for a deflated part longer or shorter than the zip directory says', () => {
    const zip = zipSync(unzipSync(valid), { level: 6 });
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const withSize = (delta: number) => {
      const bytes = zip.slice();
      const view = new DataView(bytes.buffer);
      // the central directory's record of the sheet: signature, then its uncompressed size at +24
      for (let p = bytes.length - 22; p >= 0; p--) {
        if (view.getUint32(p, true) !== 0x02014b50 || !Buffer.from(bytes.subarray(p + 46, p + 46 + name.length)).equals(name)) continue;
        view.setUint32(p + 24, view.getUint32(p + 24, true) + delta, true);
        return bytes;
      }
      throw new Error('no central directory record for the sheet');
    };
    expect(kindOf(() => readXlsx(withSize(0)))).toBe('no error');
    expect(kindOf(() => readXlsx(withSize(-100)))).toBe('corrupt');
    expect(kindOf(() => readXlsx(withSize(100)))).toBe('corrupt');
    // a patch streams the sheet it writes (in chunks on the command line too): the same damage stops it
    const write = { writes: [{ sheet: '指標', row: 0, col: 0, value: 1 }], sheets: [] };
    expect(kindOf(() => patchXlsx(withSize(0), write))).toBe('no error');
    expect(kindOf(() => patchXlsx(withSize(-100), write))).toBe('corrupt');
    expect(kindOf(() => patchXlsx(withSize(100), write))).toBe('corrupt');
  });

  it('says corrupt for a zip without a workbook, or with broken XML', () => {
    expect(kindOf(() => readXlsx(editZip(valid, { 'xl/workbook.xml': () => null })))).toBe('corrupt');
    const broken = editZip(valid, { 'xl/worksheets/sheet1.xml': (x) => x.replace('</sheetData>', '</sheetDta>') });
    expect(kindOf(() => readXlsx(broken))).toBe('corrupt');
    expect(kindOf(() => patchXlsx(broken, { writes: [{ sheet: '指標', row: 0, col: 0, value: 1 }], sheets: [] }))).toBe('corrupt');
  });

  it('says not-xlsx for another kind of zip renamed to .xlsx, corrupt for a spreadsheet package that lost its parts', () => {
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<office:document-content/>'),
    });
    const docx = zipSync({
      '[Content_Types].xml': strToU8(
        '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
      '_rels/.rels': strToU8('<Relationships/>'),
      'word/document.xml': strToU8('<w:document/>'),
    });
    const files = zipSync({ 'notes.txt': strToU8('memo') });
    for (const bytes of [docx, files]) expect(kindOf(() => readXlsx(bytes))).toBe('not-xlsx');
    // An OpenDocument file, whatever its name (.xlsx, .xlsm), is named as one: staff can save it as .xlsx.
    expect(kindOf(() => readXlsx(ods))).toBe('opendocument');
    expect(kindOf(() => patchXlsx(ods, { writes: [], sheets: [] }))).toBe('opendocument');
    const emptied = editZip(
      valid,
      Object.fromEntries(
        Object.keys(unzipSync(valid))
          .filter((n) => n.startsWith('xl/'))
          .map((n) => [n, () => null]),
      ),
    );
    expect(kindOf(() => readXlsx(emptied))).toBe('corrupt');
  });

  it('says corrupt for a cell past column XFD or row 1,048,576, where no Excel file goes (found by the property tests)', () => {
    // A cell at ZZZZ1 (column 475,254) used to be read into a row that wide, and validating it took seconds.
    for (const rows of [
      '<row r="1"><c r="ZZZZ1"><v>1</v></c></row>',
      '<row r="1"><c r="XFE1"><v>1</v></c></row>',
      '<row r="1048577"><c r="A1048577"><v>1</v></c></row>',
    ]) {
      expect(kindOf(() => readXlsx(handcraftedWorkbook([{ name: 'a', xml: worksheetXml(rows) }])))).toBe('corrupt');
    }
    const corner = handcraftedWorkbook([{ name: 'a', xml: worksheetXml('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>') }]);
    expect(readXlsx(corner).sheets[0].values[1_048_575][16_383]).toBe(1);
  });

  it('says not-xlsx for a binary .xlsb workbook', () => {
    const xlsb = editZip(valid, {
      'xl/workbook.xml': () => null,
      '_rels/.rels': (x) => x.replace('xl/workbook.xml', 'xl/workbook.bin'),
      'xl/workbook.bin': 'binary',
    });
    expect(kindOf(() => readXlsx(xlsb))).toBe('not-xlsx');
  });

  it('says too-large past maxCells, counting all sheets', () => {
    expect(kindOf(() => readXlsx(valid, { maxCells: 149 }))).toBe('too-large');
    expect(readXlsx(valid, { maxCells: 150 }).sheets[0].values).toHaveLength(50);
    const two = handcraftedWorkbook([
      { name: 'a', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>') },
      { name: 'b', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
    ]);
    expect(kindOf(() => readXlsx(two, { maxCells: 2 }))).toBe('too-large');
  });

  it('will not pad a grid out to one stray far-away cell beyond the budget', () => {
    const stray = handcraftedWorkbook([
      { name: 'a', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="A900000"><v>2</v></c></row>') },
    ]);
    expect(kindOf(() => readXlsx(stray, { maxCells: 1000 }))).toBe('too-large');
    expect(readXlsx(stray).sheets[0].values).toHaveLength(900000);
  });

  it('stops reading a huge sheet at the limit instead of building it', () => {
    // 20,000 cells, then broken XML: a reader that stopped at the limit never reaches the break.
    const cells = Array.from(
      { length: 2_000 },
      (_, r) =>
        `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r}</v></c>`).join('')}</row>`,
    ).join('');
    const huge = handcraftedWorkbook([{ name: 'big', xml: worksheetXml(`${cells}<row r="2001"><c r="A2001"><v>1</v></c></ro`) }]);
    expect(kindOf(() => readXlsx(huge))).toBe('corrupt');
    expect(kindOf(() => readXlsx(huge, { maxCells: 1000 }))).toBe('too-large');
  });
});

describe.each(CODECS)('zip packages Excel opens and careless writers make, %s', (_name, codec) => {
  beforeAll(() => setZipCodec(codec));
  afterAll(() => setZipCodec(PORTABLE_ZIP_CODEC));

  let files: Record<string, Uint8Array>;
  beforeAll(async () => {
    files = unzipSync(await validBook());
  });

  it('reads a package whose entry names use Windows "\\" separators, and writes it back with "/"', () => {
    const windows = zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name.replace(/\//g, '\\'), data])));
    expect(Object.keys(unzipSync(windows))).toContain('xl\\workbook.xml');
    expect(readXlsx(windows).sheets[0].values[2]).toEqual([3, '事業3', 4.5]);
    const patched = patchXlsx(windows, { writes: [{ sheet: '指標', row: 0, col: 3, value: 'A' }], sheets: [] });
    const names = Object.keys(unzipSync(patched));
    expect(names).toContain('xl/workbook.xml');
    expect(names.some((n) => n.includes('\\'))).toBe(false);
    expect(readXlsx(patched).sheets[0].values[0]).toEqual([1, '事業1', 1.5, 'A']);
  });

  it('reads XML parts in UTF-16, with a byte-order mark or, as XML allows, without one', () => {
    const utf16 = (text: string, bigEndian: boolean, bom: boolean) => {
      const body = text.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
      const out = new Uint8Array((bom ? 2 : 0) + body.length * 2);
      if (bom) out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
      for (let i = 0; i < body.length; i++) {
        const [hi, lo] = [body.charCodeAt(i) >> 8, body.charCodeAt(i) & 0xff];
        out.set(bigEndian ? [hi, lo] : [lo, hi], (bom ? 2 : 0) + 2 * i);
      }
      return out;
    };
    for (const [bigEndian, bom] of [
      [true, true],
      [false, true],
      [true, false],
      [false, false],
    ]) {
      const recoded = Object.fromEntries(
        Object.entries(files).map(([name, data]) => [
          name,
          /\.(xml|rels)$/.test(name) ? utf16(new TextDecoder().decode(data).replace(/^\uFEFF/, ''), bigEndian, bom) : data,
        ]),
      );
      expect(readXlsx(zipSync(recoded)).sheets[0].values[2]).toEqual([3, '事業3', 4.5]);
    }
  });

  it('says corrupt when an entry’s checksum does not match, instead of reading a changed value', () => {
    const stored = zipSync(files, { level: 0 });
    const at = Buffer.from(stored).indexOf(Buffer.from('事業3'));
    expect(at).toBeGreaterThan(0);
    const damaged = stored.slice();
    damaged[at + 3] ^= 0x01;
    expect(kindOf(() => readXlsx(damaged))).toBe('corrupt');
  });

  it('says corrupt for a zip holding one part twice, rather than keep one and drop the other on write', () => {
    const twice = zipSync({ ...files, 'xl/Worksheets/Sheet1.xml': files['xl/worksheets/sheet1.xml'] });
    expect(kindOf(() => readXlsx(twice))).toBe('corrupt');
  });
});

describe('how the command line inflates a part', () => {
  afterEach(() => setZipCodec(PORTABLE_ZIP_CODEC));

  it('whole when the part is read into a grid, in chunks when a patch streams it into the written file', async () => {
    const valid = await validBook();
    const calls: string[] = [];
    setZipCodec({
      ...NODE_ZIP_CODEC,
      inflate: (raw, size) => (calls.push(`whole ${size}`), NODE_ZIP_CODEC.inflate(raw, size)),
      inflateChunks: (raw, size, onChunk) => (calls.push('chunks'), NODE_ZIP_CODEC.inflateChunks!(raw, size, onChunk)),
    });
    const sheetSize = unzipSync(valid)['xl/worksheets/sheet1.xml'].length;
    const grid = readXlsx(valid);
    expect(calls).toContain(`whole ${sheetSize}`);
    expect(calls).not.toContain('chunks');
    calls.length = 0;
    const patched = patchXlsx(valid, { writes: [{ sheet: '指標', row: 0, col: 0, value: 99 }], sheets: [] });
    expect(calls).toContain('chunks');
    expect(calls).not.toContain(`whole ${sheetSize}`);
    const again = readXlsx(patched).sheets[0].values;
    expect(again[0]).toEqual([99, ...grid.sheets[0].values[0].slice(1)]);
    expect(again.slice(1)).toEqual(grid.sheets[0].values.slice(1));
  });
});
