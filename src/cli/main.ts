#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cliMessage } from '../core/messages/cli-messages';
import { runCommand } from './run-command';
import { CliError } from './cli-error';
import { UsageError } from '../use-cases/resolve-year';
import { setZipCodec } from '../adapters/xlsx/zip-codec';
import { NODE_ZIP_CODEC } from './node-zip-codec';

/** A line on stderr that says what a long step is doing, overwritten in place and cleared when it ends. */
function terminalProgress(lang: 'ja' | 'en') {
  const text = {
    reading: cliMessage('CLI_PROGRESS_READING'),
    working: cliMessage('CLI_PROGRESS_WORKING'),
    writing: cliMessage('CLI_PROGRESS_WRITING'),
  };
  return (step: 'reading' | 'working' | 'writing' | 'done') =>
    process.stderr.write(step === 'done' ? '\r\x1b[2K' : `\r\x1b[2K${text[step][lang]}`);
}

/** Exit codes: 0 success, 1 the workbook has validation errors, 2 a usage or file error. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        year: { type: 'string' },
        previous: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        output: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
        changes: { type: 'string' },
        overwrite: { type: 'boolean' },
        draft: { type: 'boolean' },
        policy: { type: 'string' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    process.stderr.write(`${cliMessage('CLI_USAGE_ERROR', { detail: (e as Error).message }).ja}\n${cliMessage('CLI_USAGE').ja}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const lang = values.lang === 'en' || (values.lang === undefined && process.env.SHINCHOKU_LANG === 'en') ? 'en' : 'ja';
  if (values.version) {
    const pkg = JSON.parse(readFileSync(`${__dirname}/../../package.json`, 'utf8')) as { version: string };
    process.stdout.write(`${pkg.version}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(cliMessage('CLI_USAGE').ja);
    return positionals.length === 0 && !values.help ? 2 : 0;
  }
  try {
    const progress = process.stdout.isTTY && process.stderr.isTTY ? terminalProgress(lang) : undefined;
    return await runCommand(positionals, { ...values, lang, progress }, (line) => process.stdout.write(`${line}\n`));
  } catch (e) {
    if (e instanceof CliError || e instanceof UsageError) {
      process.stderr.write(`${e.text[lang]}\n`);
      return 2;
    }
    throw e;
  }
}

// `shinchoku validate BOOK.xlsx | head`: the reader has gone, which is no failure to report with a stack
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

setZipCodec(NODE_ZIP_CODEC);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`${cliMessage('CLI_UNEXPECTED', { detail: (e as Error)?.stack ?? String(e) }).ja}\n`);
    process.exitCode = 2;
  },
);
