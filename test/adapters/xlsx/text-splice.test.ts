import fc from 'fast-check';
import { PieceText, TextSplicer } from '../../../src/adapters/xlsx/text-splice';

const pieces = fc.array(fc.string({ maxLength: 6 }), { maxLength: 8 });

describe('a text kept in pieces', () => {
  it('slices as the joined text does, across any number of pieces', () => {
    fc.assert(
      fc.property(pieces, fc.nat(60), fc.nat(60), (list, a, b) => {
        const joined = list.join('');
        const text = new PieceText(list);
        expect(text.length).toBe(joined.length);
        expect(text.slice(Math.min(a, b), Math.max(a, b))).toBe(joined.slice(Math.min(a, b), Math.max(a, b)));
        expect(text.slice(a)).toBe(joined.slice(a));
      }),
    );
  });

  it('is spliced as the joined text is', () => {
    const edit = fc.record({ at: fc.nat(60), length: fc.nat(3), text: fc.string({ maxLength: 4 }) });
    fc.assert(
      fc.property(pieces, fc.array(edit, { maxLength: 5 }), (list, edits) => {
        const joined = list.join('');
        const spliced = (source: string | PieceText) => {
          const splicer = new TextSplicer(source);
          // edits that do not overlap, as the patch makes them
          let from = 0;
          for (const e of [...edits].sort((x, y) => x.at - y.at)) {
            const start = Math.max(from, Math.min(e.at, joined.length));
            const end = Math.min(joined.length, start + e.length);
            splicer.replace(start, end, e.text);
            from = end;
          }
          return splicer.toParts().join('');
        };
        expect(spliced(new PieceText(list))).toBe(spliced(joined));
      }),
    );
  });
});
