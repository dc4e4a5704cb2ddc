import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { RankingCriterionDto } from '../../../api/models/ranking-criterion-dto';
import { APP_ICONS } from '../../../core/icons';
import { CriteriaDrawer } from './criteria-drawer';
import { CriterionRow } from './ranking-model';

const criteria: RankingCriterionDto[] = [
  {
    id: 'c1',
    code: 'POLICY',
    name: '政策契合度',
    weight: 60,
    kind: 'Assessed',
    isActive: true,
    sortOrder: 10,
    concurrencyStamp: 's1',
  },
  {
    id: 'c2',
    code: 'MATURITY',
    name: '项目成熟度',
    weight: 40,
    kind: 'Maturity',
    isActive: true,
    sortOrder: 20,
    concurrencyStamp: 's2',
  },
];

describe('CriteriaDrawer', () => {
  let fixture: ComponentFixture<CriteriaDrawer>;
  let http: HttpTestingController;
  let message: { success: ReturnType<typeof vi.fn>; error: ReturnType<typeof vi.fn> };

  async function open() {
    message = { success: vi.fn(), error: vi.fn() };
    TestBed.configureTestingModule({
      imports: [CriteriaDrawer],
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
    fixture = TestBed.createComponent(CriteriaDrawer);
    fixture.componentRef.setInput('criteria', criteria);
    fixture.componentRef.setInput('canManage', true);
    await fixture.whenStable();
  }

  const drawer = () =>
    fixture.componentInstance as unknown as {
      rows: FormArray<CriterionRow>;
      add(): void;
      submit(): void;
    };

  it('keeps the active weight total live and refuses to save unless it is 100', async () => {
    await open();
    expect(document.querySelectorAll('[data-testid="criteria-row"]').length).toBe(2);
    expect(document.querySelector('[data-testid="criteria-sum-invalid"]')).toBeNull();
    drawer().rows.at(0).controls.weight.setValue(50);
    await fixture.whenStable();
    expect(document.querySelector('[data-testid="criteria-sum-invalid"]')).not.toBeNull();
    expect(drawer().rows.errors).toEqual({ weightSum: 90 });
    drawer().submit();
    http.expectNone('/api/reserve/ranking/criteria');
  });

  it('adds a judgement criterion and sends every row with its stamp', async () => {
    await open();
    drawer().add();
    drawer().rows.at(0).controls.weight.setValue(50);
    drawer().rows.at(2).patchValue({ name: '带动就业', weight: 10 });
    await fixture.whenStable();
    drawer().submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/reserve/ranking/criteria' });
    expect(request.request.body).toEqual({
      criteria: [
        { id: 'c1', name: '政策契合度', weight: 50, isActive: true, concurrencyStamp: 's1' },
        { id: 'c2', name: '项目成熟度', weight: 40, isActive: true, concurrencyStamp: 's2' },
        { id: null, name: '带动就业', weight: 10, isActive: true, concurrencyStamp: null },
      ],
    });
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    request.flush(criteria);
    expect(saved).toHaveBeenCalledWith(criteria);
  });

  it('asks for a reload after a 409', async () => {
    await open();
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    drawer().submit();
    http
      .expectOne('/api/reserve/ranking/criteria')
      .flush({ status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('errors.concurrency');
    expect(saved).toHaveBeenCalledWith(null);
  });
});
