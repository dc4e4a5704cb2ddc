import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectAssessmentDto } from '../../../api/models/project-assessment-dto';
import { APP_ICONS } from '../../../core/icons';
import { AssessmentDialog, assessmentRequest } from './assessment-dialog';

const assessment: ProjectAssessmentDto = {
  projectId: 'p1',
  projectName: '档案馆',
  scores: [
    {
      criterionId: 'c1',
      name: '政策契合度',
      weight: 25,
      score: 80,
      note: '符合规划',
      assessedAt: '2026-01-01T00:00:00Z',
      concurrencyStamp: 's1',
    },
    {
      criterionId: 'c2',
      name: '经济效益',
      weight: 20,
      score: null,
      note: null,
      assessedAt: null,
      concurrencyStamp: null,
    },
    {
      criterionId: 'c3',
      name: '社会效益',
      weight: 15,
      score: null,
      note: null,
      assessedAt: null,
      concurrencyStamp: null,
    },
  ],
};

describe('assessmentRequest', () => {
  it('sends only the criteria given a score, each with the stamp it was read with', () => {
    expect(
      assessmentRequest(assessment.scores, [
        { score: 85, note: ' 符合规划 ' },
        { score: 0, note: '' },
        { score: null, note: '' },
      ]),
    ).toEqual({
      scores: [
        { criterionId: 'c1', score: 85, note: '符合规划', concurrencyStamp: 's1' },
        { criterionId: 'c2', score: 0, note: null, concurrencyStamp: null },
      ],
    });
  });
});

describe('AssessmentDialog', () => {
  let fixture: ComponentFixture<AssessmentDialog>;
  let http: HttpTestingController;
  let message: { success: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };

  async function open() {
    message = { success: vi.fn(), error: vi.fn() };
    TestBed.configureTestingModule({
      imports: [AssessmentDialog],
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
    fixture = TestBed.createComponent(AssessmentDialog);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('projectName', '档案馆');
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1/assessment').flush(assessment);
    await fixture.whenStable();
  }

  const rows = () =>
    (fixture.componentInstance as unknown as { form: FormGroup<{ rows: FormArray<FormGroup> }> })
      .form.controls.rows;
  const submit = () => (fixture.componentInstance as unknown as { submit(): void }).submit();

  it('shows one row per judgement criterion, filled with the current scores', async () => {
    await open();
    expect(document.querySelectorAll('[data-testid="assessment-row"]').length).toBe(3);
    expect(rows().at(0).value).toEqual({ score: 80, note: '符合规划' });
    expect(rows().at(1).value).toEqual({ score: null, note: '' });
  });

  it('refuses a score above 100', async () => {
    await open();
    rows().at(1).patchValue({ score: 101 });
    submit();
    http.expectNone('/api/reserve/projects/p1/assessment');
    expect(rows().at(1).controls['score'].errors).toHaveProperty('max');
  });

  it('saves the scores and hands the result over; a 409 asks for a reload', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    rows().at(1).patchValue({ score: 60 });
    submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/reserve/projects/p1/assessment' });
    expect(request.request.body.scores).toHaveLength(2);
    request.flush(assessment);
    expect(saved).toHaveBeenCalledWith(assessment);
    submit();
    http
      .expectOne('/api/reserve/projects/p1/assessment')
      .flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('errors.concurrency');
    expect(saved).toHaveBeenLastCalledWith(null);
  });
});
