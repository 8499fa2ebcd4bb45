import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { conferenceGradeWrites } from '../helpers/conference-grades';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { seedResults2024, seedProjects } from '../../src/sample/aomori-seed-data';
import type { SheetOutput } from '../../src/core/workbook/cell-grid';
import { convertWithLibreOffice, soffice } from '../helpers/libreoffice';
import { S_TO_D } from '../helpers/policies';
import { runCli, tempDir } from '../helpers/run-cli';
import { strFromU8, unzipSync } from 'fflate';

const unzipEntry = (path: string, name: string) => strFromU8(unzipSync(new Uint8Array(readFileSync(path)))[name]);
import { workbookCells } from '../helpers/workbook-cells';

const dir = tempDir();
const sample = join(dir, 'sample.xlsx');
writeFileSync(sample, createXlsx(buildSampleSheets()));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

async function readBack(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** The 1-based Excel row of an indicator in the sample's 成果指標 sheet. */
function indicatorRow(projectNo: number, name: string): number {
  const order = seedProjects.flatMap((p) => p.indicators.map((i) => `${p.no}/${i.name}`));
  return 4 + order.indexOf(`${projectNo}/${name}`);
}

describe('shinchoku demo', () => {
  it('runs the sample end to end and prints the summary table', () => {
    const out = join(dir, 'demo');
    const r = runCli(['demo', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('エラー 0件 / 警告 50件');
    expect(r.stdout).toContain('「-」47項目の内訳: 実績値未入力 44、年度の目標値なし 3');
    expect(r.stdout).toContain('令和5年度（2023年度）は実績値・進捗評価が入力されていないため、比較していません。');
    expect(r.stdout).toMatch(/計 【57事業】\s+6\s+4\s+0\s+0\s+47\s+57/);
    expect(r.stdout).toContain('比較的順調（A+B）: 10項目 17.5%');
    const files = ['aomori-sample.xlsx', 'aomori-sample.graded.xlsx', 'aomori-sample.summary.xlsx', 'aomori-sample.reports.xlsx'];
    for (const f of [...files, 'aomori-plan-2026.xlsx', 'aomori-plan-2026.compare.xlsx']) expect(existsSync(join(out, f))).toBe(true);
    // the conference's other pages: the trend (one year with results in the sample) and the boxes
    expect(r.stdout).toMatch(/令和6年度（2024年度）\s+57\s+57\s+6\s+4\s+0\s+0\s+47\s+10\s+17\.5%/);
    const reports = readXlsx(new Uint8Array(readFileSync(join(out, 'aomori-sample.reports.xlsx'))));
    expect(reports.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['評価集計', '進捗評価の推移', '事業別評価']));
    // and the FY2026 list of the conference material compared with the sample
    expect(r.stdout).toContain('引き継いだ事業 49（うち番号の変更 48、名称の変更 7）、新たな事業 4、なくなった事業 7、統合 1');
  });
});

describe('shinchoku validate', () => {
  it('finds no errors in the sample: the three true heading-count warnings and the FY2024 items without results', () => {
    const r = runCli(['validate', sample, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toBe(0);
    const gaps = report.issues.filter((i: { code: string }) => i.code === 'ACTUAL_MISSING' || i.code === 'TARGET_MISSING');
    expect(gaps).toHaveLength(47);
    const others = report.issues.filter((i: { code: string }) => i.code !== 'ACTUAL_MISSING' && i.code !== 'TARGET_MISSING');
    // --year 2023: the year asked for is checked, here a year with no results at all
    expect(JSON.parse(runCli(['validate', sample, '--json', '--year', 'R5']).stdout).warnings).toBe(3 + 55);
    expect(others.map((i: { code: string; address: string }) => `${i.code} ${i.address}`)).toEqual([
      'GROUP_COUNT_MISMATCH 事業一覧!B22',
      'GROUP_COUNT_MISMATCH 事業一覧!C22',
      'GROUP_COUNT_MISMATCH 事業一覧!D33',
    ]);
  });

  it('reports every planted error at its cell in one pass, exits 1 and changes nothing', () => {
    const sheets = buildSampleSheets();
    const set = (sheet: SheetOutput, row: number, col: number, value: string | number) => {
      const cell = sheet.cells.find((c) => c.row === row && c.col === col);
      if (cell) cell.value = value;
      else sheet.cells.push({ row, col, value });
    };
    const [projects, indicators] = sheets;
    set(indicators, 3, 0, 99); // 成果指標!A4: a project that does not exist
    const p5 = indicatorRow(5, '売上額※') - 1;
    set(indicators, p5, 10, '43,698人'); // 成果指標!K: 人 against a 千円 target
    set(projects, 5, 0, '１２三'); // 事業一覧!A6
    set(projects, 3, 17, 2020); // 事業一覧!R4: 計 of project 1 is 2,019
    const bad = join(dir, 'planted.xlsx');
    writeFileSync(bad, createXlsx(sheets));
    const before = sha(bad);
    const r = runCli(['validate', bad, '--json']);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).issues.map((i: { code: string; address: string }) => `${i.code} ${i.address}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'INDICATOR_UNKNOWN_PROJECT 成果指標!A4',
        `UNIT_MISMATCH 成果指標!K${p5 + 1}`,
        'PROJECT_NO_INVALID 事業一覧!A6',
        'BUDGET_TOTAL_MISMATCH 事業一覧!R4',
      ]),
    );
    expect(sha(bad)).toBe(before);

    // No silent summary: exit 1, the errors with their cells, no file; --draft writes one marked 暫定.
    const out = join(dir, 'planted.summary.xlsx');
    const json = JSON.parse(runCli(['summary', bad, '--json', '-o', out]).stdout);
    const errors = json.errors.map((i: { code: string; address: string }) => `${i.code} ${i.address}`);
    // every planted error, and no warning, is what stops it
    expect(errors).toEqual(
      expect.arrayContaining([
        'INDICATOR_UNKNOWN_PROJECT 成果指標!A4',
        `UNIT_MISMATCH 成果指標!K${p5 + 1}`,
        'PROJECT_NO_INVALID 事業一覧!A6',
        'BUDGET_TOTAL_MISMATCH 事業一覧!R4',
      ]),
    );
    expect(json.errors.every((i: { severity: string }) => i.severity === 'error')).toBe(true);
    expect(existsSync(out)).toBe(false);
    const n = errors.length;
    const stopped = runCli(['summary', bad, '-o', out]);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain(`UNIT_MISMATCH          実績値の単位「人」が目標値の単位「千円」と合いません。`);
    expect(stopped.stdout).toContain(
      `令和6年度（2024年度）の集計に使うデータ（比較する年度を含む）に検証エラーが ${n}件あるため、集計シートを作成していません。`,
    );
    expect(existsSync(out)).toBe(false);
    const draft = runCli(['summary', bad, '--draft', '-o', out]);
    expect(draft.code).toBe(1);
    expect(draft.stdout).toContain(`暫定版: 検証エラー ${n}件を含むデータから集計しました（シートのタイトルに明記）。`);
    const title = readXlsx(new Uint8Array(readFileSync(out))).sheets.find((s) => s.name === '評価集計')!.values[0][0];
    expect(title).toBe(`【暫定・検証エラー${n}件】令和6年度（2024年度）進捗評価の集計`);
    // Grade over them grades the rest and says the rows with errors were left
    const graded = runCli(['grade', bad, '-o', join(dir, 'planted.graded.xlsx')]);
    expect(graded.code).toBe(1);
    expect(graded.stdout).toContain(
      `令和6年度（2024年度）のデータに検証エラーが ${n}件あります。エラーのある行の進捗評価・達成率は書き込んでいません`,
    );
    // Boxes over them builds no sheet either, and says which errors stop it
    const boxesOut = join(dir, 'planted.boxes.xlsx');
    const boxes = runCli(['boxes', bad, '-o', boxesOut]);
    expect(boxes.code).toBe(1);
    expect(boxes.stdout).toContain(`UNIT_MISMATCH          実績値の単位「人」が目標値の単位「千円」と合いません。`);
    expect(boxes.stdout).toMatch(/令和6年度（2024年度）のデータに検証エラーが \d+件あるため、事業別評価のシートを作成していません。/);
    expect(existsSync(boxesOut)).toBe(false);
  });
});

describe('shinchoku grade', () => {
  it('writes the printed FY2024 grades and rates in place and leaves the input alone', async () => {
    const before = sha(sample);
    const out = join(dir, 'graded.xlsx');
    const r = runCli(['grade', sample, '--year', 'R6', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').slice(-2)).toEqual([
      `令和6年度（2024年度）の評価を ${out} に保存しました。`,
      `元に戻すには: shinchoku restore ${out}`,
    ]);
    expect(sha(sample)).toBe(before);
    const sheet = (await readBack(out)).getWorksheet('成果指標')!;
    expect(sheet.getCell('M3').value).toBe('達成率');
    for (const result of seedResults2024) {
      const row = indicatorRow(result.projectNo, result.indicatorName);
      expect(sheet.getCell(`L${row}`).value).toBe(result.grade);
      expect(typeof sheet.getCell(`M${row}`).value).toBe('number');
      expect(sheet.getCell(`M${row}`).numFmt).toBe('0.0%');
    }
    const aomoLink = indicatorRow(5, '売上額※');
    expect(sheet.getCell(`M${aomoLink}`).value).toBeCloseTo(43698 / 50500, 12);
    // A project without a result yet gets "-", never D.
    expect(sheet.getCell(`L${indicatorRow(1, seedProjects[0].indicators[0].name)}`).value).toBe('-');
  });

  it('prints counts and the first indicators, grade and rate together; the full list goes to --changes or --json', () => {
    const out = join(dir, 'graded-list.xlsx');
    const r = runCli(['grade', sample, '-o', out]);
    const lines = r.stdout.split('\n');
    const from = lines.indexOf('変更したセル 60件:');
    expect(lines.slice(from, from + 3)).toEqual([
      '変更したセル 60件:',
      '評価した指標 10件',
      '  No.5    売上額※: B 86.5%  成果指標!M9 （空欄） → 86.5%',
    ]);
    expect(lines).toContain('「-」とした指標 49件（実績値未入力 44 · 年度の目標値なし 3 · 統合事業 2）');
    expect(lines).toContain('全件の一覧は --changes 一覧.csv（Excel で開ける CSV）または --json で出力できます。');
    // the 44 warnings of one check are one line, with their first cells; validate lists them all
    expect(lines.filter((l) => l.includes('ACTUAL_MISSING'))).toEqual([
      '警告    実績値が未入力（ACTUAL_MISSING）44件: 成果指標!K4, 成果指標!K7, 成果指標!K8, 成果指標!K10, 成果指標!K11 …（全件は shinchoku validate）',
    ]);
    // one line per indicator graded, none per "-" cell: 60 changed cells take 16 lines, not 60
    expect(lines.length - from).toBeLessThan(22);

    const csv = join(dir, 'graded-list.csv');
    const listed = runCli(['grade', sample, '-o', join(dir, 'graded-list2.xlsx'), '--changes', csv]);
    expect(listed.stdout).toContain(`変更したセルの一覧（60件）を ${csv} に保存しました。`);
    expect(listed.stdout).not.toContain('--changes 一覧.csv');
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = text.slice(1).trimEnd().split('\r\n');
    expect(rows[0]).toBe('セル,種類,変更前,変更後,結果,理由');
    expect(rows).toHaveLength(61);
    expect(rows).toContain(`成果指標!M${indicatorRow(5, '売上額※')},達成率,,${43698 / 50500},更新,`);

    const json = JSON.parse(runCli(['grade', sample, '-o', join(dir, 'graded-list3.xlsx'), '--json']).stdout);
    expect(json.changed).toHaveLength(60);
    expect(json.indicators.find((i: { projectNo: number }) => i.projectNo === 5)).toMatchObject({ grade: 'B', indicator: '売上額※' });
  });

  it('accepts every year notation with the same result', () => {
    const outputs = ['2024', '2024年度', 'R6', '令和6年度'].map((y, i) => {
      const out = join(dir, `y${i}.xlsx`);
      expect(runCli(['grade', sample, '--year', y, '-o', out]).code).toBe(0);
      return runCli(['summary', out, '--year', y, '--json']).stdout;
    });
    expect(new Set(outputs).size).toBe(1);
  });

  it('keeps a typed grade that differs from the computed one unless --overwrite', async () => {
    const sheets = buildSampleSheets();
    const row = indicatorRow(5, '売上額※') - 1;
    sheets[1].cells.find((c) => c.row === row && c.col === 11)!.value = 'A';
    const book = join(dir, 'typed.xlsx');
    writeFileSync(book, createXlsx(sheets));
    const kept = join(dir, 'typed.kept.xlsx');
    const r = runCli(['grade', book, '-o', kept]);
    expect(r.stdout).toContain('GRADE_DIFFERS');
    expect(r.stdout).toMatch(new RegExp(`成果指標!L${row + 1}\\s+A → B`));
    expect((await readBack(kept)).getWorksheet('成果指標')!.getCell(`L${row + 1}`).value).toBe('A');
    const replaced = join(dir, 'typed.replaced.xlsx');
    runCli(['grade', book, '-o', replaced, '--overwrite']);
    expect((await readBack(replaced)).getWorksheet('成果指標')!.getCell(`L${row + 1}`).value).toBe('B');
  });
});

describe('shinchoku summary', () => {
  it('adds the 評価集計 sheet and prints the contract JSON', async () => {
    const out = join(dir, 'summary.xlsx');
    const r = runCli(['summary', sample, '--year', '2024', '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.year).toBe(2024);
    expect(json.roles.map((x: { projects: number; items: number }) => [x.projects, x.items])).toEqual([
      [17, 16],
      [1, 1],
      [39, 40],
    ]);
    expect(json.totals.items).toBe(57);
    const pct = Object.values(json.totals.percents as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(Math.round(pct * 10)).toBe(1000);
    const wb = await readBack(out);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['事業一覧', 'visible'],
      ['成果指標', 'visible'],
      ['評価集計', 'visible'],
      ['進捗_元に戻す', 'hidden'],
    ]);
    const s = wb.getWorksheet('評価集計')!;
    expect(s.getCell('A8').value).toBe('計 【57事業】');
    expect(s.getCell('G8').value).toBe(57);
    expect(s.getCell('B9').numFmt).toBe('0.0%');
    // Run again on its own output: the sheet is cleared and reused, not duplicated.
    const again = join(dir, 'summary2.xlsx');
    expect(runCli(['summary', out, '--year', '2024', '-o', again]).code).toBe(0);
    expect((await readBack(again)).worksheets.map((w) => w.name)).toEqual(['事業一覧', '成果指標', '評価集計', '進捗_元に戻す']);
  });
});

describe('shinchoku template', () => {
  it('writes an empty workbook with the headers, drop-downs and an example row that validates clean', async () => {
    const out = join(dir, 'template.xlsx');
    expect(runCli(['template', out]).code).toBe(0);
    const wb = await readBack(out);
    const ind = wb.getWorksheet('成果指標')!;
    expect(ind.getCell('A2').value).toBe('番号');
    expect(ind.getCell('A4').value).toBe('例');
    const validation = ind.getCell('I5').dataValidation;
    expect(validation.type).toBe('list');
    expect(validation.formulae?.[0]).toContain('A,B,C,D,-');
    const r = runCli(['validate', out, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).errors).toBe(0);
  });
});

describe('file and usage errors: exit 2 and one clear line', () => {
  const cases: Array<[string, () => string[], RegExp]> = [
    ['a missing file', () => ['validate', join(dir, 'nope.xlsx')], /見つかりません/],
    [
      'a text file',
      () => {
        const p = join(dir, 'notes.xlsx');
        writeFileSync(p, 'not a workbook');
        return ['validate', p];
      },
      /Excel ブック（\.xlsx）ではありません/,
    ],
    [
      'a truncated workbook',
      () => {
        const p = join(dir, 'cut.xlsx');
        writeFileSync(p, readFileSync(sample).subarray(0, 3000));
        return ['validate', p];
      },
      /壊れている/,
    ],
    [
      'a password-protected workbook',
      () => {
        const p = join(dir, 'locked.xlsx');
        const ole = Buffer.alloc(4096);
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
        Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024);
        writeFileSync(p, ole);
        return ['grade', p];
      },
      /パスワードで保護/,
    ],
    [
      'a workbook with only empty sheets',
      () => {
        const p = join(dir, 'empty.xlsx');
        writeFileSync(p, createXlsx([{ name: 'Sheet1', cells: [], merges: [], columnWidths: [], validations: [] }]));
        return ['validate', p];
      },
      /空です/,
    ],
    ['an unreadable year', () => ['grade', sample, '--year', '来年'], /年度「来年」を読めません/],
    [
      'a year the workbook has no columns for',
      () => ['grade', sample, '--year', '2030'],
      /令和12年度（2030年度）の目標値・実績値の列（または行）がブックにありません（あるのは 令和5年度（2023年度）、令和6年度（2024年度））/,
    ],
    ['an unknown command', () => ['frobnicate', sample], /コマンド「frobnicate」はありません/],
  ];
  it.each(cases)('%s', (_name, args, expected) => {
    const r = runCli(args());
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(expected);
  });

  it('speaks English when asked', () => {
    const r = runCli(['validate', join(dir, 'nope.xlsx'), '--lang', 'en']);
    expect(r.stderr.trim()).toBe(`File not found: ${join(dir, 'nope.xlsx')}`);
  });

  it('refuses to write over its input', () => {
    const r = runCli(['grade', sample, '-o', sample]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('入力は変更しません');
  });
});

describe('shinchoku boxes', () => {
  it('adds 事業別評価, one box per project as the material prints it, which LibreOffice reads', () => {
    const out = join(dir, 'boxes.xlsx');
    const r = runCli(['boxes', sample, '--year', '2024', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`事業別の「事業別評価」シートを ${out} に保存しました。`);
    const names = readXlsx(new Uint8Array(readFileSync(out))).sheets.map((s) => s.name);
    expect(names).toEqual(['事業一覧', '成果指標', '事業別評価', '進捗_元に戻す']);
    if (soffice) {
      const csv = convertWithLibreOffice(new Uint8Array(readFileSync(out)), 3);
      expect(csv).toContain('5 首都圏ビジネス交流拠点運営事業');
      expect(csv).toContain('売上額※,"43,698千円",B,"50,500千円",86.5%,');
    }
  });
});

describe('shinchoku trend', () => {
  // The sample with FY2023 and FY2024 graded as the conference material counts them.
  const printed = join(dir, 'printed.xlsx');
  const sampleBytes = createXlsx(buildSampleSheets());
  writeFileSync(printed, patchXlsx(sampleBytes, { writes: conferenceGradeWrites(readXlsx(sampleBytes)), sheets: [] }));

  it("prints the contract JSON with the material's figures and adds 進捗評価の推移, which LibreOffice opens", () => {
    const out = join(dir, 'trend.xlsx');
    const r = runCli(['trend', printed, '--from', 'R5', '--to', '2024年度', '-o', out, '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(
      json.years.map((y: { year: number; projects: number; items: number; favorable: unknown }) => [
        y.year,
        y.projects,
        y.items,
        y.favorable,
      ]),
    ).toEqual([
      [2023, 55, 55, { count: 42, percent: 76.4 }],
      [2024, 57, 57, { count: 45, percent: 78.9 }],
    ]);
    expect(json.years[1].newProjects.map((p: { no: number }) => p.no)).toEqual([56, 57]);
    expect(json.years[1].counts).toEqual({ A: 31, B: 14, C: 5, D: 2, '-': 5 });
    expect(json.withoutResults).toEqual([]);
    const names = readXlsx(new Uint8Array(readFileSync(out))).sheets.map((s) => s.name);
    expect(names).toEqual(['事業一覧', '成果指標', '進捗評価の推移', '進捗_元に戻す']);
    if (soffice) {
      const csv = convertWithLibreOffice(new Uint8Array(readFileSync(out)), 3);
      expect(csv).toContain('令和5年度（2023年度）,55,55,31,11,7,4,2,42,76.4%,,');
      expect(csv).toContain('令和6年度（2024年度）,57,57,31,14,5,2,5,45,78.9%,+2.5,+2.5');
    }
    // the text report says the same, and restore takes the sheet away
    const text = runCli(['trend', printed, '-o', join(dir, 'trend-text.xlsx')]);
    expect(text.stdout).toContain('比較的順調な割合は令和5年度（2023年度）の76.4%から令和6年度（2024年度）には78.9%（+2.5ポイント）');
    const restored = join(dir, 'trend-restored.xlsx');
    expect(runCli(['restore', out, '-o', restored]).code).toBe(0);
    expect(readXlsx(new Uint8Array(readFileSync(restored))).sheets.map((s) => s.name)).toEqual(['事業一覧', '成果指標']);
  });

  it('says which years it left out for want of results, and refuses a reversed range (exit 2)', () => {
    const r = runCli(['trend', sample, '--from', '2020', '-o', join(dir, 'trend-sample.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '令和2年度（2020年度）、令和3年度（2021年度）、令和4年度（2022年度）、令和5年度（2023年度）は実績値・進捗評価が入力されていないため、載せていません。',
    );
    // over an error, neither the sheet nor the figures: the cells to fix and why
    const bad = join(dir, 'trend-bad.xlsx');
    const sheets = buildSampleSheets();
    sheets[1].cells.find((c) => c.row === 8 && c.col === 10)!.value = '四万三千';
    writeFileSync(bad, createXlsx(sheets));
    const stopped = runCli(['trend', bad, '-o', join(dir, 'trend-bad-out.xlsx')]);
    expect(stopped.code).toBe(1);
    expect(stopped.stdout).toContain('推移に載せる年度のデータに検証エラーが 1件あるため');
    expect(stopped.stdout).not.toContain('17.5%');
    expect(existsSync(join(dir, 'trend-bad-out.xlsx'))).toBe(false);
    const reversed = runCli(['trend', sample, '--from', '2024', '--to', '2020']);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('より後になっています');
  });
});

describe('LibreOffice opens what the command line writes', () => {
  (soffice ? it : it.skip)('shows the grades and rates of the graded sample, and the summary sheet', () => {
    const graded = join(dir, 'lo-graded.xlsx');
    expect(runCli(['grade', sample, '-o', graded]).code).toBe(0);
    const summarised = join(dir, 'lo-summary.xlsx');
    expect(runCli(['summary', graded, '-o', summarised]).code).toBe(0);
    const bytes = new Uint8Array(readFileSync(summarised));
    const indicators = convertWithLibreOffice(bytes, 2).split('\n');
    const row = indicatorRow(5, '売上額※');
    // 達成率 inside the 2024 group, right after 進捗評価; 備考 after it
    expect(indicators[row - 1]).toMatch(/"43,698千円",B,86\.5%,$/);
    // grade added the hidden restore record (third), summary the 評価集計 sheet after it
    expect(convertWithLibreOffice(bytes, 3)).toContain('{""shinchoku"":""restore"",""version"":1}');
    const summary = convertWithLibreOffice(bytes, 4);
    expect(summary).toContain('計 【57事業】,6,4,0,0,47,57');
  });
});

describe('--policy: another area scale as data', () => {
  it('grades the sample with 110/80/50 and S–D from a JSON file, no code change', () => {
    const policyPath = join(dir, 'policy-s-d.json');
    writeFileSync(
      policyPath,
      JSON.stringify({ ...S_TO_D, levels: S_TO_D.levels.map((l) => (l.label === 'A' ? { ...l, minPercent: 110 } : l)) }),
    );
    // The sample's grades were typed on the Aomori scale: the sheet is the record, so they count as typed,
    // and each that the S–D rule grades otherwise is named.
    const typed = runCli(['summary', sample, '--policy', policyPath, '--json', '-o', join(dir, 'policy-typed.xlsx')]);
    expect(typed.code).toBe(0);
    const asTyped = JSON.parse(typed.stdout);
    expect(Object.keys(asTyped.totals.counts)).toEqual(['S', 'A', 'B', 'C', 'D', '-']);
    expect(asTyped.totals.counts).toEqual({ S: 0, A: 6, B: 4, C: 0, D: 0, '-': 47 });
    expect(asTyped.typedGrades.map((g: { typed: string; computed: string }) => `${g.typed}→${g.computed}`).sort()).toEqual(
      ['A→B', 'A→B', 'A→B', 'A→B', 'A→S'].sort(),
    );
    // Graded over with the new scale, the sheet shows its grades: 2回 of 1回以上 (200%) is S; 110名 of 100名 (110%)
    // is A; the other eight (85.7%–102.6%) are B under A ≥110 / B ≥80.
    const graded = join(dir, 'policy-graded.xlsx');
    expect(runCli(['grade', sample, '--policy', policyPath, '--overwrite', '-o', graded]).code).toBe(0);
    const r = runCli(['summary', graded, '--policy', policyPath, '--json', '-o', join(dir, 'policy-summary.xlsx')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.totals.counts).toEqual({ S: 1, A: 1, B: 8, C: 0, D: 0, '-': 47 });
    expect(json.typedGrades).toEqual([]);
  });

  it('refuses a policy whose thresholds do not fall, with the reason', () => {
    const policyPath = join(dir, 'policy-bad.json');
    writeFileSync(policyPath, JSON.stringify({ ...S_TO_D, levels: [...S_TO_D.levels].reverse() }));
    const r = runCli(['validate', sample, '--policy', policyPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('評価基準ファイル');
  });
});

describe('shinchoku restore', () => {
  const cellsOf = (path: string) => workbookCells(readXlsx(new Uint8Array(readFileSync(path))));

  it('undoes grade then summary, newest first, back to the input cell for cell; then says there is nothing left', () => {
    const graded = join(dir, 'r-graded.xlsx');
    const summarised = join(dir, 'r-summary.xlsx');
    expect(runCli(['grade', sample, '--year', '2024', '-o', graded]).code).toBe(0);
    expect(runCli(['summary', graded, '--year', '2024', '-o', summarised]).code).toBe(0);
    const once = runCli(['restore', summarised, '-o', join(dir, 'r1.xlsx')]);
    expect(once.code).toBe(0);
    expect(once.stdout).toMatch(
      /^令和\d+年\d+月\d+日 \d\d:\d\d の集計（令和6年度（2024年度））を元に戻しました: 0セル、シート 1件 → .*r1\.xlsx$/m,
    );
    expect(cellsOf(join(dir, 'r1.xlsx'))).toEqual(cellsOf(graded));
    const twice = runCli(['restore', join(dir, 'r1.xlsx'), '-o', join(dir, 'r2.xlsx'), '--lang', 'en']);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toMatch(/Restored the grade \(FY2024\) run of .*: 60 cells, 0 sheets/);
    expect(cellsOf(join(dir, 'r2.xlsx'))).toEqual(cellsOf(sample));
    const none = runCli(['restore', join(dir, 'r2.xlsx')]);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr.trim().split('\n')).toEqual(['元に戻せる操作はありません（このブックに進捗の書き込み記録がありません）。']);
  });

  it('asks Excel to recalculate on opening only when a formula reads the graded sheet, and Restore takes that back', async () => {
    const calcOnLoad = (path: string) => /fullCalcOnLoad="1"/.test(unzipEntry(path, 'xl/workbook.xml'));
    const plain = join(dir, 'calc-plain.xlsx');
    expect(runCli(['grade', sample, '--year', '2024', '-o', plain]).code).toBe(0);
    expect(calcOnLoad(plain)).toBe(false);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(sample) as never);
    wb.addWorksheet('会議資料').getCell('A1').value = { formula: 'COUNTIF(\'成果指標\'!L4:L60,"A")', result: 0 };
    const withFormula = join(dir, 'calc-formula.xlsx');
    writeFileSync(withFormula, new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(calcOnLoad(withFormula)).toBe(false);
    const graded = join(dir, 'calc-graded.xlsx');
    expect(runCli(['grade', withFormula, '--year', '2024', '-o', graded]).code).toBe(0);
    expect(calcOnLoad(graded)).toBe(true);
    const restored = join(dir, 'calc-restored.xlsx');
    expect(runCli(['restore', graded, '-o', restored]).code).toBe(0);
    expect(calcOnLoad(restored)).toBe(false);
  });

  it('lists cells typed after grading and restores nothing (exit 1) unless --overwrite', async () => {
    const graded = join(dir, 'c-graded.xlsx');
    expect(runCli(['grade', sample, '--year', '2024', '-o', graded]).code).toBe(0);
    const wb = await readBack(graded);
    const row = indicatorRow(seedResults2024[0].projectNo, seedResults2024[0].indicatorName);
    const rate = wb.getWorksheet('成果指標')!.getRow(row).getCell(13);
    expect(typeof rate.value).toBe('number');
    rate.value = 0.9;
    const edited = join(dir, 'c-edited.xlsx');
    await wb.xlsx.writeFile(edited);
    const out = join(dir, 'c-restored.xlsx');
    const refused = runCli(['restore', edited, '-o', out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(
      '1か所が書き込み後に変更されているため、何も元に戻していません。\n--overwrite を付けると、これらの変更を破棄して元に戻します。',
    );
    expect(refused.stdout).toContain(`成果指標!M${row}      0.8653 → 0.9000  (書き込み後に変更されています)`);
    expect(existsSync(out)).toBe(false);
    expect(runCli(['restore', edited, '-o', out, '--overwrite']).code).toBe(0);
    expect(cellsOf(out)).toEqual(cellsOf(sample));
  });
});
