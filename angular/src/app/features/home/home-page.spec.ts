import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../api/api-configuration';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';
import { HomePage } from './home-page';

describe('HomePage', () => {
  async function render(permissions: string[]) {
    TestBed.configureTestingModule({
      imports: [HomePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        {
          provide: AuthService,
          useValue: {
            user: signal(null),
            hasPermission: (p: string) => permissions.includes(p),
          },
        },
      ],
    });
    const fixture = TestBed.createComponent(HomePage);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('links to the 调度看板 for those who may see scheduling', async () => {
    const el = await render(['Scheduling.View']);
    const link = el.querySelector('[data-testid="home-dashboard-link"]')!;
    expect(link.getAttribute('href')).toBe('/scheduling/dashboard');
    expect(link.textContent).toContain('home.dashboard');
  });

  it('shows no link to the 调度看板 without the scheduling permission', async () => {
    const el = await render(['Leads.View']);
    expect(el.querySelector('[data-testid="home-dashboard-link"]')).toBeNull();
  });
});
