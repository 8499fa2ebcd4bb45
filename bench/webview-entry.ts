/**
 * The pane's engine in a browser page (bundled by webview-child): the grid read from the answers file the page
 * fetches, a line at a time as readAnswers reads it, then one command on it, as command-child runs it in node.
 */
import type { WorkbookGrid } from '../src/core/workbook/cell-grid';
import { COMMANDS, type CommandName } from './commands';
import { addAnswerLine, gridFromAnswer, type OfficeAnswer } from './office-grid';

let grid: WorkbookGrid | undefined;
let kept: unknown;

/** The file a line at a time as it arrives, as a pane gets one sync's answer at a time: never the whole text. */
async function loadGrid(url: string): Promise<void> {
  const body = (await fetch(url)).body;
  if (!body) throw new Error(`${url}: no body`);
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  const answers: OfficeAnswer[] = [];
  let parts: string[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    const text = chunk.value;
    let from = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', from)) {
      parts.push(text.slice(from, end));
      addAnswerLine(answers, parts.join(''));
      parts = [];
      from = end + 1;
    }
    parts.push(text.slice(from));
  }
  if (parts.join('') !== '') addAnswerLine(answers, parts.join(''));
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
