import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormGroup } from '@angular/forms';
import { Router, provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { AuthService } from '../../../core/auth/auth.service';
import { APP_ICONS } from '../../../core/icons';
import { ChangePasswordPage } from './change-password-page';

describe('ChangePasswordPage', () => {
  let fixture: ComponentFixture<ChangePasswordPage>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };
  const page = () => fixture.componentInstance as unknown as { form: FormGroup; submit(): void };

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ChangePasswordPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ChangePasswordPage);
    await fixture.whenStable();
  });

  it('refuses a confirmation that does not match, and re-checks it when the new password changes', () => {
    page().form.setValue({
      currentPassword: 'Old#pass1',
      newPassword: 'New#pass1',
      confirmPassword: 'New#pass2',
    });
    page().submit();
    http.expectNone('/api/account/change-password');
    expect(page().form.get('confirmPassword')!.errors).toEqual({ mismatch: true });
    page().form.get('newPassword')!.setValue('New#pass2');
    expect(page().form.get('confirmPassword')!.errors).toBeNull();
  });

  it('shows server field errors under the matching inputs', () => {
    page().form.setValue({
      currentPassword: 'Wrong#pass1',
      newPassword: 'New#pass1',
      confirmPassword: 'New#pass1',
    });
    page().submit();
    http
      .expectOne('/api/account/change-password')
      .flush(
        { status: 400, errors: { currentPassword: ['当前密码不正确'] } },
        { status: 400, statusText: 'Bad Request' },
      );
    expect(page().form.get('currentPassword')!.errors).toEqual({ server: '当前密码不正确' });
  });

  it('sends only the current and new password, then clears the must-change flag and goes home', () => {
    const auth = TestBed.inject(AuthService);
    const changed = vi.spyOn(auth, 'passwordChanged');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    page().form.setValue({
      currentPassword: 'Old#pass1',
      newPassword: 'New#pass1',
      confirmPassword: 'New#pass1',
    });
    page().submit();
    const request = http.expectOne({ method: 'POST', url: '/api/account/change-password' });
    expect(request.request.body).toEqual({
      currentPassword: 'Old#pass1',
      newPassword: 'New#pass1',
    });
    request.flush(null, { status: 204, statusText: 'No Content' });
    expect(changed).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/');
  });
});
