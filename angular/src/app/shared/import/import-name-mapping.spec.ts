import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { NzSelectComponent } from 'ng-zorro-antd/select';
import { UnknownName } from './import-problems';
import { ImportNameMapping, mappingRows, placeGroups } from './import-name-mapping';
import { NameChoice } from './import-session';
import {
  ALIASES,
  PLACES,
  allByTestId,
  byTestId,
  clearOverlays,
  importTestProviders,
  unknownName,
  useChinese,
} from './import-test-data';

describe('mappingRows', () => {
  it('lists a name written in two columns once, with both columns, all rows and the narrower scope', () => {
    const rows = mappingRows([
      unknownName('三合', { column: '责任单位', rows: [9, 4], suggestions: [] }),
      unknownName('三合', {
        column: '建设地点',
        scope: 'Towns',
        rows: [4, 6],
        suggestions: [{ id: 't-sh', name: '三合镇' }],
      }),
    ]);
    expect(rows).toEqual([
      {
        written: '三合',
        columns: '责任单位、建设地点',
        rows: [4, 6, 9],
        scope: 'Towns',
        suggestion: 't-sh',
      },
    ]);
  });
});

describe('placeGroups', () => {
  const names = (scope: UnknownName['scope']) =>
    placeGroups(PLACES, scope).map((g) => [g.labelKey, g.places.map((p) => p.name)]);

  it('offers towns for a town column, departments for a department column, both grouped otherwise', () => {
    expect(names('Towns')).toEqual([['import.mapping.towns', ['石灰窑回族乡', '平安镇']]]);
    expect(names('Departments')).toEqual([
      ['import.mapping.departments', ['区住房和城乡建设局', '区发展和改革委员会']],
    ]);
    expect(names('Any').map(([label]) => label)).toEqual([
      'import.mapping.departments',
      'import.mapping.towns',
    ]);
  });
});

describe('ImportNameMapping', () => {
  let fixture: ComponentFixture<ImportNameMapping>;
  let http: HttpTestingController;
  let applied: NameChoice[][];

  async function render(names: UnknownName[], permissions: string[] = ALIASES) {
    applied = [];
    TestBed.configureTestingModule({
      imports: [ImportNameMapping],
      providers: importTestProviders(permissions),
    });
    useChinese();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportNameMapping);
    fixture.componentRef.setInput('testIdPrefix', 'x');
    fixture.componentRef.setInput('names', names);
    fixture.componentInstance.apply.subscribe((choices) => applied.push(choices));
    await fixture.whenStable();
    http.expectOne({ method: 'GET', url: '/api/identity/department-options' }).flush(PLACES);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => {
    http.verify();
    clearOverlays();
  });

  const row = (written: string) =>
    fixture.debugElement
      .queryAll(By.css('[data-testid="x-unknown-name"]'))
      .find((r) => r.nativeElement.getAttribute('data-written') === written)!;
  const select = (written: string) =>
    row(written).query(By.directive(NzSelectComponent)).componentInstance as NzSelectComponent;
  const optionLabels = (written: string) =>
    select(written).listOfNzOptionComponent.map((o) => o.nzLabel as string);
  const groupLabels = (written: string) =>
    select(written).listOfNzOptionGroupComponent.map((g) => g.nzLabel as string);
  const remap = () => byTestId<HTMLButtonElement>('x-remap')!;

  it('lists each name with its column and rows, and offers the places its column may hold', async () => {
    const root = await render([
      unknownName('区住建委', { rows: [5, 8] }),
      unknownName('石灰窑', {
        column: '建设地点',
        scope: 'Towns',
        rows: [6],
        suggestions: [{ id: 't-shy', name: '石灰窑回族乡' }],
      }),
      unknownName('发改', { column: '牵头部门', scope: 'Departments', suggestions: [] }),
    ]);
    expect(allByTestId('x-unknown-name', root).length).toBe(3);
    expect(row('区住建委').nativeElement.textContent).toContain('责任单位');
    expect(row('区住建委').nativeElement.textContent).toContain('5、8');

    expect(groupLabels('区住建委')).toEqual(['部门', '乡镇街道']);
    expect(optionLabels('区住建委')).toEqual(PLACES.map((p) => p.name));
    expect(groupLabels('石灰窑')).toEqual(['乡镇街道']);
    expect(optionLabels('石灰窑')).toEqual(['石灰窑回族乡', '平安镇']);
    expect(optionLabels('发改')).toEqual(['区住房和城乡建设局', '区发展和改革委员会']);
  });

  it('chooses the first suggestion and waits for a choice for every name', async () => {
    await render([
      unknownName('区住建委'),
      unknownName('发改', { column: '牵头部门', scope: 'Departments', suggestions: [] }),
    ]);
    expect(row('区住建委').nativeElement.textContent).toContain('区住房和城乡建设局');
    expect(remap().disabled).toBe(true);

    select('发改').onItemClick('d-drc');
    await fixture.whenStable();
    expect(remap().disabled).toBe(false);
    remap().click();
    expect(applied).toEqual([
      [
        { written: '区住建委', departmentId: 'd-hud', remember: false },
        { written: '发改', departmentId: 'd-drc', remember: false },
      ],
    ]);
  });

  it('offers 记住此简称 to a user who may add aliases, and passes it on', async () => {
    const root = await render([unknownName('区住建委')]);
    const remember = byTestId('x-unknown-name-remember', root)!;
    expect(remember.textContent).toContain('记住此简称');
    remember.querySelector<HTMLInputElement>('input')!.click();
    await fixture.whenStable();
    remap().click();
    expect(applied).toEqual([[{ written: '区住建委', departmentId: 'd-hud', remember: true }]]);
  });

  it('does not offer 记住此简称 without the permission', async () => {
    const root = await render([unknownName('区住建委')], []);
    expect(byTestId('x-unknown-name-remember', root)).toBeNull();
    expect(root.textContent).not.toContain('记住此简称');
    remap().click();
    expect(applied).toEqual([[{ written: '区住建委', departmentId: 'd-hud', remember: false }]]);
  });

  it('shows why a 简称 was not remembered on its name, and waits while importing', async () => {
    const root = await render([unknownName('区住建委'), unknownName('区卫健委')]);
    fixture.componentRef.setInput('aliasFailures', { 区卫健委: '该简称已是其他部门的简称' });
    fixture.componentRef.setInput('busy', true);
    await fixture.whenStable();
    expect(byTestId('x-unknown-name-error', row('区卫健委').nativeElement)!.textContent).toContain(
      '该简称已是其他部门的简称',
    );
    expect(byTestId('x-unknown-name-error', row('区住建委').nativeElement)).toBeNull();
    expect(allByTestId('x-unknown-name-error', root).length).toBe(1);
    expect(remap().disabled).toBe(true);
    remap().click();
    expect(applied).toEqual([]);
  });
});
