import { HttpTestingController } from '@angular/common/http/testing';
import { Component, inject } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Api } from '../../api/api';
import { getPlanImportErrorWorkbook } from '../../api/fn/reserve/get-plan-import-error-workbook';
import { getPlanImportTemplate } from '../../api/fn/reserve/get-plan-import-template';
import { importAnnualPlan } from '../../api/fn/reserve/import-annual-plan';
import { PlanImportResultDto } from '../../api/models/plan-import-result-dto';
import { ImportDialog, ImportEndpoints } from './import-dialog';
import {
  ALIASES,
  PLACES,
  allByTestId,
  byTestId,
  clearOverlays,
  importTestProviders,
  refusal,
  unknownName,
  useChinese,
} from './import-test-data';

const importUrl = '/api/reserve/plans/2026/import';
const aliasUrl = '/api/identity/department-aliases';

@Component({
  imports: [ImportDialog],
  template: `
    <app-import-dialog
      testIdPrefix="x"
      title="导入"
      countsKey="reserve.plan.importDialog.counts"
      writesNames
      [rules]="[{ key: 'reserve.plan.importDialog.ruleSheet' }]"
      [endpoints]="endpoints"
      (imported)="imported.push($event)"
    />
  `,
})
class Host {
  private readonly api = inject(Api);
  readonly imported: PlanImportResultDto[] = [];
  readonly endpoints: ImportEndpoints<PlanImportResultDto> = {
    import: (body) => this.api.invoke(importAnnualPlan, { year: 2026, body }),
    errorWorkbook: (body) => this.api.invoke(getPlanImportErrorWorkbook, { year: 2026, body }),
    template: () => this.api.invoke(getPlanImportTemplate),
    templateFileName: '模板.xlsx',
  };
}

const done: PlanImportResultDto = {
  rows: 2,
  createdProjects: 2,
  updatedProjects: 0,
  addedEntries: 2,
  updatedEntries: 0,
  unchangedEntries: 0,
  warnings: ['「总投资」第 5 行按亿元换算为万元导入'],
  skipped: [
    { row: 3, reason: '分组行', text: '一、续建项目（18个）' },
    { row: 9, reason: '小计/合计行', text: '合计' },
  ],
};

describe('ImportDialog', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  const file = new File(['xlsx-bytes'], '2026计划.xlsx');

  async function open(permissions: string[] = ALIASES) {
    TestBed.configureTestingModule({
      imports: [Host],
      providers: importTestProviders(permissions),
    });
    useChinese();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
  }

  async function pickAndSubmit() {
    const input = byTestId<HTMLInputElement>('x-file')!;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    byTestId('x-submit')!.click();
    await fixture.whenStable();
  }

  /** The first import is refused for the unknown names; the picker's places are read. */
  async function refuseWithUnknownNames() {
    await pickAndSubmit();
    const first = http.expectOne({ method: 'POST', url: importUrl });
    expect((first.request.body as FormData).has('nameMappings')).toBe(false);
    first.flush(
      refusal({
        unknownNames: [
          unknownName('区住建委', { rows: [5, 8] }),
          unknownName('区卫健委', {
            rows: [6],
            suggestions: [{ id: 'd-drc', name: '区发展和改革委员会' }],
          }),
        ],
      }),
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    http.expectOne('/api/identity/department-options').flush(PLACES);
    await fixture.whenStable();
  }

  const nameRow = (written: string) =>
    allByTestId('x-unknown-name').find((r) => r.getAttribute('data-written') === written)!;

  async function remember(written: string) {
    byTestId('x-unknown-name-remember', nameRow(written))!.querySelector('input')!.click();
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  it('states its rules and the shared ones, and shows the counts, notes and skipped rows of an import', async () => {
    await open();
    const rules = byTestId('x-rules')!.textContent!;
    expect(rules).toContain('一、续建项目');
    expect(rules).toContain('填报单位');
    expect(rules).toContain('合计');
    expect(rules).toContain('1,234.56');
    expect(rules).toContain('亿元');
    expect(rules).toContain('区发改委');
    expect(rules).toContain('石灰窑乡');
    await pickAndSubmit();
    http.expectOne({ method: 'POST', url: importUrl }).flush(done);
    await fixture.whenStable();
    expect(fixture.componentInstance.imported).toEqual([done]);
    expect(byTestId('x-counts')!.textContent).toContain('新建项目 2 个');
    expect(byTestId('x-warnings')!.textContent).toContain('按亿元换算为万元');
    expect(byTestId('x-skipped')!.textContent).toContain('已跳过 2 行');
    expect(allByTestId('x-skipped-row').map((r) => r.textContent!.trim())).toEqual([
      '第 3 行 分组行「一、续建项目（18个）」',
      '第 9 行 小计/合计行「合计」',
    ]);
  });

  it('saves the remembered 简称, then imports the same file again with every chosen name', async () => {
    await open();
    await refuseWithUnknownNames();
    expect(byTestId('x-problems')!.textContent).toContain('M5');
    await remember('区住建委');
    byTestId('x-remap')!.click();
    byTestId('x-remap')!.click(); // a double click changes nothing
    await fixture.whenStable();

    const alias = http.expectOne({ method: 'POST', url: aliasUrl });
    expect(alias.request.body).toEqual({ departmentId: 'd-hud', alias: '区住建委' });
    alias.flush({ departmentId: 'd-hud', departmentName: '区住房和城乡建设局', alias: '区住建委' });
    await fixture.whenStable();

    const again = http.expectOne({ method: 'POST', url: importUrl });
    const body = again.request.body as FormData;
    expect(body.get('file')).toBe(file);
    expect(JSON.parse(body.get('nameMappings') as string)).toEqual({
      区住建委: 'd-hud',
      区卫健委: 'd-drc',
    });
    expect(byTestId<HTMLButtonElement>('x-remap')!.disabled).toBe(true);
    again.flush(done);
    await fixture.whenStable();
    expect(fixture.componentInstance.imported).toEqual([done]);
    expect(byTestId('x-result')).not.toBeNull();
    expect(byTestId('x-unknown-names')).toBeNull();
    expect(byTestId('x-problems')).toBeNull();
  });

  it('shows a refused 简称 on its name and still imports with every mapping', async () => {
    await open();
    await refuseWithUnknownNames();
    await remember('区卫健委');
    await remember('区住建委');
    byTestId('x-remap')!.click();
    await fixture.whenStable();

    const [first, second] = [
      http.expectOne((r) => r.url === aliasUrl && r.body.alias === '区住建委'),
      http.match(aliasUrl),
    ];
    expect(second).toEqual([]); // one at a time, in the order listed
    first.flush(
      { status: 422, code: 'AliasMustNameOnePlace', detail: '「区住建委」已是区城管局的简称' },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await fixture.whenStable();
    const next = http.expectOne({ method: 'POST', url: aliasUrl });
    expect(next.request.body).toEqual({ departmentId: 'd-drc', alias: '区卫健委' });
    next.flush({}, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    const again = http.expectOne({ method: 'POST', url: importUrl });
    expect(JSON.parse((again.request.body as FormData).get('nameMappings') as string)).toEqual({
      区住建委: 'd-hud',
      区卫健委: 'd-drc',
    });
    expect(byTestId('x-unknown-name-error', nameRow('区住建委'))!.textContent).toContain(
      '已是区城管局的简称',
    );
    expect(byTestId('x-unknown-name-error', nameRow('区卫健委'))).toBeNull();
    again.flush(done);
    await fixture.whenStable();
    expect(byTestId('x-alias-failures')!.textContent).toContain('未能记住简称「区住建委」');
  });

  it('imports with the chosen names only, without saving any 简称, for a user who may not add them', async () => {
    await open([]);
    await refuseWithUnknownNames();
    byTestId('x-remap')!.click();
    await fixture.whenStable();
    http.expectNone(aliasUrl);
    const again = http.expectOne({ method: 'POST', url: importUrl });
    expect((again.request.body as FormData).get('file')).toBe(file);
    again.flush(refusal({ problemCount: 1 }), { status: 422, statusText: 'Unprocessable Entity' });
    await fixture.whenStable();
    expect(byTestId('x-unknown-names')).toBeNull();

    // the marked copy is read with the same choices
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    byTestId('x-error-workbook')!.click();
    const marked = http.expectOne({ method: 'POST', url: `${importUrl}/errors` });
    expect((marked.request.body as FormData).get('file')).toBe(file);
    expect((marked.request.body as FormData).get('nameMappings')).toContain('区卫健委');
    marked.flush(new Blob(['marked']));
    expect(click).toHaveBeenCalled();
    click.mockRestore();
    URL.createObjectURL = original.create;
    URL.revokeObjectURL = original.revoke;
  });

  it('says so when the previous import is still running', async () => {
    await open();
    await pickAndSubmit();
    http.expectOne(importUrl).flush(
      {
        status: 429,
        code: 'ImportInProgress',
        detail: '您的上一个导入仍在进行，请等待其完成后再导入。',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await fixture.whenStable();
    expect(byTestId('x-failure')!.textContent).toContain('上一个导入仍在进行');
  });
});
