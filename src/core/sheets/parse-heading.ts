import { normalizeText } from '../values/normalize-text';
import { remembered } from '../values/remembered';

export interface Heading {
  /** Leading number: 1 for "1 圏域全体…", 2 for "(2) 産業…", 3 for "③保健・福祉". */
  no: number | null;
  /** The heading without its number and count. */
  name: string;
  /** The heading as written, for messages. */
  text: string;
  /** "(17事業)", "（37 事業）", "【17事業】" → 17. */
  statedCount: number | null;
}

const COUNT = /\s*[(【[]\s*(\d+)\s*事業\s*[)】\]]\s*$/u;
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** A heading's number, name and stated count; the same text gives the same frozen heading. */
export function parseHeading(raw: unknown): Heading | null {
  const text = String(raw ?? '').trim();
  return text ? headingOf(text) : null;
}

const headingOf = remembered((text) => Object.freeze(readHeading(text)));

function readHeading(text: string): Heading {
  let rest = text;
  let no: number | null = null;
  const circled = CIRCLED.indexOf(rest[0]);
  if (circled >= 0) {
    no = circled + 1;
    rest = rest.slice(1);
  } else {
    const normalized = normalizeText(rest);
    const m = /^(?:\((\d+)\)|(\d+))[\s.、．:]*/u.exec(normalized);
    if (m) {
      no = Number(m[1] ?? m[2]);
      rest = normalized.slice(m[0].length);
    } else {
      rest = normalized;
    }
  }
  const count = COUNT.exec(normalizeText(rest));
  const name = normalizeText(rest).replace(COUNT, '').trim();
  return { no, name, text, statedCount: count ? Number(count[1]) : null };
}
