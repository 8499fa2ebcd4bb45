/**
 * Excel on the web refuses any request or response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). Sizes are estimated as UTF-8 bytes of the JSON Office sends,
 * and one context.sync() carries at most 4 MB by that estimate: room for its error and Office's framing.
 */
export const SYNC_BUDGET_BYTES = 4_000_000;

/** The largest single range request; smaller pieces pack into syncs with little waste. */
export const MAX_OPERATION_BYTES = 1_000_000;

/** Object path, method name and address that travel with every queued call. */
export const OPERATION_OVERHEAD_BYTES = 200;

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? '');
}
