/**
 * Callbacks for a streaming parse. `start` is the offset of the tag's '<' in the text fed so far,
 * `end` the offset just past its '>' (a self-closing tag's close has the same two).
 */
export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean, end: number, start: number): void;
  close?(name: string, end: number, start: number): void;
  text?(text: string): void;
  /** Elements of this name the handler may read from the text itself (see WholeElement). */
  whole?: WholeElement;
}

/** `WholeElement.read` for an element it leaves to the scanner. */
export const LEFT_TO_SCANNER = -2;
/** `WholeElement.read` for an element that runs past the text fed so far: it is offered again with more. */
export const MORE_TEXT = -1;

/**
 * Elements a handler reads faster than their events would come (a worksheet's rows): `read` is given the
 * text fed so far, the offset of an element's '<' in it, inside the root, and the offset of the text's start
 * in the whole; it returns the offset just past the element's end, having handled it as its events. It takes
 * only an element it has checked to be well-formed, every character of it, and whose events it handles alike;
 * anything else is LEFT_TO_SCANNER.
 */
export interface WholeElement {
  name: string;
  read(s: string, lt: number, base: number): number;
}

/** Thrown for anything that is not well-formed; the caller names the part. */
export class XmlSyntaxError extends Error {
  override readonly name = 'XmlSyntaxError';
}

function fail(why: string): never {
  throw new XmlSyntaxError(why);
}

/** The characters of XML's syntax, as char codes (for this scanner and the readers of simple elements). */
export const LT = 0x3c;
export const GT = 0x3e;
export const SLASH = 0x2f;
export const EQUALS = 0x3d;
export const BANG = 0x21;
export const QUESTION = 0x3f;
export const DOUBLE_QUOTE = 0x22;
export const SINGLE_QUOTE = 0x27;
export const AMPERSAND = 0x26;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Ends a name: space, '/', '>', '=' (and '<', quotes or '&', which no name holds: the tag is broken). */
function endsName(c: number): boolean {
  return isSpace(c) || c === SLASH || c === GT || c === EQUALS || c === LT || c === DOUBLE_QUOTE || c === SINGLE_QUOTE || c === AMPERSAND;
}

/** XML 1.0 does not allow these anywhere in a document, not even as references. */
const DISALLOWED_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** XML turns every line end (CR LF, a lone CR) into LF; a reference (&#13;) keeps its CR. */
function normalizeLineEnds(raw: string): string {
  return raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
}

function decodeText(raw: string): string {
  return resolveReferences(normalizeLineEnds(raw));
}

/** In an attribute every literal line end and tab becomes a space (XML's attribute-value normalisation). */
function decodeAttribute(raw: string): string {
  return resolveReferences(raw.replace(/\r\n?|[\n\t]/g, ' '));
}

const NAMED_REFERENCES = new Map([
  ['amp', '&'],
  ['lt', '<'],
  ['gt', '>'],
  ['quot', '"'],
  ['apos', "'"],
]);

/** The text with its references (&amp;, &#x41;) resolved; throws XmlSyntaxError for one XML does not know. */
export function resolveReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&([^;&]*)(;?)/g, (_, name: string, semicolon: string) => {
    if (semicolon === '') fail(`"&${name}" is not a reference`);
    const named = NAMED_REFERENCES.get(name);
    if (named !== undefined) return named;
    const code = /^#[0-9]{1,7}$/.test(name) ? Number(name.slice(1)) : /^#x[0-9A-Fa-f]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : -1;
    if (code < 0) fail(`undefined entity &${name};`);
    if (!isXmlChar(code)) fail(`&${name}; is not a character XML allows`);
    return String.fromCodePoint(code);
  });
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * The same few names (c, r, s, t, v, row) come back millions of times: a name seen before is
 * reused rather than cut from the text again, which spares V8 a new string to hash as a property key.
 */
class NameTable {
  private readonly slots: string[] = new Array<string>(256).fill('');

  take(s: string, from: number, to: number): string {
    const length = to - from;
    const slot = (s.charCodeAt(from) * 31 + s.charCodeAt(to - 1) * 7 + length) & 255;
    const known = this.slots[slot];
    if (known.length === length && s.startsWith(known, from)) return known;
    const name = s.slice(from, to);
    this.slots[slot] = name;
    return name;
  }
}

/** Returned by a tag reader when the tag runs past the text fed so far. */
const INCOMPLETE = MORE_TEXT;

/**
 * A streaming XML scanner for the parts of a spreadsheet package: elements, attributes, text,
 * CDATA, comments and processing instructions, without namespace processing. It refuses what is
 * not well-formed (mismatched or unclosed tags, a second root, text outside the root, unquoted or
 * repeated attributes, '<' in a value, unknown entities, disallowed characters) and any DTD, which
 * no spreadsheet part has. Chunks may split anything; text is reported whole, once the next tag starts.
 */
export class XmlScanner {
  /** Text fed and not yet scanned, from offset `base` of the whole. */
  private pending = '';
  private base = 0;
  private readonly open: string[] = [];
  private rootClosed = false;
  private readonly names = new NameTable();
  /**
   * The pending text is scanned again once it is this long. A token longer than a chunk (a long text,
   * comment or value) is otherwise scanned from its start at every chunk: doubling keeps the work linear.
   */
  private scanAt = 0;
  /** Off for the text's last scan, so a document cut short fails as the scanner says it. */
  private whole: WholeElement | undefined;

  constructor(private readonly handler: XmlHandler) {
    this.whole = handler.whole;
  }

  write(chunk: string): void {
    if (DISALLOWED_CHAR.test(chunk)) fail('disallowed character');
    // joined, not added: V8 keeps a + b as a pair, and every character read through it costs a step more
    // (a sheet read in pieces scanned 15 % slower than the same text whole)
    this.pending = this.pending.length === 0 ? chunk : [this.pending, chunk].join('');
    if (this.pending.length >= this.scanAt) this.scanPending();
  }

  private scanPending(): void {
    const s = this.pending;
    const consumed = this.scan(s);
    this.pending = consumed === 0 ? s : s.slice(consumed);
    this.base += consumed;
    this.scanAt = 2 * this.pending.length;
  }

  end(): void {
    this.whole = undefined;
    this.scanPending();
    const rest = this.pending;
    if (rest.length > 0) {
      if (this.open.length > 0) fail(`unclosed tag <${this.open[this.open.length - 1]}>`);
      this.outsideRoot(rest, 0, rest.length);
    }
    if (this.open.length > 0) fail(`unclosed tag <${this.open[this.open.length - 1]}>`);
    if (!this.rootClosed) fail('no root element');
  }

  /** Scans whole tokens of `s`; returns how many characters were used. */
  private scan(s: string): number {
    let at = 0;
    for (;;) {
      // the next '<' is mostly a few characters on: a loop outruns indexOf's call into C++
      let lt = at;
      while (lt < s.length && s.charCodeAt(lt) !== LT) lt++;
      if (lt === s.length) return at;
      if (lt > at) {
        if (this.open.length > 0) this.emitText(s.slice(at, lt));
        else this.outsideRoot(s, at, lt);
      }
      const next = this.tag(s, lt);
      if (next === INCOMPLETE) return lt;
      at = next;
    }
  }

  private emitText(raw: string): void {
    if (raw.includes(']]>')) fail('"]]>" in text');
    this.handler.text?.(decodeText(raw));
  }

  /** Only spaces may stand outside the root; they are reported as text, except those the document starts with (as saxes did). */
  private outsideRoot(s: string, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const c = s.charCodeAt(i);
      // a byte-order mark may open the document
      if (!isSpace(c) && !(c === 0xfeff && this.base + i === 0)) fail('text outside the root element');
    }
    if (this.base + from > 0) this.handler.text?.(normalizeLineEnds(s.slice(from, to)));
  }

  /** Reads the markup at s[lt] === '<'; returns the offset past it, or INCOMPLETE. */
  private tag(s: string, lt: number): number {
    const c = s.charCodeAt(lt + 1);
    if (Number.isNaN(c)) return INCOMPLETE;
    if (c === SLASH) return this.closeTag(s, lt);
    if (c === QUESTION) return this.skipTo(s, lt + 2, '?>');
    if (c === BANG) return this.declaration(s, lt);
    const whole = this.whole;
    if (
      whole !== undefined &&
      this.open.length > 0 &&
      s.startsWith(whole.name, lt + 1) &&
      endsName(s.charCodeAt(lt + 1 + whole.name.length))
    ) {
      const end = whole.read(s, lt, this.base);
      if (end !== LEFT_TO_SCANNER) return end;
    }
    return this.openTag(s, lt);
  }

  private skipTo(s: string, from: number, terminator: string): number {
    const i = s.indexOf(terminator, from);
    return i < 0 ? INCOMPLETE : i + terminator.length;
  }

  private declaration(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) return this.skipTo(s, lt + 4, '-->');
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return INCOMPLETE;
      if (this.open.length === 0) fail('CDATA outside the root element');
      this.handler.text?.(normalizeLineEnds(s.slice(lt + 9, end)));
      return end + 3;
    }
    const head = s.slice(lt);
    if (head.length < 9 && ('<!--'.startsWith(head) || '<![CDATA['.startsWith(head))) return INCOMPLETE;
    fail('a DTD or unknown declaration');
  }

  private closeTag(s: string, lt: number): number {
    const top = this.open[this.open.length - 1];
    if (top !== undefined && s.startsWith(top, lt + 2)) {
      let i = lt + 2 + top.length;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return INCOMPLETE;
      if (s.charCodeAt(i) === GT) {
        this.open.pop();
        if (this.open.length === 0) this.rootClosed = true;
        this.handler.close?.(top, this.base + i + 1, this.base + lt);
        return i + 1;
      }
    }
    const gt = s.indexOf('>', lt + 2);
    if (gt < 0) return INCOMPLETE;
    const name = s.slice(lt + 2, gt).trimEnd();
    fail(top === undefined ? `</${name}> without an open tag` : `</${name}> closes <${top}>`);
  }

  private openTag(s: string, lt: number): number {
    const nameEnd = this.nameEnd(s, lt + 1);
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    const name = this.names.take(s, lt + 1, nameEnd);
    const attrs: Record<string, string> = {};
    let i = nameEnd;
    let selfClosing = false;
    for (;;) {
      const before = i;
      while (i < s.length && isSpace(s.charCodeAt(i))) i++;
      if (i >= s.length) return INCOMPLETE;
      const c = s.charCodeAt(i);
      if (c === GT) {
        i += 1;
        break;
      }
      if (c === SLASH) {
        if (i + 1 >= s.length) return INCOMPLETE;
        if (s.charCodeAt(i + 1) !== GT) fail(`"/" inside <${name}>`);
        selfClosing = true;
        i += 2;
        break;
      }
      if (i === before) fail(`no space before an attribute of <${name}>`);
      i = this.attribute(s, i, name, attrs);
      if (i === INCOMPLETE) return INCOMPLETE;
    }
    if (this.rootClosed) fail(`a second root element <${name}>`);
    if (selfClosing) {
      if (this.open.length === 0) this.rootClosed = true;
    } else {
      this.open.push(name);
    }
    const end = this.base + i;
    const start = this.base + lt;
    this.handler.open?.(name, attrs, selfClosing, end, start);
    if (selfClosing) this.handler.close?.(name, end, start);
    return i;
  }

  /** Reads name="value" from s[at]; returns the offset past the closing quote, or INCOMPLETE. */
  private attribute(s: string, at: number, element: string, attrs: Record<string, string>): number {
    const nameEnd = this.nameEnd(s, at);
    if (nameEnd === INCOMPLETE) return INCOMPLETE;
    const name = this.names.take(s, at, nameEnd);
    let i = nameEnd;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) return INCOMPLETE;
    if (s.charCodeAt(i) !== EQUALS) fail(`attribute ${name} of <${element}> has no value`);
    i++;
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) return INCOMPLETE;
    const quote = s.charCodeAt(i);
    if (quote !== DOUBLE_QUOTE && quote !== SINGLE_QUOTE) fail(`attribute ${name} of <${element}> is not quoted`);
    // one pass finds the closing quote and whether the value needs decoding
    let close = i + 1;
    let plain = true;
    for (; close < s.length; close++) {
      const c = s.charCodeAt(close);
      if (c === quote) break;
      if (c === LT) fail(`"<" in attribute ${name} of <${element}>`);
      if (c === AMPERSAND || c === 0x09 || c === 0x0a || c === 0x0d) plain = false;
    }
    if (close >= s.length) return INCOMPLETE;
    const raw = s.slice(i + 1, close);
    // a plain object keeps V8's fast properties; "__proto__" would set no property at all
    if (name === '__proto__') fail(`an attribute named __proto__ in <${element}>`);
    if (Object.prototype.hasOwnProperty.call(attrs, name)) fail(`attribute ${name} twice in <${element}>`);
    attrs[name] = plain ? raw : decodeAttribute(raw);
    return close + 1;
  }

  /** The end of the name starting at s[at]; a name must have a character and end inside the text fed. */
  private nameEnd(s: string, at: number): number {
    let i = at;
    while (i < s.length && !endsName(s.charCodeAt(i))) i++;
    if (i >= s.length) return INCOMPLETE;
    if (i === at) fail(`a tag or attribute without a name at offset ${this.base + at}`);
    const first = s.charCodeAt(at);
    if ((first >= 0x30 && first <= 0x39) || first === 0x2d || first === 0x2e) fail(`the name "${s.slice(at, i)}" starts with "${s[at]}"`);
    return i;
  }
}
