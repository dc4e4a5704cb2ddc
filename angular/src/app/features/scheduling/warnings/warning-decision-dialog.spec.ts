import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { WarningDecisionDialog } from './warning-decision-dialog';
import { warningDto } from './warnings-test-data';

const year = 2026;
const url = '/api/scheduling/warnings/w1/exemption/decision';
const pending = warningDto(year, {
  exemption: 'Requested',
  exemptionReason: '征地补偿已于本月落实，下月开工',
  exemptionRequestedBy: '住建局王五',
});

describe('WarningDecisionDialog', () => {
  let fixture: ComponentFixture<WarningDecisionDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open() {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [WarningDecisionDialog],
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
    fixture = TestBed.createComponent(WarningDecisionDialog);
    fixture.componentRef.setInput('warning', pending);
    await fixture.whenStable();
  }

  const click = async (testId: string) => {
    document.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
    await fixture.whenStable();
  };
  const comment = async (text: string) => {
    const area = document.querySelector<HTMLTextAreaElement>('[data-testid="decision-comment"]')!;
    area.value = text;
    area.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  afterEach(() => {
    http.verify();
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  it("shows the unit's reason and who gave it", async () => {
    await open();
    expect(document.querySelector('[data-testid="decision-reason"]')!.textContent).toBe(
      '征地补偿已于本月落实，下月开工',
    );
    expect(document.querySelector('[data-testid="decision-dialog"]')!.textContent).toContain(
      '住建局王五',
    );
  });

  it('grants without a comment', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await click('decision-grant');
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      grant: true,
      comment: null,
      concurrencyStamp: 'stamp-w1',
    });
    const answer = { ...pending, status: 'Exempted' as const, exemption: 'Granted' as const };
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
  });

  it('refuses with the trimmed comment', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await comment('  理由不充分，请按期开工  ');
    await click('decision-refuse');
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      grant: false,
      comment: '理由不充分，请按期开工',
      concurrencyStamp: 'stamp-w1',
    });
    request.flush({ ...pending, exemption: 'Refused' });
    expect(saved).toHaveBeenCalled();
    expect(message.success).toHaveBeenCalled();
  });

  it("shows the server's sentence after someone else decided first (409) and asks for a reload", async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    await click('decision-grant');
    http.expectOne({ method: 'POST', url }).flush(
      {
        status: 409,
        code: 'Conflict',
        detail: '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
      },
      { status: 409, statusText: 'Conflict' },
    );
    expect(message.error).toHaveBeenCalledWith(
      '该预警已有变化（重新评估或他人已处理），请刷新后重试。',
    );
    expect(saved).toHaveBeenCalledWith(null);
  });
});
