import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createXlsx, readXlsx } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { buildPlan2026Sheets } from '../../src/sample/aomori-plan-2026';
import { convertWithLibreOffice, soffice } from '../helpers/libreoffice';
import { runCli, tempDir } from '../helpers/run-cli';
import { workbookCells } from '../helpers/workbook-cells';

const dir = tempDir();
const register = join(dir, 'vision-2022.xlsx');
const plan = join(dir, 'plan-2026.xlsx');
writeFileSync(register, createXlsx(buildSampleSheets()));
writeFileSync(plan, createXlsx(buildPlan2026Sheets()));
const read = (path: string) => readXlsx(new Uint8Array(readFileSync(path)));

describe('shinchoku compare', () => {
  const out = join(dir, 'plan-2026.compare.xlsx');
  const run = runCli(['compare', register, plan]);

  it('prints the new statuses, the counts and every project that changed, and writes 変更点 into a copy of the new register', () => {
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      '比較: vision-2022.xlsx（57事業） → plan-2026.xlsx（53事業）',
      '事業区分（新）: 継続 50 · 新規 2 · 拡充 1 · 統合 1 · 終了 0',
      '引き継いだ事業 49（うち番号の変更 48、名称の変更 7）、新たな事業 4、なくなった事業 7、統合 1',
    ]);
    expect(lines).toContain('  40 → 37  水道事業の広域連携事業');
    expect(lines).toContain(
      '  10 → 7  農業移住・新規就農サポート事業 → あおもり就農サポートセンター管理運営事業 (0.38)  ※要確認（名称が大きく異なるため、前後の事業の位置から対応づけ）',
    );
    expect(lines).toContain(
      '  37  あおもりフィールドスタディ支援事業 → 2 (仮称) 地域企業ビジネス支援拠点運営事業  (令和8年度事業一覧!C38)',
    );
    expect(lines).toContain('  8  物産振興事業  継続  (事業一覧!A11)');
    expect(lines.at(-2)).toBe(`「変更点」シートを ${out} に保存しました。`);
    const written = read(out);
    expect(written.sheets.map((s) => s.name)).toEqual(['令和8年度事業一覧', '変更点', '進捗_元に戻す']);
    // the list itself is untouched
    expect(workbookCells({ sheets: [written.sheets[0]] })).toEqual(workbookCells({ sheets: [read(plan).sheets[0]] }));
  });

  it('--json gives the issue’s shape, cells as addresses', () => {
    const r = runCli(['compare', register, plan, '--json', '-o', join(dir, 'j.xlsx')]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.statusCounts).toEqual({ 継続: 50, 新規: 2, 拡充: 1, 統合: 1, 終了: 0 });
    expect(json.matched.find((m: { old: number }) => m.old === 55)).toMatchObject({
      old: 55,
      new: 52,
      name: 'RPA活用推進事業',
      renamed: true,
      oldCell: '事業一覧!A58',
      newCell: '令和8年度事業一覧!A56',
    });
    expect(json.merged).toEqual([
      {
        old: 37,
        into: 2,
        intoName: '(仮称) 地域企業ビジネス支援拠点運営事業',
        name: 'あおもりフィールドスタディ支援事業',
        cell: '令和8年度事業一覧!C38',
      },
    ]);
    expect(json.added.map((p: { no: number }) => p.no)).toEqual([14, 48, 49, 53]);
    expect(json.removed.map((p: { no: number }) => p.no)).toEqual([2, 3, 8, 16, 25, 36, 46]);
    expect(json.indicatorChanges).toEqual([]);
  });

  it('restore takes 変更点 out again, back to the list as it was', () => {
    const restored = join(dir, 'restored.xlsx');
    const r = runCli(['restore', out, '-o', restored]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/の変更点の作成を元に戻しました: 0セル、シート 1件/);
    expect(workbookCells(read(restored))).toEqual(workbookCells(read(plan)));
  });

  it('exceljs and LibreOffice open the written sheet and read the same figures', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet('変更点')!;
    expect(sheet.getCell('A1').value).toBe('連携事業の変更点');
    if (!soffice) return;
    const csv = convertWithLibreOffice(new Uint8Array(readFileSync(out)), 2);
    expect(csv).toContain('事業区分（新）,,事業数');
    expect(csv).toContain('継続,,50');
    expect(csv).toContain('40,37,水道事業の広域連携事業,水道事業の広域連携事業,番号,,継続');
  });

  it('stops quietly when the reader of its output goes away (| head -1)', () => {
    const cli = join(__dirname, '..', '..', 'dist', 'cli', 'main.js');
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" compare "${register}" "${plan}" -o "${join(dir, 'head.xlsx')}" | head -1`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toBe('比較: vision-2022.xlsx（57事業） → plan-2026.xlsx（53事業）\n');
    expect(r.stderr).toBe('');
  });

  it('over an error in a register shows no figures: the errors under their file’s name, and exit 1', () => {
    const sheets = buildPlan2026Sheets();
    const merged = sheets[0].cells.find((c) => c.value === 'NO 2へ統合')!;
    merged.value = 'NO 99へ統合';
    const bad = join(dir, 'plan-bad.xlsx');
    writeFileSync(bad, createXlsx(sheets));
    const r = runCli(['compare', register, bad, '-o', join(dir, 'bad.compare.xlsx')]);
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('plan-bad.xlsx の検証エラー:');
    expect(lines[1]).toContain('令和8年度事業一覧!D38');
    expect(lines[1]).toContain('MERGED_INTO_UNKNOWN');
    expect(lines.at(-1)).toContain('変更点のシートを作成していません');
    expect(r.stdout).not.toContain('引き継いだ事業');
    expect(existsSync(join(dir, 'bad.compare.xlsx'))).toBe(false);
    const json = JSON.parse(runCli(['compare', register, bad, '--json', '-o', join(dir, 'bad.json.xlsx')]).stdout);
    expect(json.errors.old).toEqual([]);
    expect(json.errors.new.map((e: { code: string; address: string }) => [e.code, e.address])).toEqual([
      ['MERGED_INTO_UNKNOWN', '令和8年度事業一覧!D38'],
    ]);
    expect(json.matched).toBeUndefined();
  });

  it('needs two files, and never writes over either', () => {
    const one = runCli(['compare', register]);
    expect(one).toMatchObject({ code: 2, stdout: '' });
    expect(one.stderr.trim()).toBe('compare には比べる2つの .xlsx ファイル（旧・新の順）を指定してください。');
    const over = runCli(['compare', register, plan, '-o', register]);
    expect(over.code).toBe(2);
    expect(over.stderr).toContain(register);
  });
});

describe('a plan register (番号 · 事業名 · 事業区分, no indicators)', () => {
  it('validates clean and says how it was read; grade and summary say there is nothing to grade', () => {
    const r = runCli(['validate', plan]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'シート「令和8年度事業一覧」の 53事業を事業一覧（計画）として検証しました。成果指標の表はありません。',
    );
    expect(JSON.parse(runCli(['validate', plan, '--json']).stdout)).toMatchObject({ errors: 0, warnings: 0, plan: true });
    for (const command of ['grade', 'summary', 'boxes']) {
      const refused = runCli([command, plan]);
      expect(refused).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr.trim()).toBe('このブックは事業一覧（計画）です。成果指標の表がないため、評価・集計はできません。');
    }
  });
});

describe('shinchoku template --from --to: the second vision', () => {
  it('lays the years FY2025–FY2029 out for budgets and results, and validates clean', () => {
    const out = join(dir, 'vision-2.xlsx');
    expect(runCli(['template', out, '--from', 'R7', '--to', '2029']).code).toBe(0);
    const sheets = read(out).sheets;
    const headers = sheets.flatMap((s) => s.values.slice(0, 4).flat()).filter((v): v is string => typeof v === 'string');
    expect(headers.filter((h) => /20(2[0-9])年度/.test(h)).join(' ')).not.toMatch(/202[0-4]年度/);
    for (const y of [2025, 2029]) expect(headers.some((h) => h.includes(`${y}年度`))).toBe(true);
    expect(JSON.parse(runCli(['validate', out, '--json']).stdout).errors).toBe(0);
    // one year given: the five years from it
    expect(runCli(['template', join(dir, 'from.xlsx'), '--from', '2025']).code).toBe(0);
    expect(read(join(dir, 'from.xlsx')).sheets.flatMap((s) => s.values.slice(0, 4).flat())).toContain('目標値（2029年度）');
  });

  it('refuses a reversed or overlong period with one line', () => {
    const reversed = runCli(['template', join(dir, 'x.xlsx'), '--from', '2029', '--to', '2025']);
    expect(reversed).toMatchObject({ code: 2 });
    expect(reversed.stderr.trim()).toBe('最初の年度（令和11年度（2029年度））が最後の年度（令和7年度（2025年度））より後になっています。');
    expect(runCli(['template', join(dir, 'x.xlsx'), '--from', '2025', '--to', '2040']).stderr).toContain('長すぎます');
  });
});
