import { conversionFactor, normalizeUnit, unitBase } from '../../../src/core/values/units';
import { seedProjects } from '../../../src/sample/aomori-seed-data';
import { parseCellValue } from '../../../src/core/values/parse-cell-value';

describe('units', () => {
  it('人 and 名 count the same people', () => {
    expect(conversionFactor('名', '人')).toBe(1);
    expect(conversionFactor('人', '名')).toBe(1);
  });

  it('千円 is 1,000 円; 万円 is 10,000 円', () => {
    expect(conversionFactor('千円', '円')).toBe(1000);
    expect(conversionFactor('円', '千円')).toBe(0.001);
    expect(conversionFactor('万円', '千円')).toBe(10);
  });

  it('different things do not compare', () => {
    expect(conversionFactor('人', '件')).toBeUndefined();
    expect(conversionFactor('回', '%')).toBeUndefined();
    expect(conversionFactor('千人', '人')).toBeUndefined();
  });

  it('a missing unit agrees with any unit (the unit is often in its own column)', () => {
    expect(conversionFactor(null, '件')).toBe(1);
    expect(conversionFactor('件', null)).toBe(1);
  });

  it('normalises full-width and spaced units', () => {
    expect(normalizeUnit(' 機 関 ')).toBe('機関');
    expect(normalizeUnit('％')).toBe('%');
    expect(normalizeUnit('')).toBeNull();
    expect(unitBase('ヶ所')).toEqual({ base: '箇所', factor: 1 });
  });

  it("every seed indicator's baseline and final target agree in unit", () => {
    for (const p of seedProjects) {
      for (const i of p.indicators) {
        const b = parseCellValue(i.baseline);
        const t = parseCellValue(i.target);
        if (b.kind === 'quantity' && t.kind === 'quantity')
          expect([p.no, conversionFactor(b.quantity.unit, t.quantity.unit)]).toEqual([p.no, 1]);
      }
    }
  });
});
