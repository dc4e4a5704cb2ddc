import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormBuilder, Validators } from '@angular/forms';
import { Observable } from 'rxjs';
import { Api } from '../../../api/api';
import { createUser } from '../../../api/fn/identity/create-user';
import { updateUser } from '../../../api/fn/identity/update-user';
import { RoleDto } from '../../../api/models/role-dto';
import { UserDto } from '../../../api/models/user-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { passwordPolicy } from '../../../shared/validation/password-policy';
import { DepartmentNode } from '../department-tree';
import { revealErrors } from '../../../shared/validation/reveal-errors';

export const USER_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;

/** 新建用户 / 编辑用户 modal. With `user` null it creates; otherwise it edits (sending the concurrency stamp). */
@Component({
  selector: 'app-user-form-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-form-dialog.html',
})
export class UserFormDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly user = input<UserDto | null>(null);
  readonly departmentTree = input<DepartmentNode[]>([]);
  readonly roles = input<RoleDto[]>([]);
  readonly closed = output<void>();
  readonly saved = output<UserDto>();

  protected readonly saving = signal(false);
  protected readonly form = inject(FormBuilder).group({
    userName: [
      '',
      [
        Validators.required,
        Validators.minLength(3),
        Validators.maxLength(64),
        Validators.pattern(USER_NAME_PATTERN),
      ],
    ],
    displayName: ['', [Validators.required, Validators.maxLength(64)]],
    password: ['', [Validators.required, passwordPolicy]],
    departmentId: [null as string | null, Validators.required],
    roles: [[] as string[]],
    phoneNumber: ['', Validators.maxLength(32)],
    email: ['', [Validators.email, Validators.maxLength(256)]],
    isDepartmentHead: [false],
  });

  protected get isEdit(): boolean {
    return this.user() !== null;
  }

  ngOnInit(): void {
    const user = this.user();
    if (user) {
      this.form.controls.password.disable();
      this.form.controls.userName.disable();
      this.form.patchValue({
        userName: user.userName,
        displayName: user.displayName,
        departmentId: user.departmentId,
        roles: [...user.roles],
        phoneNumber: user.phoneNumber ?? '',
        email: user.email ?? '',
        isDepartmentHead: user.isDepartmentHead,
      });
    }
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    const common = {
      displayName: value.displayName!.trim(),
      departmentId: value.departmentId!,
      roles: value.roles ?? [],
      phoneNumber: value.phoneNumber?.trim() || null,
      email: value.email?.trim() || null,
      isDepartmentHead: value.isDepartmentHead ?? false,
    };
    const user = this.user();
    const request: Observable<UserDto> = user
      ? this.api.invoke(updateUser, {
          id: user.id,
          body: { ...common, concurrencyStamp: user.concurrencyStamp },
        })
      : this.api.invoke(createUser, {
          body: { ...common, userName: value.userName!.trim(), password: value.password! },
        });
    this.problems.save(request, {
      saving: this.saving,
      form: this.form,
      saved: (saved) => this.saved.emit(saved),
      stale: () => this.saved.emit(user!), // closes the dialog and reloads the list
    });
  }
}
