import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SUPERVISOR, clearOverlays, industryDto, leadTestProviders } from '../leads-test-data';
import { IndustryDialog } from './industry-dialog';

const url = '/api/leads/industries';

describe('IndustryDialog', () => {
  let fixture: ComponentFixture<IndustryDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const saved = vi.fn();

  async function open(edit: boolean) {
    saved.mockReset();
    TestBed.configureTestingModule({
      imports: [IndustryDialog],
      providers: leadTestProviders(SUPERVISOR, message),
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IndustryDialog);
    if (edit) {
      fixture.componentRef.setInput('industry', industryDto());
    } else {
      fixture.componentRef.setInput('sortOrder', 30);
    }
    fixture.componentInstance.saved.subscribe(saved);
    await fixture.whenStable();
  }

  const q = <T extends HTMLElement = HTMLElement>(id: string) =>
    document.querySelector<T>(`[data-testid="${id}"]`);
  const type = async (id: string, text: string) => {
    const input = q<HTMLInputElement>(id)!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const save = async () => {
    q('industry-save')!.click();
    await fixture.whenStable();
  };
  const errors = () =>
    [
      ...document.querySelectorAll('[data-testid="industry-dialog"] .ant-form-item-explain-error'),
    ].map((e) => e.textContent!.trim());

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('creates an entry after the last one, with its code checked first', async () => {
    await open(false);
    await type('industry-code', 'health');
    await type('industry-name', '康体养生休闲');
    await save();
    http.expectNone({ method: 'POST', url });
    expect(errors()).toEqual(['leads.industries.codePattern']);
    await type('industry-code', 'HEALTH');
    await type('industry-targets', '某某康养集团\n');
    await save();
    const request = http.expectOne({ method: 'POST', url });
    expect(request.request.body).toEqual({
      code: 'HEALTH',
      name: '康体养生休闲',
      chain: '',
      targets: '某某康养集团',
      sortOrder: 30,
      isActive: true,
      concurrencyStamp: null,
    });
    request.flush(industryDto({ code: 'HEALTH' }), { status: 201, statusText: 'Created' });
    expect(saved).toHaveBeenCalled();
  });

  it('edits an entry without letting its code change, and puts a taken name on its field', async () => {
    await open(true);
    expect(q<HTMLInputElement>('industry-code')!.disabled).toBe(true);
    await type('industry-name', '富硒产业园');
    await save();
    const request = http.expectOne({ method: 'PUT', url: `${url}/i1` });
    expect(request.request.body).toMatchObject({
      code: 'SELENIUM_WATER',
      name: '富硒产业园',
      concurrencyStamp: 'stamp-i1',
    });
    request.flush(
      { status: 400, title: '请求参数有误', errors: { name: ['产业名称已存在'] } },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errors()).toEqual(['产业名称已存在']);
    expect(saved).not.toHaveBeenCalled();
  });
});
