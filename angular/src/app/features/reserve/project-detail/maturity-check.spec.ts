import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { APP_ICONS } from '../../../core/icons';
import { MaturityCheck } from './maturity-check';

describe('MaturityCheck', () => {
  it('shows each stage with ✓/✗ and its missing items', async () => {
    TestBed.configureTestingModule({
      imports: [MaturityCheck],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(MaturityCheck);
    fixture.componentRef.setInput('projectId', 'p1');
    fixture.componentRef.setInput('current', 'Preliminary');
    await fixture.whenStable();
    http.expectOne('/api/reserve/projects/p1/maturity-check').flush({
      stages: [
        { maturity: 'Planning', met: true, missing: [] },
        { maturity: 'Preliminary', met: false, missing: ['缺少建设规模及主要内容'] },
        { maturity: 'Mature', met: false, missing: ['缺少用地计划', '缺少资金来源'] },
      ],
    });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const stage = (m: string) => el.querySelector(`[data-testid="maturity-stage-${m}"]`)!;
    expect(el.querySelector('[data-testid="project-maturity-check"]')).not.toBeNull();
    expect(stage('Planning').textContent).toContain('✓');
    expect(stage('Preliminary').textContent).toContain('✗');
    expect(stage('Preliminary').textContent).toContain('缺少建设规模及主要内容');
    expect(stage('Preliminary').textContent).toContain('reserve.maturityCheck.claimed');
    expect(stage('Mature').querySelectorAll('li').length).toBe(2);
  });
});
