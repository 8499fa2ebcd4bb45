/** Writes Excel's answers for the bench's workbook (see answer-file.ts), in its own process: the generator's peak is its own. */
import { writeAnswers } from './answer-file';
import { generateSheets } from './generate-workbook';

const [rows, file] = process.argv.slice(2);
writeAnswers(file, generateSheets(Number(rows)));
