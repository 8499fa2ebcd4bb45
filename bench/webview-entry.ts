/**
 * The pane's engine in a browser page (bundled by webview-child): the grid read from the answers file the page
 * fetches, as readAnswers reads it, then one command on it, as command-child runs it in node.
 */
import type { WorkbookGrid } from '../src/core/workbook/cell-grid';
import { COMMANDS, type CommandName } from './commands';
import { addAnswerLine, gridFromAnswer, type OfficeAnswer } from './office-grid';

let grid: WorkbookGrid | undefined;
let kept: unknown;

async function loadGrid(url: string): Promise<void> {
  const text = await (await fetch(url)).text();
  const answers: OfficeAnswer[] = [];
  for (let from = 0; from < text.length;) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    addAnswerLine(answers, text.slice(from, to));
    from = to + 1;
  }
  grid = { sheets: answers.map(gridFromAnswer) };
}

/** Runs the command and keeps its result, as the pane holds it; the milliseconds it took. */
function run(command: CommandName): number {
  if (!grid) throw new Error('loadGrid first');
  const start = performance.now();
  kept = COMMANDS[command](grid);
  return performance.now() - start;
}

Object.assign(globalThis, { shinchokuBench: { loadGrid, run, kept: () => kept } });
