import { SaxesParser } from 'saxes';
import { XmlScanner, type XmlHandler } from '../../../src/adapters/xlsx/xml-scanner';

/** A parse as one line per event (tags with their attributes and offsets; the text between tags joined), to compare two parsers. */
export type Event = string;

/** Where a tag ending at `end` starts: '<' cannot occur inside a tag. */
const tagStart = (xml: string, end: number) => xml.lastIndexOf('<', end - 1);

export function saxesEvents(xml: string): Event[] {
  const events: Event[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`text ${text}`);
    text = '';
  };
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on('opentag', (tag) => {
    flush();
    events.push(
      `open ${tag.name} ${JSON.stringify({ ...tag.attributes })} ${tag.isSelfClosing} ${p.position} ${tagStart(xml, p.position)}`,
    );
  });
  p.on('closetag', (tag) => {
    flush();
    events.push(`close ${tag.name} ${p.position} ${tagStart(xml, p.position)}`);
  });
  p.on('text', (t) => (text += t));
  p.on('cdata', (t) => (text += t));
  p.write(xml);
  p.close();
  flush();
  return events;
}

/** A handler that writes down the events it is given, in the same lines as saxesEvents. */
export function eventRecorder(): { handler: XmlHandler; events: () => Event[] } {
  const events: Event[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`text ${text}`);
    text = '';
  };
  const handler: XmlHandler = {
    open(name, attrs, selfClosing, end, start) {
      flush();
      events.push(`open ${name} ${JSON.stringify({ ...attrs })} ${selfClosing} ${end} ${start}`);
    },
    close(name, end, start) {
      flush();
      events.push(`close ${name} ${end} ${start}`);
    },
    text(t) {
      text += t;
    },
  };
  return {
    handler,
    events: () => {
      flush();
      return events;
    },
  };
}

export function scannerEvents(xml: string, cuts: number[] = []): Event[] {
  const recorder = eventRecorder();
  const scanner = new XmlScanner(recorder.handler);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.write(xml.slice(from, cut));
    from = cut;
  }
  scanner.write(xml.slice(from));
  scanner.end();
  return recorder.events();
}
