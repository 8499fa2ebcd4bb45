import { localName, parseXml } from './xml-events';

/** Where an element sits in the source text, for splicing small parts (workbook, rels, styles). */
export interface XmlElement {
  name: string;
  local: string;
  attrs: Record<string, string>;
  /** 0 for the root. */
  depth: number;
  parent: string | undefined;
  start: number;
  openEnd: number;
  /** Start of the close tag; equals `end` for a self-closing element. */
  closeStart: number;
  end: number;
  selfClosing: boolean;
}

/** Elements accepted by `match`, in document order, with their offsets in `xml`. */
export function findElements(
  xml: string,
  what: string,
  match: (local: string, depth: number, parent: string | undefined) => boolean,
): XmlElement[] {
  const found: XmlElement[] = [];
  const stack: { local: string; el?: XmlElement }[] = [];
  parseXml(
    xml,
    {
      open(name, attrs, selfClosing, end, start) {
        const local = localName(name);
        const depth = stack.length;
        const parent = depth ? stack[depth - 1].local : undefined;
        let el: XmlElement | undefined;
        if (match(local, depth, parent)) {
          el = { name, local, attrs, depth, parent, start, openEnd: end, closeStart: end, end, selfClosing };
          found.push(el);
        }
        stack.push({ local, el });
      },
      close(_name, end, start) {
        const top = stack.pop();
        if (top?.el && !top.el.selfClosing) {
          top.el.closeStart = start;
          top.el.end = end;
        }
      },
    },
    what,
  );
  return found;
}

export function outerXml(xml: string, el: XmlElement): string {
  return xml.slice(el.start, el.end);
}

export function startTag(xml: string, el: XmlElement): string {
  return xml.slice(el.start, el.openEnd);
}
