import { ownString } from './own-string';
import { RichTextCollector } from './rich-text';
import { localName, XmlStream } from './xml-events';
import type { XlsxPackage } from './xlsx-package';

/** The shared string table, rich text flattened, phonetic runs left out. */
export function readSharedStrings(pkg: XlsxPackage, part: string): string[] {
  const strings: string[] = [];
  const rich = new RichTextCollector();
  let inItem = false;
  const stream = new XmlStream(
    {
      // the scanner reports a close for self-closing tags too, so open and close stay paired.
      open(name) {
        const local = localName(name);
        if (local === 'si') {
          rich.reset();
          inItem = true;
        } else if (inItem) rich.open(local);
      },
      close(name) {
        const local = localName(name);
        if (local === 'si' && inItem) {
          strings.push(ownString(rich.value()));
          inItem = false;
        } else if (inItem) rich.close(local);
      },
      text(text) {
        if (inItem) rich.text(text);
      },
    },
    'sharedStrings.xml',
  );
  // read as its text streams in, never decoded whole: LibreOffice saved the bench's 100,000 rows with 22 MB of it
  pkg.streamText(part, (text) => stream.write(text));
  stream.end();
  return strings;
}
