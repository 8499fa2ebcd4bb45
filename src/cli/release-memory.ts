import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection at a step's end, when what the step read is garbage: the grid and the
 * model once a grade is planned, a sheet's text once its columns have moved. V8 would otherwise let
 * the heap grow by all of it first (a 100,000-row grade peaked about 280 MB higher). Node gives no call
 * for this without --expose-gc, which the command's shebang cannot pass everywhere: the flag is set
 * at run time just long enough to get the collector, as Jest's leak detector does. Where V8 does not
 * allow it, nothing happens.
 */
export function releaseMemory(): void {
  if (!collect) {
    collect = () => undefined;
    try {
      setFlagsFromString('--expose-gc');
      const gc: unknown = runInNewContext('gc');
      if (typeof gc === 'function') collect = () => void gc();
    } catch {
      // no collector offered: the run takes the memory V8 gives it
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  collect();
}
