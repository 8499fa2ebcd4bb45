import { message, type LocalizedText } from '../../core/messages/catalogue';

/**
 * A deadline for work that Excel cuts off: a ribbon command (ExecuteFunction) is stopped after five
 * minutes, and on the web a dialog left open at the cut stays stuck (office-js #1452).
 */
export interface TimeLimit {
  /** When the command started (ms, the clock below). */
  startedAt: number;
  /** The time the read and the write together may take. */
  limitMs: number;
  now?: () => number;
}

/** Writing a byte costs more than reading one: the estimate is kept on the safe side. */
const WRITE_COST_FACTOR = 2;

/** Thrown before the first change when the write would not finish well within the limit: nothing is written. */
export class TooLongError extends Error {
  override readonly name = 'TooLongError';
  readonly text: LocalizedText;
  constructor(readonly estimatedMs: number) {
    const text = message('COMMAND_TOO_LONG', { minutes: Math.max(1, Math.ceil(estimatedMs / 60_000)) });
    super(text.en);
    this.text = text;
  }
}

/** What the read measured: how long it took and how many bytes it brought back. */
export interface ReadMeasure {
  ms: number;
  bytes: number;
}

/**
 * Throws TooLongError when the time spent so far plus the write's estimate (its bytes at the pace
 * the read just had, times WRITE_COST_FACTOR) would pass the limit.
 */
export function assertWithinLimit(limit: TimeLimit, read: ReadMeasure, writeBytes: number): void {
  const now = (limit.now ?? Date.now)();
  const pace = read.ms / Math.max(read.bytes, 1);
  const estimate = writeBytes * pace * WRITE_COST_FACTOR;
  if (now - limit.startedAt + estimate > limit.limitMs) throw new TooLongError(now - limit.startedAt + estimate);
}
