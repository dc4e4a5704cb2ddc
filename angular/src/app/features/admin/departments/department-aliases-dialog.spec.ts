import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { DepartmentDto } from '../../../api/models/department-dto';
import { APP_ICONS } from '../../../core/icons';
import { DepartmentAliasesDialog } from './department-aliases-dialog';

const drc: DepartmentDto = {
  id: 'd1',
  parentId: 'gov',
  name: '区发展和改革委员会',
  code: 'DRC',
  sortOrder: 10,
  userCount: 2,
  concurrencyStamp: 'stamp-1',
  aliases: ['发改委', '区发改委'],
};

describe('DepartmentAliasesDialog', () => {
  let fixture: ComponentFixture<DepartmentAliasesDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(department: DepartmentDto) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [DepartmentAliasesDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    TestBed.inject(TranslateService).setTranslation('zh-CN', {
      common: { saved: '已保存' },
      errors: { concurrency: '该记录已被他人修改，请刷新后重试' },
    });
    TestBed.inject(TranslateService).use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DepartmentAliasesDialog);
    fixture.componentRef.setInput('department', department);
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };

  afterEach(() => http.verify());

  it('starts from the department aliases and shows them as tags in a tags select', async () => {
    await open(drc);
    expect(dialog().form.controls['aliases'].value).toEqual(['发改委', '区发改委']);
    const select = document.querySelector('[data-testid="department-aliases-select"]');
    expect(select?.querySelectorAll('.ant-select-selection-item')).toHaveLength(2);
    expect(select?.textContent).toContain('区发改委');
  });

  it('saves the trimmed list with the concurrency stamp through the API client', async () => {
    await open(drc);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog().form.patchValue({ aliases: ['发改委', ' 发改局 ', '  '] });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/identity/departments/d1/aliases' });
    expect(request.request.body).toEqual({
      aliases: ['发改委', '发改局'],
      concurrencyStamp: 'stamp-1',
    });
    const answer = { ...drc, aliases: ['发改委', '发改局'], concurrencyStamp: 'stamp-2' };
    request.flush(answer);
    expect(saved).toHaveBeenCalledWith(answer);
    expect(message.success).toHaveBeenCalledWith('已保存');
  });

  it('refuses an alias longer than 64 characters before sending anything', async () => {
    await open(drc);
    dialog().form.patchValue({ aliases: ['长'.repeat(65)] });
    dialog().submit();
    http.expectNone('/api/identity/departments/d1/aliases');
    expect(dialog().form.controls['aliases'].errors).toEqual({
      maxlength: { requiredLength: 64, actualLength: 65 },
    });
  });

  it('shows the server refusal of an alias held by another department on the field', async () => {
    await open(drc);
    dialog().form.patchValue({ aliases: ['住建局'] });
    dialog().submit();
    http.expectOne('/api/identity/departments/d1/aliases').flush(
      {
        title: '请求参数有误',
        status: 400,
        detail: '「住建局」已是「区住房和城乡建设局」的简称',
        errors: { aliases: ['「住建局」已是「区住房和城乡建设局」的简称'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(dialog().form.controls['aliases'].errors).toEqual({
      server: '「住建局」已是「区住房和城乡建设局」的简称',
    });
    fixture.detectChanges();
    await fixture.whenStable();
    expect(document.body.textContent).toContain('「住建局」已是「区住房和城乡建设局」的简称');
  });

  it('reports a 409 as changed by someone else and asks the page to reload', async () => {
    await open(drc);
    const stale = vi.fn();
    fixture.componentInstance.stale.subscribe(stale);
    dialog().submit();
    http
      .expectOne('/api/identity/departments/d1/aliases')
      .flush(
        { title: '冲突', status: 409, detail: '该部门已被他人修改，请刷新后重试。' },
        { status: 409, statusText: 'Conflict' },
      );
    expect(message.error).toHaveBeenCalledWith('该部门已被他人修改，请刷新后重试。');
    expect(stale).toHaveBeenCalled();
  });
});
