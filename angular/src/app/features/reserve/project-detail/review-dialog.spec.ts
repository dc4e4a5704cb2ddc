import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ProjectDto } from '../../../api/models/project-dto';
import { APP_ICONS } from '../../../core/icons';
import { ReviewDialog } from './review-dialog';

const submitted = {
  id: 'p1',
  name: '古驿大道停车场',
  reviewStatus: 'Submitted',
  concurrencyStamp: 'stamp-1',
} as ProjectDto;

describe('ReviewDialog', () => {
  let fixture: ComponentFixture<ReviewDialog>;
  let http: HttpTestingController;

  async function open() {
    TestBed.configureTestingModule({
      imports: [ReviewDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: { success: vi.fn(), error: vi.fn() } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ReviewDialog);
    fixture.componentRef.setInput('project', submitted);
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };

  it('renders the three decisions and the submit button', async () => {
    await open();
    expect(document.querySelector('[data-testid="review-dialog"]')).not.toBeNull();
    expect(document.querySelectorAll('[data-testid="review-decision"] label').length).toBe(3);
    expect(document.querySelector('[data-testid="review-submit"]')).not.toBeNull();
  });

  it.each(['Return', 'Reject'])('requires a comment to %s', async (decision) => {
    await open();
    dialog().form.patchValue({ decision, comment: '   ' });
    dialog().submit();
    http.expectNone('/api/reserve/projects/p1/review');
    expect(dialog().form.controls['comment'].errors).toHaveProperty('required');
    dialog().form.patchValue({ comment: ' 用地手续不全 ' });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects/p1/review' });
    expect(request.request.body).toEqual({
      decision,
      comment: '用地手续不全',
      concurrencyStamp: 'stamp-1',
    });
  });

  it('accepts without a comment and emits the reviewed project', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({ decision: 'Accept' });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/reserve/projects/p1/review' });
    expect(request.request.body).toEqual({
      decision: 'Accept',
      comment: null,
      concurrencyStamp: 'stamp-1',
    });
    const accepted = { ...submitted, reviewStatus: 'Accepted' } as ProjectDto;
    request.flush(accepted);
    expect(saved).toHaveBeenCalledWith(accepted);
  });

  it('needs a decision and limits the comment to 500 characters', async () => {
    await open();
    dialog().submit();
    http.expectNone('/api/reserve/projects/p1/review');
    expect(dialog().form.controls['decision'].errors).toHaveProperty('required');
    dialog().form.patchValue({ decision: 'Accept', comment: 'x'.repeat(501) });
    expect(dialog().form.controls['comment'].errors).toHaveProperty('maxlength');
  });

  it('reloads after a stale review (409)', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({ decision: 'Accept' });
    dialog().submit();
    http
      .expectOne({ method: 'POST', url: '/api/reserve/projects/p1/review' })
      .flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(saved).toHaveBeenCalledWith(null);
  });
});
