import { ownString } from './own-string';
import { RichTextCollector } from './rich-text';
import { localName, parseXml } from './xml-events';

/** The shared string table, rich text flattened, phonetic runs left out. */
export function parseSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const rich = new RichTextCollector();
  let inItem = false;
  parseXml(
    xml,
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
  return strings;
}
