import { SaxesParser } from 'saxes';
import { ColumnInsertRefusedError } from '../../core/workbook/column-insert';
import { corrupt, XlsxFileError } from './xlsx-file-error';

/**
 * Callbacks for a streaming parse. `end` is the offset just past the tag's '>' in the
 * text fed so far; as '<' cannot occur inside a tag, its start is text.lastIndexOf('<', end - 1).
 */
export interface XmlHandler {
  open?(name: string, attrs: Record<string, string>, selfClosing: boolean, end: number): void;
  close?(name: string, end: number): void;
  text?(text: string): void;
}

type PlainOptions = { xmlns: false; position: false };

/** saxes with namespace processing off (faster, and tolerant of prefixed element names). */
export class XmlStream {
  private readonly parser = new SaxesParser<PlainOptions>({ xmlns: false, position: false });

  constructor(
    handler: XmlHandler,
    private readonly what: string,
  ) {
    const p = this.parser;
    if (handler.open) {
      const open = handler.open.bind(handler);
      p.on('opentag', (tag) => open(tag.name, tag.attributes, tag.isSelfClosing, p.position));
    }
    if (handler.close) {
      const close = handler.close.bind(handler);
      p.on('closetag', (tag) => close(tag.name, p.position));
    }
    if (handler.text) {
      const text = handler.text.bind(handler);
      p.on('text', text);
      p.on('cdata', text);
    }
  }

  write(chunk: string): void {
    try {
      this.parser.write(chunk);
    } catch (e) {
      throw this.wrap(e);
    }
  }

  end(): void {
    try {
      this.parser.close();
    } catch (e) {
      throw this.wrap(e);
    }
  }

  /** The parser's complaints become the file's damage; what a handler throws on purpose (a refused column insert) passes as it is. */
  private wrap(e: unknown): unknown {
    if (e instanceof ColumnInsertRefusedError || e instanceof XlsxFileError) return e;
    return corrupt(`${this.what} is not well-formed XML.`, e);
  }
}

export function parseXml(xml: string, handler: XmlHandler, what: string): void {
  const stream = new XmlStream(handler, what);
  stream.write(xml);
  stream.end();
}

export function localName(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** "x:" for a prefixed element name, "" otherwise; new elements reuse the document's prefix. */
export function prefixOf(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? '' : name.slice(0, i + 1);
}
