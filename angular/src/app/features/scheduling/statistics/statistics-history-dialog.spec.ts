import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { HistoricalMonthDto } from '../../../api/models/historical-month-dto';
import { APP_ICONS } from '../../../core/icons';
import { StatisticsHistoryDialog } from './statistics-history-dialog';
import { HistoryForm } from './statistics-history-model';

const year = 2025;
const url = `/api/scheduling/statistics/history/${year}`;

describe('StatisticsHistoryDialog', () => {
  let fixture: ComponentFixture<StatisticsHistoryDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(recorded: HistoricalMonthDto[]) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [StatisticsHistoryDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(StatisticsHistoryDialog);
    fixture.componentRef.setInput('year', year);
    await fixture.whenStable();
    const load = http.expectOne(url);
    expect(load.request.method).toBe('GET');
    load.flush(recorded);
    await fixture.whenStable();
  }

  const form = () => (fixture.componentInstance as unknown as { form: HistoryForm }).form;
  const input = (month: number) =>
    document.querySelector<HTMLInputElement>(`[data-testid="history-month-${month}"] input`)!;
  const save = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="history-save"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('loads the recorded months into 12 rows, in 万元', async () => {
    await open([
      { month: 1, cumulativeInvestment: 12_345_600 },
      { month: 2, cumulativeInvestment: 30_000_000 },
    ]);
    expect(document.querySelector('[data-testid="statistics-history-dialog"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-testid^="history-month-"]').length).toBe(12);
    expect(form().getRawValue().slice(0, 3)).toEqual([1_234.56, 3_000, null]);
    expect(input(1).value).toBe('1234.56');
    expect(input(2).value).toBe('3000.00');
    expect(input(3).value).toBe('');
  });

  it('refuses a cumulative falling below an earlier month, without asking the server', async () => {
    await open([{ month: 1, cumulativeInvestment: 12_345_600 }]);
    form().at(2).setValue(1_000);
    await save();
    http.expectNone(url);
    const error = document.querySelector('[data-testid="history-error-3"]')!;
    expect(error.textContent).toContain('scheduling.statistics.history.falling');
    expect(document.querySelector('[data-testid="history-error-1"]')).toBeNull();
  });

  it('saves the filled months in yuan and says so', async () => {
    await open([{ month: 1, cumulativeInvestment: 12_345_600 }]);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    form().at(2).setValue(5_000.1);
    form().at(11).setValue(98_765.43);
    await save();
    const request = http.expectOne({ method: 'PUT', url });
    expect(request.request.body).toEqual({
      months: [
        { month: 1, cumulativeInvestment: 12_345_600 },
        { month: 3, cumulativeInvestment: 50_001_000 },
        { month: 12, cumulativeInvestment: 987_654_300 },
      ],
    });
    request.flush(request.request.body.months);
    expect(message.success).toHaveBeenCalled();
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('shows the server refusal as a message and stays open', async () => {
    await open([]);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    form().at(0).setValue(10);
    await save();
    http.expectOne({ method: 'PUT', url }).flush(
      {
        title: 'One or more validation errors occurred.',
        errors: { months: ['累计完成额不能为负，也不能比上月少'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(message.error).toHaveBeenCalledWith('累计完成额不能为负，也不能比上月少');
    expect(saved).not.toHaveBeenCalled();
  });
});
