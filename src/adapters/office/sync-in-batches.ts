import { packInOrder } from './payload-chunks';

const PAYLOAD_ERRORS = new Set(['RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded']);

export function isPayloadLimitError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && PAYLOAD_ERRORS.has(String((error as { code?: unknown }).code));
}

/**
 * Queues items in order, as many per context.sync() as the byte budget allows. Each queue call
 * returns what to do once its batch has synced (read the loaded properties). When Excel still
 * rejects a batch as too large (the estimate was low), the batch is halved and sent again. A
 * request refused for its size never ran, and only reads have large responses, so no change is
 * applied twice.
 */
export async function syncInBatches<T extends { bytes: number }>(
  context: Excel.RequestContext,
  items: readonly T[],
  budget: number,
  queue: (item: T) => (() => void) | void,
  split: (item: T) => T[] | undefined = () => undefined,
): Promise<void> {
  const pending = packInOrder(items, budget);
  while (pending.length > 0) {
    const batch = pending.shift() as T[];
    const after = batch.map((item) => queue(item));
    try {
      // One sync per batch is the point: each batch is sized to stay under Excel's payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const smaller =
        batch.length > 1 ? [batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1)] : split(batch[0])?.map((item) => [item]);
      if (!smaller || smaller.length < 2) throw error;
      pending.unshift(...smaller);
      continue;
    }
    for (const done of after) done?.();
  }
}
