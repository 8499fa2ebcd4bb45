import fc from 'fast-check';
import { XmlSyntaxError } from '../../src/adapters/xlsx/xml-scanner';
import { saxesEvents, scannerEvents, type Event } from '../adapters/xlsx/xml-event-log';

/**
 * The package's XML scanner against saxes, a full XML 1.0 parser (the manifest tests' parser):
 * on every document saxes accepts, the scanner reports the same tags, attributes, offsets and text,
 * however the text is cut into chunks. It refuses what saxes refuses in the cases below, and two
 * things saxes lets through on purpose: a DTD (no spreadsheet part has one) and an attribute named
 * __proto__ (which a plain object cannot hold).
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** What a parser made of the text: its events, or that it refused it. */
function outcome(parse: () => Event[]): Event[] | 'refused' {
  try {
    return parse();
  } catch {
    return 'refused';
  }
}

const name = fc.constantFrom('c', 'v', 'row', 'x:c', 'sheetData', 'is', 't', 'a.b', 'r_1', '成果');
const attrValue = fc.string({
  unit: fc.constantFrom('A', '1', ' ', '\t', '\n', '\r', '>', '"', "'", '&amp;', '&lt;', '&#10;', '&#x41;', '青', '𠮷'),
});
const textPiece = fc.constantFrom(
  '12',
  ' ',
  '\n',
  '\r\n',
  '\r',
  '&amp;',
  '&gt;',
  '&#13;',
  '&#x1F600;',
  '>',
  '[]',
  '青森',
  '<!-- note -->',
  '<![CDATA[a<b]]>',
  '<?pi x?>',
);

const element: fc.Memo<string> = fc.memo((depth) =>
  fc
    .record({
      name,
      attrs: fc.uniqueArray(fc.tuple(fc.constantFrom('r', 's', 't', 'x:r', 'spans', 'ht'), attrValue), {
        selector: ([n]) => n,
        maxLength: 4,
      }),
      children: depth > 1 ? fc.array(fc.oneof(textPiece, element(depth - 1)), { maxLength: 4 }) : fc.constant([]),
      space: fc.constantFrom('', ' ', '\n '),
    })
    .map(({ name, attrs, children, space }) => {
      const attributes = attrs.map(([n, v]) => (v.includes('"') ? ` ${n}='${v.replace(/'/g, '&apos;')}'` : ` ${n} = "${v}"`)).join('');
      return children.length === 0 && space !== '\n '
        ? `<${name}${attributes}${space}/>`
        : `<${name}${attributes}>${children.join('')}</${name}${space}>`;
    }),
);

const documents = fc
  .tuple(
    fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', '\uFEFF<?xml version="1.0"?>', '<!-- first -->'),
    element(4),
    fc.constantFrom('', '\n', ' <!-- last -->\n'),
  )
  .map(([head, root, tail]) => `${head}${root}${tail}`);

const withCuts = documents.chain((xml) => fc.tuple(fc.constant(xml), fc.array(fc.nat({ max: xml.length }), { maxLength: 6 })));

describe('XmlScanner: the package parts’ XML, read as saxes reads it', () => {
  it('reports what saxes reports on well-formed documents, cut into chunks anywhere', () => {
    fc.assert(
      fc.property(withCuts, ([xml, cuts]) => {
        expect(scannerEvents(xml, cuts)).toEqual(saxesEvents(xml));
      }),
      { numRuns: 1_500, seed: 20261206 },
    );
  });

  it('reports the same fed a character at a time, and a text, comment or value longer than many chunks whole', () => {
    // the scanner waits for the pending text to double before it scans a long token again: nothing may be lost or split
    const long = (n: number) => 'ab&amp;\r\n青'.repeat(n);
    const xml = `<r x="${long(300)}"><!--${long(300)}-->${long(300)}<c>${long(5)}</c>${long(300)}<![CDATA[${long(300)}]]></r>`;
    for (const cuts of [Array.from({ length: xml.length }, (_, i) => i), Array.from({ length: 100 }, (_, i) => i * 97)])
      expect(scannerEvents(xml, cuts)).toEqual(saxesEvents(xml));
    fc.assert(
      fc.property(documents, (doc) => {
        expect(
          scannerEvents(
            doc,
            Array.from({ length: doc.length }, (_, i) => i),
          ),
        ).toEqual(saxesEvents(doc));
      }),
      { numRuns: 300, seed: 20261207 },
    );
  });

  it('accepts whatever saxes accepts from damaged documents, with the same events, and fails only with its own error', () => {
    const damaged = documents.chain((xml) =>
      fc.tuple(
        fc.constant(xml),
        fc.nat({ max: xml.length }),
        fc.nat({ max: 3 }),
        fc.constantFrom('', '<', '>', '&', '"', '/', '=', ' ', 'a', '\u0001', ']]>', '</c>'),
      ),
    );
    let accepted = 0;
    fc.assert(
      fc.property(damaged, ([xml, at, cut, insert]) => {
        const text = xml.slice(0, at) + insert + xml.slice(at + cut);
        // half a surrogate pair cannot come out of decoded bytes (saxes would read it with the next character)
        fc.pre(!LONE_SURROGATE.test(text));
        const mine = outcome(() => scannerEvents(text, [at]));
        if (mine === 'refused') expect(() => scannerEvents(text)).toThrow(XmlSyntaxError);
        const theirs = outcome(() => saxesEvents(text));
        if (theirs !== 'refused') {
          accepted++;
          expect(mine).toEqual(theirs);
        }
      }),
      { numRuns: 3_000, seed: 20261206 },
    );
    // the mutations must leave both kinds: documents saxes still reads and documents it refuses
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2_700);
  });

  it.each([
    ['a mismatched close tag', '<a><b></a></b>'],
    ['an unclosed tag', '<a><b></b>'],
    ['a second root', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['an unquoted attribute', '<a r=1/>'],
    ['an attribute twice', '<a r="1" r="2"/>'],
    ['attributes without a space', '<a r="1"s="2"/>'],
    ['"<" in a value', '<a r="<"/>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a bare ampersand', '<a>A & B</a>'],
    ['a reference to a character XML forbids', '<a>&#0;</a>'],
    ['a control character', '<a>\u0001</a>'],
    ['"]]>" in text', '<a>]]></a>'],
    ['no root at all', '<?xml version="1.0"?>'],
    ['a name starting with a digit', '<1a/>'],
    ['a close tag with no open one', '</a>'],
  ])('refuses %s, as saxes does', (_, xml) => {
    expect(outcome(() => saxesEvents(xml))).toBe('refused');
    expect(() => scannerEvents(xml)).toThrow(XmlSyntaxError);
  });

  it('refuses a DTD and an attribute named __proto__, which saxes would let through', () => {
    for (const xml of ['<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>', '<!DOCTYPE a><a/>', '<a __proto__="x"/>']) {
      expect(() => scannerEvents(xml)).toThrow(XmlSyntaxError);
    }
  });

  it('gives attributes as plain properties, so an attribute named like an Object method is read as itself', () => {
    expect(scannerEvents('<a toString="1" constructor="2"/>')).toEqual(saxesEvents('<a toString="1" constructor="2"/>'));
  });
});
