import { WanYuanPipe, formatWan, sumYuan, wanFromYuan, yuanFromWan } from './money';

describe('money', () => {
  it('converts 万元 to yuan rounded to the fen', () => {
    expect(yuanFromWan(1)).toBe(10_000);
    expect(yuanFromWan(12_345.67)).toBe(123_456_700);
    expect(yuanFromWan(0.01)).toBe(100);
    expect(yuanFromWan(1.23456789)).toBe(12_345.68);
    expect(yuanFromWan(0.000001)).toBe(0.01);
    expect(yuanFromWan(1.005)).toBe(10_050);
    expect(yuanFromWan(0.1 + 0.2)).toBe(3_000);
  });

  it('converts yuan to 万元 and back without drift', () => {
    expect(wanFromYuan(123_456_700)).toBe(12_345.67);
    expect(wanFromYuan(100)).toBe(0.01);
    for (const yuan of [100, 12_345.68, 999_999_999.99, 0]) {
      expect(yuanFromWan(wanFromYuan(yuan))).toBe(yuan);
    }
  });

  it('sums yuan in fen', () => {
    expect(sumYuan([0.1, 0.2])).toBe(0.3);
    expect(sumYuan([])).toBe(0);
  });

  it('formats yuan as 万元 with separators and two decimals', () => {
    expect(formatWan(123_456_700)).toBe('12,345.67');
    expect(formatWan(10_000)).toBe('1.00');
    expect(formatWan(50)).toBe('0.01');
    expect(formatWan(49)).toBe('0.00');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(null)).toBe('');
    expect(new WanYuanPipe().transform(1_234_567_890_000)).toBe('123,456,789.00');
  });
});
