import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { ReportPhotoDto } from '../../../api/models/report-photo-dto';
import { APP_ICONS } from '../../../core/icons';
import { PHOTO_MAX_BYTES } from './report-photos-model';
import { ReportPhotos } from './report-photos';

const photosUrl = '/api/scheduling/progress/2026/3/p1/photos';

const photo = (overrides: Partial<ReportPhotoDto> = {}): ReportPhotoDto => ({
  id: 'f1',
  fileName: '基础施工.jpg',
  contentType: 'image/jpeg',
  size: 1_258_291,
  uploadedBy: '住建局李四',
  uploadedAtUtc: '2026-04-03T02:30:00Z',
  ...overrides,
});

describe('ReportPhotos', () => {
  let fixture: ComponentFixture<ReportPhotos>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
  let created: number;
  const find = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  const all = (testId: string) => [
    ...document.querySelectorAll<HTMLElement>(`[data-testid="${testId}"]`),
  ];

  beforeEach(() => {
    created = 0;
    URL.createObjectURL = vi.fn(() => `blob:photo-${++created}`);
    URL.revokeObjectURL = vi.fn();
  });

  afterEach(() => {
    http.verify();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
    document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());
  });

  async function render(options: { reported?: boolean; canEdit?: boolean } = {}) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [ReportPhotos],
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
    fixture = TestBed.createComponent(ReportPhotos);
    fixture.componentRef.setInput('month', { year: 2026, month: 3 });
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('reported', options.reported ?? true);
    fixture.componentRef.setInput('canEdit', options.canEdit ?? true);
    await fixture.whenStable();
  }

  /** Renders a saved month with its photos, each image read as a blob. */
  async function renderWith(photos: ReportPhotoDto[], canEdit = true) {
    await render({ canEdit });
    http.expectOne({ method: 'GET', url: photosUrl }).flush(photos);
    for (const p of photos) {
      const image = http.expectOne({ method: 'GET', url: `${photosUrl}/${p.id}` });
      expect(image.request.responseType).toBe('blob');
      image.flush(new Blob(['img'], { type: p.contentType }));
    }
    await fixture.whenStable();
  }

  async function choose(file: File) {
    const input = find('report-photo-upload') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it("lists the month's photos as thumbnails read with the session, and revokes them when closed", async () => {
    await renderWith([
      photo(),
      photo({ id: 'f2', fileName: '主体结构.png', contentType: 'image/png' }),
    ]);
    const shown = all('report-photo');
    expect(shown.length).toBe(2);
    expect(shown[0].textContent).toContain('基础施工.jpg');
    expect(shown[0].textContent).toContain('1.2 MB');
    expect(shown[0].querySelector('img')!.getAttribute('src')).toBe('blob:photo-1');
    expect(shown[1].querySelector('img')!.getAttribute('src')).toBe('blob:photo-2');
    expect(all('report-photo-delete').length).toBe(2);
    find('report-photo-view')!.click();
    await fixture.whenStable();
    expect(find('report-photo-large')!.querySelector('img')!.getAttribute('src')).toBe(
      'blob:photo-1',
    );
    fixture.destroy();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:photo-1');
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:photo-2');
  });

  it('offers neither upload nor delete to a user who does not report', async () => {
    await renderWith([photo()], false);
    expect(all('report-photo').length).toBe(1);
    expect(find('report-photo-upload')).toBeNull();
    expect(find('report-photo-delete')).toBeNull();
  });

  it('before the report is saved: the hint, no request, and upload disabled', async () => {
    await render({ reported: false });
    http.expectNone(photosUrl);
    expect(find('report-photos-unsaved')!.textContent).toContain('scheduling.photos.saveFirst');
    expect((find('report-photo-upload') as HTMLInputElement).disabled).toBe(true);
    expect((find('report-photo-pick') as HTMLButtonElement).disabled).toBe(true);
  });

  it('uploads a picked image as the multipart field `file` and shows it', async () => {
    await renderWith([]);
    expect(find('report-photos-empty')).not.toBeNull();
    const file = new File(['jpeg-bytes'], '现场.jpg', { type: 'image/jpeg' });
    await choose(file);
    const request = http.expectOne({ method: 'POST', url: photosUrl });
    const body = request.request.body as FormData;
    expect(body).toBeInstanceOf(FormData);
    const sent = body.get('file') as File;
    expect(sent.name).toBe('现场.jpg');
    expect(sent.type).toBe('image/jpeg');
    request.flush(photo({ id: 'f9', fileName: '现场.jpg' }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(all('report-photo').length).toBe(1);
    expect(find('report-photo')!.textContent).toContain('现场.jpg');
    expect(find('report-photo')!.querySelector('img')!.getAttribute('src')).toBe('blob:photo-1');
    expect(message.success).toHaveBeenCalled();
  });

  it("shows the server's refusal (422) of a photo", async () => {
    await renderWith([]);
    await choose(new File(['x'], 'a.png', { type: 'image/png' }));
    http
      .expectOne({ method: 'POST', url: photosUrl })
      .flush(
        {
          status: 422,
          code: 'Scheduling.TooManyPhotos',
          detail: '每个项目每月最多上传 9 张现场照片',
        },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await fixture.whenStable();
    expect(find('report-photo-error')!.textContent).toContain('每个项目每月最多上传 9 张现场照片');
    expect(message.error).not.toHaveBeenCalled();
  });

  it('refuses a file that is not an image, or above 5 MB, without a request', async () => {
    await renderWith([]);
    await choose(new File(['%PDF'], '报告.pdf', { type: 'application/pdf' }));
    http.expectNone({ method: 'POST', url: photosUrl });
    expect(find('report-photo-error')!.textContent).toContain('scheduling.photos.badType');

    const large = new File(['x'], '大图.jpg', { type: 'image/jpeg' });
    Object.defineProperty(large, 'size', { value: PHOTO_MAX_BYTES + 1 });
    await choose(large);
    http.expectNone({ method: 'POST', url: photosUrl });
    expect(find('report-photo-error')!.textContent).toContain('scheduling.photos.tooLarge');
  });

  it('deletes a photo once confirmed', async () => {
    await renderWith([photo(), photo({ id: 'f2', fileName: '主体结构.png' })]);
    all('report-photo-delete')[0].click();
    await fixture.whenStable();
    const ok = document.querySelectorAll<HTMLButtonElement>('.ant-popover-buttons button')[1];
    ok.click();
    await fixture.whenStable();
    const request = http.expectOne(`${photosUrl}/f1`);
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(all('report-photo').map((p) => p.textContent)).toEqual([
      expect.stringContaining('主体结构.png'),
    ]);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:photo-1');
    expect(message.success).toHaveBeenCalled();
  });
});
