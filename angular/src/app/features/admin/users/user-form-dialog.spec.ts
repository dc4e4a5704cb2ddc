import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { UserDto } from '../../../api/models/user-dto';
import { APP_ICONS } from '../../../core/icons';
import { UserFormDialog } from './user-form-dialog';

const existing: UserDto = {
  id: 'u1',
  userName: 'lisi',
  displayName: '李四',
  departmentId: 'd1',
  departmentName: '招商局',
  phoneNumber: null,
  email: null,
  roles: ['staff'],
  isDisabled: false,
  isLockedOut: false,
  concurrencyStamp: 'stamp-1',
  isDepartmentHead: true,
};

describe('UserFormDialog', () => {
  let fixture: ComponentFixture<UserFormDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(user: UserDto | null) {
    message.success.mockReset();
    message.error.mockReset();
    TestBed.configureTestingModule({
      imports: [UserFormDialog],
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
      errors: { concurrency: '该记录已被他人修改，请刷新后重试' },
    });
    TestBed.inject(TranslateService).use('zh-CN');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UserFormDialog);
    fixture.componentRef.setInput('user', user);
    await fixture.whenStable();
  }

  const dialog = () =>
    fixture.componentInstance as unknown as {
      form: import('@angular/forms').FormGroup;
      submit(): void;
    };

  it('validates the new user before sending anything', async () => {
    await open(null);
    dialog().form.patchValue({
      userName: 'ab',
      displayName: '王五',
      password: 'password',
      departmentId: 'd1',
      email: 'not-an-email',
    });
    dialog().submit();
    http.expectNone('/api/identity/users');
    const controls = dialog().form.controls;
    expect(controls['userName'].errors).toHaveProperty('minlength');
    expect(controls['password'].errors).toEqual({ passwordClasses: true });
    expect(controls['email'].errors).toHaveProperty('email');
  });

  it('creates a user with the request the API expects and maps server field errors', async () => {
    await open(null);
    dialog().form.patchValue({
      userName: 'wangwu',
      displayName: '王五',
      password: 'Passw0rd!',
      departmentId: 'd1',
      roles: ['staff'],
    });
    dialog().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/identity/users' });
    expect(request.request.body).toEqual({
      userName: 'wangwu',
      displayName: '王五',
      password: 'Passw0rd!',
      departmentId: 'd1',
      roles: ['staff'],
      phoneNumber: null,
      email: null,
      isDepartmentHead: false,
    });
    request.flush(
      {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { userName: ['用户名已存在'] },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(dialog().form.controls['userName'].errors).toEqual({ server: '用户名已存在' });
    expect(message.error).not.toHaveBeenCalled();
  });

  it('sends the concurrency stamp on edit and reports a 409 as a concurrent change', async () => {
    await open(existing);
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    expect(dialog().form.controls['isDepartmentHead'].value).toBe(true);
    dialog().form.patchValue({ displayName: '李四（新）', isDepartmentHead: false });
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url: '/api/identity/users/u1' });
    expect(request.request.body).toMatchObject({
      displayName: '李四（新）',
      departmentId: 'd1',
      roles: ['staff'],
      concurrencyStamp: 'stamp-1',
      isDepartmentHead: false,
    });
    expect(request.request.body).not.toHaveProperty('password');
    request.flush({ title: 'Conflict', status: 409 }, { status: 409, statusText: 'Conflict' });
    expect(message.error).toHaveBeenCalledWith('该记录已被他人修改，请刷新后重试');
    expect(saved).toHaveBeenCalled(); // the list closes the dialog and reloads
  });
});
