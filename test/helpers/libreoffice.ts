import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * soffice on PATH, if this machine has LibreOffice; tests that use it are skipped otherwise,
 * except in CI (.ci/run installs it), where a missing soffice fails instead of skipping.
 */
export const soffice = (() => {
  for (const name of ['soffice', 'libreoffice']) {
    try {
      return execFileSync('which', [name], { encoding: 'utf8' }).trim() || undefined;
    } catch {
      // not installed under this name
    }
  }
  if (process.env.CI === 'true') throw new Error('CI must have LibreOffice (soffice): .ci/run installs libreoffice-calc-nogui');
  return undefined;
})();

/** Converts one sheet (1-based; the first by default) of a workbook to CSV with LibreOffice and returns the text. */
export function convertWithLibreOffice(bytes: Uint8Array, sheet = 1): string {
  const dir = mkdtempSync(join(tmpdir(), 'shinchoku-lo-'));
  try {
    const input = join(dir, 'book.xlsx');
    writeFileSync(input, bytes);
    execFileSync(
      soffice!,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,${sheet}`,
        '--outdir',
        dir,
        input,
      ],
      {
        timeout: 120_000,
        stdio: 'ignore',
      },
    );
    const csv = readdirSync(dir).find((f) => f.endsWith('.csv'));
    if (!csv) throw new Error('LibreOffice did not convert the workbook');
    return readFileSync(join(dir, csv), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The workbook opened and saved again as .xlsx by LibreOffice: another writer's parts, with its own habits. */
export function saveWithLibreOffice(bytes: Uint8Array): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'shinchoku-lo-'));
  try {
    writeFileSync(join(dir, 'book.xlsx'), bytes);
    execFileSync(
      soffice!,
      [
        '--headless',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'book.xlsx'),
      ],
      { timeout: 120_000, stdio: 'ignore' },
    );
    return new Uint8Array(readFileSync(join(dir, 'out', readdirSync(join(dir, 'out'))[0])));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
