import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../api/api-configuration';
import { ForecastDto } from '../../api/models/forecast-dto';
import { InstanceDto } from '../../api/models/instance-dto';
import { InstanceStepDto } from '../../api/models/instance-step-dto';
import { TaskDto } from '../../api/models/task-dto';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';

/** What the specs of this module provide: HTTP under test, keys as texts, icons, a fake message and the permissions. */
export function approvalTestProviders(
  permissions: string[],
  message: { success: () => void; error: (text: string) => void },
) {
  return [
    provideRouter([]),
    provideHttpClient(),
    provideHttpClientTesting(),
    provideApiConfiguration(''),
    provideTranslateService(),
    provideNzIcons(APP_ICONS),
    { provide: NzMessageService, useValue: message },
    {
      provide: AuthService,
      useValue: { hasPermission: (p: string) => permissions.includes(p), user: () => null },
    },
  ];
}

export const DECIDE = ['Approvals.View', 'Approvals.Decide'];
export const MANAGE = ['Approvals.View', 'Approvals.Manage'];
export const UNIT = ['Approvals.View', 'Reserve.Submit'];

export const clearOverlays = () =>
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());

/** 环评 of 新平大道东延段 waiting in 区生态环境局's inbox (invented figures). */
export const task = (overrides: Partial<TaskDto> = {}): TaskDto => ({
  stepId: 's-eia',
  instanceId: 'i1',
  projectId: 'p1',
  projectName: '新平大道东延段',
  stepCode: 'EIA',
  stepName: '环境影响评价审批',
  departmentCode: 'EEB',
  departmentName: '区生态环境局',
  round: 1,
  timeLimitDays: 30,
  since: '2026-11-20T02:00:00Z',
  daysWaiting: 7,
  handlerId: null,
  handlerName: null,
  lastComment: null,
  concurrencyStamp: 'stamp-eia',
  elapsedWorkingDays: 5,
  dueOn: '2026-12-31',
  limitState: 'Normal',
  ...overrides,
});

export const step = (overrides: Partial<InstanceStepDto> = {}): InstanceStepDto => ({
  id: 's-filing',
  code: 'FILING',
  name: '项目备案',
  departmentCode: 'DRC',
  departmentId: 'd-drc',
  departmentName: '区发展和改革局',
  timeLimitDays: 1,
  prerequisites: [],
  state: 'Approved',
  round: 1,
  firstPendingAt: '2026-11-02T02:00:00Z',
  pendingSince: '2026-11-02T02:00:00Z',
  returnedAt: null,
  doneAt: '2026-11-03T02:00:00Z',
  durationDays: 1,
  notApplicableReason: null,
  handlerId: null,
  handlerName: null,
  decisions: [],
  concurrencyStamp: 'stamp-filing',
  elapsedWorkingDays: 1,
  dueOn: null,
  limitState: 'Normal',
  ...overrides,
});

/** A 备案制 run: FILING → EIA ∥ LAND → PLANNING_PERMIT. */
export const instance = (overrides: Partial<InstanceDto> = {}): InstanceDto => ({
  id: 'i1',
  projectId: 'p1',
  projectName: '新平大道东延段',
  regime: 'Filing',
  templateVersionId: 'v1',
  templateVersionNumber: 1,
  state: 'Running',
  responsibleDepartmentId: 'd-trb',
  responsibleDepartmentName: '区交通运输局',
  startedAt: '2026-11-02T02:00:00Z',
  startedByName: '统筹员',
  endedAt: null,
  steps: [
    step({
      decisions: [
        {
          id: 'dec1',
          stepId: 's-filing',
          round: 1,
          kind: 'Approve',
          comment: '准予备案',
          userId: 'u1',
          userName: '张审批',
          at: '2026-11-03T02:00:00Z',
          attachments: [
            { id: 'a1', fileName: '备案证明.pdf', contentType: 'application/pdf', size: 2048 },
          ],
        },
      ],
    }),
    step({
      id: 's-eia',
      code: 'EIA',
      name: '环境影响评价审批',
      departmentCode: 'EEB',
      prerequisites: ['FILING'],
      state: 'Pending',
      doneAt: null,
      timeLimitDays: 30,
      durationDays: 24,
      limitState: 'Reminded80',
    }),
    step({
      id: 's-land',
      code: 'LAND',
      name: '用地预审与选址意见书',
      departmentCode: 'NRB',
      prerequisites: ['FILING'],
      state: 'Returned',
      doneAt: null,
      timeLimitDays: 20,
    }),
    step({
      id: 's-plan',
      code: 'PLANNING_PERMIT',
      name: '建设工程规划许可证',
      departmentCode: 'NRB',
      prerequisites: ['EIA', 'LAND'],
      state: 'Waiting',
      firstPendingAt: null,
      doneAt: null,
      durationDays: null,
      timeLimitDays: 20,
    }),
  ],
  ...overrides,
});

export const forecast = (overrides: Partial<ForecastDto> = {}): ForecastDto => ({
  instanceId: 'i1',
  state: 'Running',
  forecastOn: '2026-12-30',
  criticalPath: ['EIA', 'PLANNING_PERMIT'],
  remainingWorkingDays: 26,
  steps: [
    {
      code: 'FILING',
      expectedDays: 1,
      remainingDays: 0,
      basis: 'limit',
      sampleCount: 0,
      expectedStartOn: null,
      expectedDoneOn: null,
      onCriticalPath: false,
    },
    {
      code: 'EIA',
      expectedDays: 12,
      remainingDays: 6,
      basis: 'median',
      sampleCount: 3,
      expectedStartOn: '2026-11-27',
      expectedDoneOn: '2026-12-07',
      onCriticalPath: true,
    },
    {
      code: 'LAND',
      expectedDays: 20,
      remainingDays: 4,
      basis: 'limit',
      sampleCount: 0,
      expectedStartOn: '2026-11-27',
      expectedDoneOn: '2026-12-03',
      onCriticalPath: false,
    },
    {
      code: 'PLANNING_PERMIT',
      expectedDays: 20,
      remainingDays: 20,
      basis: 'limit',
      sampleCount: 0,
      expectedStartOn: '2026-12-07',
      expectedDoneOn: '2026-12-30',
      onCriticalPath: true,
    },
  ],
  ...overrides,
});
