import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Observable, catchError, finalize, map, of, shareReplay, tap, throwError } from 'rxjs';
import { Api } from '../../api/api';
import { getCurrentUser } from '../../api/fn/account/get-current-user';
import { login } from '../../api/fn/account/login';
import { logout } from '../../api/fn/account/logout';
import { CurrentUserDto } from '../../api/models/current-user-dto';
import { LoginRequest } from '../../api/models/login-request';

/** Holds the signed-in user; GET /api/account/me is called at most once until the session is cleared. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(Api);
  private readonly userState = signal<CurrentUserDto | null>(null);
  private pendingMe: Observable<CurrentUserDto | null> | null = null;

  readonly user = this.userState.asReadonly();
  readonly isAuthenticated = computed(() => this.userState() !== null);
  private readonly permissionSet = computed(() => new Set(this.userState()?.permissions ?? []));

  hasPermission(permission: string): boolean {
    return this.permissionSet().has(permission);
  }

  /** Resolves the current user (from cache or the server); null when not signed in. */
  ensureLoaded(): Observable<CurrentUserDto | null> {
    const cached = this.userState();
    if (cached) {
      return of(cached);
    }
    this.pendingMe ??= this.api.invoke(getCurrentUser).pipe(
      tap((user) => this.userState.set(user)),
      catchError((error: unknown) =>
        error instanceof HttpErrorResponse && error.status === 401
          ? of(null)
          : throwError(() => error),
      ),
      finalize(() => (this.pendingMe = null)),
      shareReplay(1),
    );
    return this.pendingMe;
  }

  login(request: LoginRequest): Observable<CurrentUserDto> {
    return this.api.invoke(login, { body: request }).pipe(tap((user) => this.userState.set(user)));
  }

  logout(): Observable<void> {
    return this.api.invoke(logout).pipe(
      map(() => undefined),
      finalize(() => this.clear()),
    );
  }

  passwordChanged(): void {
    this.userState.update((user) => (user ? { ...user, mustChangePassword: false } : user));
  }

  clear(): void {
    this.userState.set(null);
    this.pendingMe = null;
  }
}
