import { remembered } from '../../../src/core/values/remembered';

describe('remembered: a reading of a text, made once', () => {
  it('reads each text once and hands out the same value again, until the memory is full', () => {
    const reads: string[] = [];
    const read = remembered((text) => (reads.push(text), { text }), 3);
    const first = read('役割1');
    expect(read('役割1')).toBe(first);
    read('役割2');
    read('役割3');
    expect(reads).toEqual(['役割1', '役割2', '役割3']);
    // a fourth text: the memory starts again, so a large workbook's names are not all kept
    read('役割4');
    expect(read('役割1')).not.toBe(first);
    expect(read('役割1')).toEqual(first);
    expect(reads).toEqual(['役割1', '役割2', '役割3', '役割4', '役割1']);
  });
});
