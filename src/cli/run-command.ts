import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsx, patchXlsx } from '../adapters/xlsx';
import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { GradingPolicySchema, type GradingPolicy } from '../core/model';
import { buildSampleSheets, SAMPLE_FILE_NAME } from '../sample/build-sample-workbook';
import { createTemplateSheets } from '../use-cases/create-template';
import { gradeWorkbook } from '../use-cases/grade-workbook';
import { summariseWorkbook } from '../use-cases/summarise-workbook';
import { restoredText, restoreWorkbook } from '../use-cases/restore-workbook';
import { validateWorkbook } from '../use-cases/validate-workbook';
import { CliError } from './cli-error';
import { formatChanges, formatIssues, formatRestore, formatSummary, summaryJson, type Lang } from './print-report';
import { defaultOutput, loadWorkbook, saveWorkbook } from './workbook-file';

export const USAGE = `shinchoku — 成果指標の進捗評価 / KPI progress evaluation

使い方 / Usage:
  shinchoku validate BOOK.xlsx [--year Y] [--json]
  shinchoku grade    BOOK.xlsx [--year Y] [-o OUT.xlsx] [--overwrite]
  shinchoku summary  BOOK.xlsx [--year Y] [--previous Y2] [-o OUT.xlsx] [--json]
  shinchoku restore  BOOK.xlsx [-o OUT.xlsx] [--overwrite]
  shinchoku demo     [DIR]
  shinchoku template OUT.xlsx

  --year       2024 / 2024年度 / R6 / 令和6年度（省略時: 実績値のある最新年度 / default: latest year with actuals）
  --policy     評価基準の JSON ファイル / grading policy JSON (thresholds and labels)
  --overwrite  入力済みの値・数式も上書きする / replace typed values and formulas
               restore: 書き込み後の変更も破棄して元に戻す / restore even over later changes
  --lang en    英語で表示 / English output
終了コード / exit codes: 0 成功 ok, 1 検証エラーあり validation errors, 2 使い方・ファイルの誤り usage or file error
`;

export interface CommandOptions {
  year?: string;
  previous?: string;
  output?: string;
  json?: boolean;
  overwrite?: boolean;
  policy?: string;
  lang: Lang;
}

type Print = (line: string) => void;

function loadPolicy(path: string | undefined): GradingPolicy {
  if (!path) return DEFAULT_POLICY;
  if (!existsSync(path)) throw new CliError({ ja: `評価基準ファイル ${path} が見つかりません。`, en: `Policy file not found: ${path}` });
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError({ ja: `評価基準ファイル ${path} は JSON として読めません。`, en: `Policy file ${path} is not valid JSON.` });
  }
  const parsed = GradingPolicySchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError({
      ja: `評価基準ファイル ${path} の内容が正しくありません: ${detail}`,
      en: `Policy file ${path} is invalid: ${detail}`,
    });
  }
  return parsed.data;
}

function requireBook(args: string[], command: string): string {
  if (!args[0]) throw new CliError({ ja: `${command} には .xlsx ファイルを指定してください。`, en: `${command} needs an .xlsx file.` });
  return args[0];
}

export async function runCommand(positionals: string[], options: CommandOptions, print: Print): Promise<number> {
  const [command, ...args] = positionals;
  const lang = options.lang;
  const policy = loadPolicy(options.policy);
  switch (command) {
    case 'validate': {
      const book = loadWorkbook(requireBook(args, command));
      const report = validateWorkbook(book.grid, policy);
      if (options.json) print(JSON.stringify({ errors: report.errors, warnings: report.warnings, issues: report.issues }, null, 2));
      else formatIssues(report.issues, lang).forEach(print);
      return report.errors > 0 ? 1 : 0;
    }
    case 'grade': {
      const path = requireBook(args, command);
      const book = loadWorkbook(path);
      const report = gradeWorkbook(book.grid, { year: options.year, policy, overwrite: options.overwrite });
      const out = options.output ?? defaultOutput(path, 'graded');
      saveWorkbook(out, patchXlsx(book.bytes, report.changes), path);
      if (report.validation.issues.length > 0) formatIssues(report.validation.issues, lang).forEach(print);
      formatChanges(report.changed, report.skipped, lang).forEach(print);
      print(lang === 'ja' ? `${report.year}年度の評価を ${out} に保存しました。` : `FY${report.year} grades saved to ${out}.`);
      if (report.changed.length > 0) print(lang === 'ja' ? `元に戻すには: shinchoku restore ${out}` : `To undo: shinchoku restore ${out}`);
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'summary': {
      const path = requireBook(args, command);
      const book = loadWorkbook(path);
      const report = summariseWorkbook(book.grid, { year: options.year, previous: options.previous, policy });
      const out = options.output ?? defaultOutput(path, 'summary');
      saveWorkbook(out, patchXlsx(book.bytes, report.changes), path);
      if (options.json) {
        print(JSON.stringify(summaryJson(report.summary), null, 2));
      } else {
        if (report.validation.issues.length > 0) formatIssues(report.validation.issues, lang).forEach(print);
        formatSummary(report.summary, policy, lang).forEach(print);
        print(
          lang === 'ja'
            ? `集計シート「${report.sheet.name}」を ${out} に保存しました。`
            : `Summary sheet "${report.sheet.name}" saved to ${out}.`,
        );
      }
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'restore': {
      const path = requireBook(args, command);
      const book = loadWorkbook(path);
      const report = restoreWorkbook(book.grid, { overwrite: options.overwrite });
      formatRestore(report, lang).forEach(print);
      if (!report.changes) return 1;
      const out = options.output ?? defaultOutput(path, 'restored');
      saveWorkbook(out, patchXlsx(book.bytes, report.changes), path);
      print(`${restoredText(report)[lang]} → ${out}`);
      return 0;
    }
    case 'template': {
      const out = requireBook(args, command);
      saveWorkbook(out, createXlsx(createTemplateSheets(2020, 2024, policy)));
      print(lang === 'ja' ? `ひな形を ${out} に保存しました。` : `Template saved to ${out}.`);
      return 0;
    }
    case 'demo':
      return runDemo(args[0] ?? 'shinchoku-demo', options, policy, print);
    default:
      throw new CliError({ ja: `コマンド「${command}」はありません。`, en: `Unknown command "${command}".` });
  }
}

/** The sample workbook end to end: write it, validate, grade, summarise, print the table. */
async function runDemo(dir: string, options: CommandOptions, policy: GradingPolicy, print: Print): Promise<number> {
  const lang = options.lang;
  mkdirSync(dir, { recursive: true });
  const sample = join(dir, SAMPLE_FILE_NAME);
  saveWorkbook(sample, createXlsx(buildSampleSheets()));
  print(lang === 'ja' ? `サンプルブック: ${sample}` : `Sample workbook: ${sample}`);
  const book = loadWorkbook(sample);
  const validation = validateWorkbook(book.grid, policy);
  print(lang === 'ja' ? '■ 検証' : '■ Validate');
  formatIssues(validation.issues, lang).forEach(print);
  const graded = gradeWorkbook(book.grid, { year: options.year, policy });
  const gradedPath = join(dir, 'aomori-sample.graded.xlsx');
  const gradedBytes = patchXlsx(book.bytes, graded.changes);
  saveWorkbook(gradedPath, gradedBytes);
  print(
    lang === 'ja'
      ? `■ 評価（${graded.year}年度）: ${graded.changed.length}セルを更新 → ${gradedPath}`
      : `■ Grade (FY${graded.year}): ${graded.changed.length} cells → ${gradedPath}`,
  );
  const gradedBook = loadWorkbook(gradedPath);
  // Compare with the previous year only when the workbook holds results for it.
  const before = graded.year - 1;
  const hasBefore = validation.model.indicators.some((i) =>
    i.indicator.results.some((r) => r.year === before && (r.actual || r.enteredGrade)),
  );
  const summary = summariseWorkbook(gradedBook.grid, { year: graded.year, previous: hasBefore ? before : undefined, policy });
  const summaryPath = join(dir, 'aomori-sample.summary.xlsx');
  saveWorkbook(summaryPath, patchXlsx(gradedBytes, summary.changes));
  print(lang === 'ja' ? `■ 集計 → ${summaryPath}` : `■ Summary → ${summaryPath}`);
  formatSummary(summary.summary, policy, lang).forEach(print);
  return validation.errors > 0 ? 1 : 0;
}
