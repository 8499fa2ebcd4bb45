import { ownString } from './own-string';

/** Longer texts are seldom the same in two cells (a target, a note): read as they come. */
export const LONGEST_MEMOISED = 64;
/** Slots of a new table: it doubles when half of them are taken, up to MOST_SLOTS. */
const FIRST_SLOTS = 1 << 10;
/** Slots of the largest table: it is emptied once half of them are taken, as a large workbook's texts go by. */
const MOST_SLOTS = 1 << 17;

/**
 * A reading of a text of the sheet's XML, remembered by the text's characters and found again without cutting
 * the text out: a register repeats 指標1, 継続, ○ and its units on row after row, and each cut piece is a string
 * to make, to copy from its chunk (see ownString) and to collect. What is remembered is handed out again.
 */
export class TextRangeMemo {
  private keys: (string | undefined)[] = [];
  private values: string[] = [];
  private hashes = new Int32Array(0);
  private count = 0;

  constructor(private readonly read: (text: string) => string) {}

  /** The reading of s[from, to), a text of at most LONGEST_MEMOISED characters. */
  get(s: string, from: number, to: number): string {
    // FNV-1a over the UTF-16 code units, and the length
    let hash = 0x811c9dc5 ^ (to - from);
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === hash && key.length === to - from && sameText(key, s, from)) return this.values[slot];
      slot = (slot + 1) & mask;
    }
    const text = s.slice(from, to);
    const value = this.read(text);
    // the key is kept: a copy of its own, not a view of the chunk (the value is one when it is the text)
    this.remember(value === text ? value : ownString(text), value, hash);
    return value;
  }

  private remember(key: string, value: string, hash: number): void {
    if (2 * (this.count + 1) > this.hashes.length) {
      const size = this.hashes.length;
      this.count = 0;
      if (size >= MOST_SLOTS) {
        // emptied in place: a table made anew each time would be megabytes of garbage a sheet of many texts leaves
        this.keys.fill(undefined);
        this.values.fill('');
      } else {
        const kept = { keys: this.keys, values: this.values, hashes: this.hashes };
        this.keys = new Array<string | undefined>(Math.max(FIRST_SLOTS, 2 * size)).fill(undefined);
        this.values = new Array<string>(this.keys.length).fill('');
        this.hashes = new Int32Array(this.keys.length);
        kept.keys.forEach((k, i) => k !== undefined && this.remember(k, kept.values[i], kept.hashes[i]));
      }
    }
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = key;
    this.values[slot] = value;
    this.hashes[slot] = hash;
    this.count++;
  }
}

function sameText(key: string, s: string, from: number): boolean {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(from + i)) return false;
  return true;
}
