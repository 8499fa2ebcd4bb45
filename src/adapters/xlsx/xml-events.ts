import { ColumnInsertRefusedError } from '../../core/workbook/column-insert';
import { corrupt, XlsxFileError } from './xlsx-file-error';
import { XmlScanner, type XmlHandler } from './xml-scanner';

export type { XmlHandler };

/** A part's XML, scanned as it streams; what is not well-formed is the file's damage. */
export class XmlStream {
  private readonly parser: XmlScanner;

  constructor(
    handler: XmlHandler,
    private readonly what: string,
  ) {
    this.parser = new XmlScanner(handler);
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
      this.parser.end();
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
