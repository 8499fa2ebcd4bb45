import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import type { SheetGrid, SheetOutput } from '../src/core/workbook/cell-grid';
import { addAnswerLine, gridFromAnswer, officeAnswer, type OfficeAnswer } from './office-grid';

/**
 * Excel's answers for a workbook kept in a file as JSON lines: a line per sheet without its blocks, then a
 * line per block. Read back a line at a time, each line is what one sync brings the pane (under 5 MB), so
 * the reader's memory is what the pane's is: the blocks parsed, then the grid, never the whole text.
 */
export function writeAnswers(file: string, sheets: readonly SheetOutput[]): void {
  const lines: string[] = [];
  for (const sheet of sheets) {
    const { blocks, ...rest } = officeAnswer(sheet);
    lines.push(JSON.stringify({ sheet: { ...rest, blocks: [] } }));
    for (const block of blocks) lines.push(JSON.stringify({ block }));
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
}

export function readAnswers(file: string): SheetGrid[] {
  const answers: OfficeAnswer[] = [];
  eachLine(file, (line) => addAnswerLine(answers, line));
  return answers.map(gridFromAnswer);
}

/** The file's lines, read 1 MiB at a time. */
function eachLine(file: string, onLine: (line: string) => void): void {
  const fd = openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 20);
  let carry: Buffer[] = [];
  try {
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) {
      let from = 0;
      for (let nl = buffer.indexOf(10, from); nl >= 0 && nl < n; nl = buffer.indexOf(10, from)) {
        onLine(Buffer.concat([...carry, buffer.subarray(from, nl)]).toString('utf8'));
        carry = [];
        from = nl + 1;
      }
      if (from < n) carry.push(Buffer.from(buffer.subarray(from, n)));
    }
  } finally {
    closeSync(fd);
  }
}
