import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl, FormGroup } from '@angular/forms';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { previousMonth } from '../progress/progress-model';
import { WarningEvaluateDialog } from './warning-evaluate-dialog';
import { evaluationDto } from './warnings-test-data';

const url = '/api/scheduling/warnings/evaluations';
const last = previousMonth();

describe('WarningEvaluateDialog', () => {
  let fixture: ComponentFixture<WarningEvaluateDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [WarningEvaluateDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      scheduling: {
        warnings: {
          evaluationCounts:
            '评估项目 {{projectCount}} 个：新增 {{raised}}、升级 {{escalated}}、降级 {{reduced}}、解除 {{resolved}}',
          evaluate: {
            done: '已按 {{year}} 年 {{month}} 月数据完成评估',
            open: '当前预警中：红色 {{openRed}} 个，黄色 {{openYellow}} 个',
          },
        },
      },
    });
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(WarningEvaluateDialog);
    await fixture.whenStable();
  }

  const form = () =>
    (
      fixture.componentInstance as unknown as {
        form: FormGroup<{ year: FormControl<number>; month: FormControl<number> }>;
      }
    ).form;
  const submit = async () => {
    document.querySelector<HTMLButtonElement>('[data-testid="evaluate-submit"]')!.click();
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it('defaults to the month just ended', async () => {
    await open();
    expect(form().getRawValue()).toEqual(last);
    expect(document.querySelector('[data-testid="evaluate-month"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="evaluate-result"]')).toBeNull();
  });

  it('runs the rules for the chosen month, shows what changed and lets the page reload', async () => {
    await open();
    const evaluated = vi.fn();
    fixture.componentInstance.evaluated.subscribe(evaluated);
    form().setValue({ year: last.year - 1, month: 11 });
    await submit();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({ year: last.year - 1, month: 11 });
    const answer = evaluationDto(last.year - 1, { month: 11, trigger: 'OnDemand', by: '李四' });
    request.flush(answer);
    await fixture.whenStable();
    expect(evaluated).toHaveBeenCalledWith(answer);
    const result = document.querySelector('[data-testid="evaluate-result"]')!.textContent!;
    expect(result).toContain(`已按 ${last.year - 1} 年 11 月数据完成评估`);
    expect(result).toContain('评估项目 36 个：新增 3、升级 1、降级 2、解除 4');
    expect(result).toContain('当前预警中：红色 5 个，黄色 8 个');
  });

  it('shows why the server refuses an earlier month, until another is chosen', async () => {
    await open();
    const evaluated = vi.fn();
    fixture.componentInstance.evaluated.subscribe(evaluated);
    form().setValue({ year: last.year - 1, month: 2 });
    await submit();
    const detail = `${last.year - 1} 年预警已评估至 11 月，不能按更早的月份重新评估`;
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 422, code: 'Scheduling.EvaluationPeriod', detail },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="evaluate-error"]')!.textContent).toContain(detail);
    expect(evaluated).not.toHaveBeenCalled();
    expect(message.error).not.toHaveBeenCalled();
    form().controls.month.setValue(12);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="evaluate-error"]')).toBeNull();
  });
});
