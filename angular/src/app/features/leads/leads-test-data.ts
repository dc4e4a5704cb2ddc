import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../api/api-configuration';
import { BoardColumnDto } from '../../api/models/board-column-dto';
import { FunnelDto } from '../../api/models/funnel-dto';
import { IndustryDto } from '../../api/models/industry-dto';
import { LeadDetailDto } from '../../api/models/lead-detail-dto';
import { LeadDto } from '../../api/models/lead-dto';
import { LeadStage } from '../../api/models/lead-stage';

import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';

/** What the leads specs render with: HTTP testing, translation keys as texts, a stub message and the user's permissions. */
export const leadTestProviders = (
  permissions: string[],
  message: { success: unknown; error: unknown },
) => [
  provideRouter([]),
  provideHttpClient(),
  provideHttpClientTesting(),
  provideApiConfiguration(''),
  provideTranslateService(),
  provideNzIcons(APP_ICONS),
  { provide: NzMessageService, useValue: message },
  {
    provide: AuthService,
    useValue: {
      hasPermission: (p: string) => permissions.includes(p),
      user: () => ({ id: 'u1', departmentId: 'd-ipb' }),
    },
  },
];

export const MANAGER = ['Leads.View', 'Leads.Manage'];
export const SUPERVISOR = ['Leads.View', 'Leads.Manage', 'Leads.Supervise'];
export const VIEWER = ['Leads.View'];

/** Removes the overlays (modals, dropdowns) a spec left in the document. */
export const clearOverlays = () =>
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());

/**
 * A 富硒矿泉水 company met at 青洽会, worked by 招商局张三, for the leads specs. Names come from the district's speech;
 * the company, the amounts and the dates are invented.
 */
export const leadDto = (overrides: Partial<LeadDto> = {}): LeadDto => ({
  id: 'l1',
  companyName: '青海富硒泉饮品有限公司',
  creditCode: '91630200MA7XXXXX1A',
  projectIntent: '富硒矿泉水生产线',
  industryCode: 'SELENIUM_WATER',
  industryName: '富硒矿泉水',
  intendedInvestment: 120_000_000,
  source: 'Fair',
  sourceName: '展会招商',
  sourceDetail: '第二十四届青洽会',
  ownerUserId: 'u1',
  ownerName: '张三',
  stage: 'Contact',
  stageName: '接洽',
  abandonReason: null,
  contractId: null,
  createdOn: '2026-03-02',
  lastActivityOn: '2026-04-10',
  nextAction: '邀请来区考察',
  nextActionOn: '2026-05-06',
  nextActionDue: false,
  stale: false,
  canEdit: true,
  concurrencyStamp: 'stamp-l1',
  ...overrides,
});

export const industryDto = (overrides: Partial<IndustryDto> = {}): IndustryDto => ({
  id: 'i1',
  code: 'SELENIUM_WATER',
  name: '富硒矿泉水',
  chain: '水源地—灌装—物流',
  targets: '某某饮品集团\n某某水业',
  sortOrder: 20,
  isActive: true,
  leadCount: 3,
  concurrencyStamp: 'stamp-i1',
  ...overrides,
});

export const INDUSTRIES: IndustryDto[] = [
  industryDto({ id: 'i0', code: 'SELENIUM_PARK', name: '富硒产业园', sortOrder: 10 }),
  industryDto(),
  industryDto({ id: 'i9', code: 'OLD_TRADE', name: '传统商贸', isActive: false, sortOrder: 90 }),
];

const STAGE_NAMES: Record<LeadStage, string> = {
  Clue: '线索',
  Contact: '接洽',
  Visit: '考察',
  Negotiation: '洽谈',
  Contracted: '签约',
  Abandoned: '放弃',
};

/** The six board columns; `leads` puts cards in some of them. */
export const boardColumns = (leads: Partial<Record<LeadStage, LeadDto[]>> = {}): BoardColumnDto[] =>
  (Object.keys(STAGE_NAMES) as LeadStage[]).map((stage) => ({
    stage,
    name: STAGE_NAMES[stage],
    count: leads[stage]?.length ?? 0,
    leads: leads[stage] ?? [],
  }));

export const leadDetail = (
  lead: Partial<LeadDto> = {},
  overrides: Partial<LeadDetailDto> = {},
): LeadDetailDto => ({
  lead: leadDto(lead),
  contacts: [{ name: '李经理', title: '投资总监', phone: '0971-1234567', email: null }],
  stageChanges: [
    {
      from: null,
      to: 'Clue',
      toName: '线索',
      reason: null,
      by: '张三',
      atUtc: '2026-03-02T02:00:00Z',
    },
    {
      from: 'Clue',
      to: 'Contact',
      toName: '接洽',
      reason: null,
      by: '张三',
      atUtc: '2026-03-20T02:00:00Z',
    },
  ],
  followUps: [
    {
      id: 'f2',
      kind: 'Call',
      kindName: '电话',
      occurredOn: '2026-04-10',
      people: '张三、李经理',
      notes: '确认考察行程',
      nextAction: '邀请来区考察',
      nextActionOn: '2026-05-06',
      recordedBy: '张三',
      recordedAtUtc: '2026-04-10T03:00:00Z',
    },
    {
      id: 'f1',
      kind: 'Visit',
      kindName: '拜访',
      occurredOn: '2026-03-20',
      people: '张三',
      notes: '登门介绍水源地条件',
      nextAction: null,
      nextActionOn: null,
      recordedBy: '张三',
      recordedAtUtc: '2026-03-20T03:00:00Z',
    },
  ],
  contract: null,
  duplicates: [],
  ...overrides,
});

export const funnelDto = (overrides: Partial<FunnelDto> = {}): FunnelDto => ({
  from: '2026-01-01',
  to: '2026-12-31',
  total: 40,
  abandoned: 6,
  conversionRate: 0.125,
  stages: [
    { stage: 'Clue', name: '线索', reached: 40, current: 10, conversionFromPrevious: null },
    { stage: 'Contact', name: '接洽', reached: 30, current: 8, conversionFromPrevious: 0.75 },
    { stage: 'Visit', name: '考察', reached: 20, current: 6, conversionFromPrevious: 0.6667 },
    { stage: 'Negotiation', name: '洽谈', reached: 10, current: 5, conversionFromPrevious: 0.5 },
    { stage: 'Contracted', name: '签约', reached: 5, current: 5, conversionFromPrevious: 0.5 },
  ],
  bySource: [
    {
      key: 'Fair',
      name: '展会招商',
      total: 20,
      open: 14,
      contracted: 4,
      abandoned: 2,
      conversionRate: 0.2,
    },
    {
      key: 'DoorToDoor',
      name: '登门招商',
      total: 20,
      open: 15,
      contracted: 1,
      abandoned: 4,
      conversionRate: 0.05,
    },
  ],
  byIndustry: [
    {
      key: 'SELENIUM_WATER',
      name: '富硒矿泉水',
      total: 40,
      open: 29,
      contracted: 5,
      abandoned: 6,
      conversionRate: 0.125,
    },
  ],
  byOwner: [
    {
      key: 'u1',
      name: '张三',
      total: 40,
      open: 29,
      contracted: 5,
      abandoned: 6,
      conversionRate: 0.125,
    },
  ],
  definition: '统计口径：录入日期在所选期间内的线索。',
  ...overrides,
});
