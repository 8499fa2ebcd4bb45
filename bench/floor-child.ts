/**
 * The floor of `shinchoku grade`: what any tool must do to grade a workbook file, with the same
 * reader and zip code and nothing of the engine. Reads every sheet into grids, then writes the file
 * again with the indicator sheet's XML decoded, encoded and deflated anew (beside the writing, as the command line
 * does), the other parts copied.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { readXlsx } from '../src/adapters/xlsx';
import { parseWorkbookPart } from '../src/adapters/xlsx/workbook-part';
import { partSink } from '../src/adapters/xlsx/part-sink';
import { XlsxPackage } from '../src/adapters/xlsx/xlsx-package';
import { setZipCodec } from '../src/adapters/xlsx/zip-codec';
import { NODE_ZIP_CODEC } from '../src/cli/node-zip-codec';
import { sheetsInWorker } from '../src/cli/sheets-in-worker';
import { INDICATOR_SHEET } from '../src/core/layout/standard-workbook';

setZipCodec(NODE_ZIP_CODEC);
const [input, output] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(input));
// as the command line reads: a large workbook's sheets in two threads
const grid = readXlsx(bytes, { elsewhere: sheetsInWorker() });
if (!grid.sheets.some((s) => s.name === INDICATOR_SHEET)) throw new Error(`${input} has no sheet ${INDICATOR_SHEET}`);
const pkg = XlsxPackage.openWorkbook(bytes);
const part = parseWorkbookPart(pkg).sheets.find((s) => s.name === INDICATOR_SHEET)!.part!;
// decoded and encoded again a piece at a time, as the command line writes a sheet (never whole)
// and deflated beside the writing, as the command line's codec does for a large sheet
const out = partSink(pkg.uncompressedSize(part), 0);
pkg.streamText(part, (piece) => out.sink.write(piece));
const written = out.finish('');
if (!written) throw new Error('The deflate beside the writing gave out.');
pkg.writeBytes(part, written);
writeFileSync(output, pkg.toBytes());
