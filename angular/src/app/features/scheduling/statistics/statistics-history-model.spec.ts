import { createHistoryForm, fallingMonths, historyRequest } from './statistics-history-model';

describe('statistics-history-model', () => {
  it('fills the 12 months from the recorded yuan, in 万元', () => {
    const form = createHistoryForm([
      { month: 1, cumulativeInvestment: 12_345_600 },
      { month: 3, cumulativeInvestment: 50_000_000 },
    ]);
    expect(form.length).toBe(12);
    expect(form.getRawValue().slice(0, 4)).toEqual([1_234.56, null, 5_000, null]);
  });

  it('finds the months whose cumulative falls below an earlier month, skipping empty ones', () => {
    expect(fallingMonths([100, null, 150, 150, 120, 200])).toEqual([5]);
    expect(fallingMonths([100, 90, 95, 110])).toEqual([2, 3]);
    expect(fallingMonths([null, null])).toEqual([]);
    const form = createHistoryForm();
    form.at(0).setValue(100);
    form.at(1).setValue(99.99);
    expect(form.errors).toEqual({ falling: [2] });
    form.at(1).setValue(100);
    expect(form.valid).toBe(true);
  });

  it('sends the filled months in yuan, leaving the empty ones out', () => {
    const form = createHistoryForm();
    form.at(0).setValue(1_234.56);
    form.at(2).setValue(5_000.1);
    expect(historyRequest(form)).toEqual({
      months: [
        { month: 1, cumulativeInvestment: 12_345_600 },
        { month: 3, cumulativeInvestment: 50_001_000 },
      ],
    });
    expect(historyRequest(createHistoryForm())).toEqual({ months: [] });
  });
});
