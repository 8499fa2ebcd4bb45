/** The shared ring a part's inflated bytes come through, from the inflate thread to the command's (see inflateAhead). */

/** What the inflate thread is given: the part's raw deflate, and the shared ring its bytes come back through. */
export interface InflateJob {
  raw: Uint8Array;
  ring: SharedArrayBuffer;
  /** See the indices below; from LENGTHS on, how many bytes each slot of the ring holds. */
  state: Int32Array;
}

/** Slots of the ring: the thread inflates at most this far ahead of the command's thread. */
export const SLOTS = 8;
/** A slot's size, zlib's output chunk: 2 MiB of ring in all. */
export const SLOT = 1 << 18;
/** state[SEQ] counts the thread's events (a slot filled, the end, a failure): the command's thread waits on it. */
export const SEQ = 0;
/** How many slots the thread has filled, and how many the command's thread has taken. */
export const PRODUCED = 1;
export const TAKEN = 2;
/** state[STATUS]: 0 while the thread inflates, then one of the statuses below. */
export const STATUS = 3;
export const LENGTHS = 4;
export const ENDED = 1;
export const FAILED = 2;
/** The command's thread stopped reading (its reader threw): the thread lets go. */
export const CANCELLED = 3;
