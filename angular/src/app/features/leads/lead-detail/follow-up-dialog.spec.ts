import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService } from '@ngx-translate/core';
import zh from '../../../../../public/i18n/zh-CN.json';
import { dayToApi, shanghaiToday } from '../../../shared/dates';
import { MANAGER, clearOverlays, leadDetail, leadTestProviders } from '../leads-test-data';
import { FollowUpDialog } from './follow-up-dialog';
import { FollowUpForm } from './lead-detail-model';

const url = '/api/leads/l1/follow-ups';

describe('FollowUpDialog', () => {
  let fixture: ComponentFixture<FollowUpDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  async function open() {
    message.error.mockReset();
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [FollowUpDialog],
      providers: leadTestProviders(MANAGER, message),
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', zh);
    translate.use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FollowUpDialog);
    fixture.componentRef.setInput('leadId', 'l1');
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: FollowUpForm;
      afterToday: (day: Date) => boolean;
    };
  const q = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`);
  const type = async (id: string, text: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    q('followup-save')!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [
      ...document.querySelectorAll('[data-testid="followup-dialog"] .ant-form-item-explain-error'),
    ].map((e) => e.textContent!.trim());
  const fill = async () => {
    dialog().form.patchValue({ kind: 'Visit', occurredOn: new Date(2026, 3, 10) });
    await type('followup-people', '张三、企业李经理');
    await type('followup-notes', '  登门介绍水源地条件  ');
  };

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('shows its fields, dated today, and no future day to pick', async () => {
    await open();
    for (const id of [
      'followup-kind',
      'followup-date',
      'followup-people',
      'followup-notes',
      'followup-next-action',
      'followup-next-date',
      'followup-save',
    ]) {
      expect(q(id), id).not.toBeNull();
    }
    const today = shanghaiToday();
    expect(dayToApi(dialog().form.controls.occurredOn.value)).toBe(dayToApi(today));
    expect(dialog().afterToday(new Date(today.getTime() + 24 * 3600 * 1000))).toBe(true);
    expect(dialog().afterToday(today)).toBe(false);
  });

  it('wants the kind, the people and the notes, and a date for a next action not before the follow-up', async () => {
    await open();
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['此项为必填项', '此项为必填项', '此项为必填项']);
    await fill();
    await type('followup-next-action', '邀请来区考察');
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['填写了下一步计划，须同时填写计划日期']);
    dialog().form.controls.nextActionOn.setValue(new Date(2026, 3, 1));
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['计划日期不能早于跟进日期']);
    dialog().form.controls.occurredOn.setValue(new Date(2999, 0, 1));
    dialog().form.controls.nextActionOn.setValue(null);
    await type('followup-next-action', '');
    await save();
    expect(errors()).toEqual(['跟进日期不能晚于今天']);
    http.expectNone({ method: 'POST', url });
  });

  it('records the follow-up with its days and hands it over', async () => {
    await open();
    await fill();
    await type('followup-next-action', ' 邀请来区考察 ');
    dialog().form.controls.nextActionOn.setValue(new Date(2026, 4, 6, 15));
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      kind: 'Visit',
      occurredOn: '2026-04-10',
      people: '张三、企业李经理',
      notes: '登门介绍水源地条件',
      nextAction: '邀请来区考察',
      nextActionOn: '2026-05-06',
    });
    const answer = leadDetail().followUps[0];
    request.flush(answer, { status: 201, statusText: 'Created' });
    expect(saved).toHaveBeenCalledWith(answer);
  });

  it('shows the server’s refusal in Chinese and stays open', async () => {
    await open();
    await fill();
    await save();
    http
      .expectOne({ method: 'POST', url })
      .flush(
        { status: 422, code: 'Leads.FollowUpDate', detail: '跟进日期不能晚于今天' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    expect(message.error).toHaveBeenCalledWith('跟进日期不能晚于今天');
    expect(saved).not.toHaveBeenCalled();
  });
});
