import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter } from '@angular/router';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../api/api-configuration';
import { ContractDetailDto } from '../../api/models/contract-detail-dto';
import { ContractListItemDto } from '../../api/models/contract-list-item-dto';
import { ContractStatisticsDto } from '../../api/models/contract-statistics-dto';
import { CohortRowDto } from '../../api/models/cohort-row-dto';
import { FundEntryDto } from '../../api/models/fund-entry-dto';
import { FunnelStepDto } from '../../api/models/funnel-step-dto';
import { AuthService } from '../../core/auth/auth.service';
import { APP_ICONS } from '../../core/icons';

/** What the specs of this module provide: HTTP under test, keys as texts, icons, a fake message and the permissions. */
export function testProviders(
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

export const VIEW = ['SignedContracts.View'];
export const MANAGE = ['SignedContracts.View', 'SignedContracts.Manage'];

/** Removes the overlays (modals, dropdowns) a spec left behind. */
export const clearOverlays = () =>
  document.querySelectorAll('.cdk-overlay-container').forEach((e) => e.remove());

/** 富硒生态旅游文化产业园, signed at 第二十四届青洽会 for 5 亿元, 1 亿元 arrived (invented figures), for the specs. */
export const contractItem = (
  overrides: Partial<ContractListItemDto> = {},
): ContractListItemDto => ({
  id: 'c1',
  number: 'QY2026001',
  projectName: '富硒生态旅游文化产业园',
  companyName: '青海富硒文旅发展有限公司',
  creditCode: '91630100MA752XKQ5X',
  signedOn: '2026-05-20',
  signingEvent: '第二十四届青洽会',
  industryCode: 'SELENIUM',
  industryName: '富硒产业园',
  contractedAmount: 500_000_000,
  fundsArrived: 100_000_000,
  overContracted: false,
  responsibleDepartmentId: 'd-invest',
  responsibleDepartmentName: '区招商局',
  fulfilmentState: 'Preparing',
  fulfilmentStateName: '前期推进',
  leadId: null,
  projectId: null,
  landedOn: null,
  overdueMilestones: 0,
  openProblems: 0,
  createdAtUtc: '2026-05-20T02:00:00Z',
  ...overrides,
});

export const fundEntry = (overrides: Partial<FundEntryDto> = {}): FundEntryDto => ({
  id: 'f1',
  arrivedOn: '2026-06-10',
  amount: 100_000_000,
  kind: 'BankVoucher',
  kindName: '银行凭证',
  note: '首期注资',
  fileName: '回单.pdf',
  contentType: 'application/pdf',
  fileSize: 2048,
  hasEvidence: true,
  uploadedBy: '招商局演示用户',
  uploadedAtUtc: '2026-06-11T01:00:00Z',
  ...overrides,
});

export const contractDetail = (
  contract: Partial<ContractListItemDto> = {},
  overrides: Partial<ContractDetailDto> = {},
): ContractDetailDto => ({
  contract: contractItem(contract),
  concurrencyStamp: 'stamp-c1',
  projectName: null,
  milestones: [
    {
      kind: 'RegisterCompany',
      name: '注册公司',
      plannedOn: '2026-06-01',
      actualOn: '2026-05-28',
      note: null,
      overdue: false,
    },
    {
      kind: 'LandSupply',
      name: '供地',
      plannedOn: '2026-07-01',
      actualOn: null,
      note: '待挂牌',
      overdue: true,
    },
    {
      kind: 'ConstructionStart',
      name: '开工',
      plannedOn: '2026-12-01',
      actualOn: null,
      note: null,
      overdue: false,
    },
    {
      kind: 'Production',
      name: '投产',
      plannedOn: null,
      actualOn: null,
      note: null,
      overdue: false,
    },
  ],
  funds: [fundEntry()],
  history: [
    {
      sequence: 1,
      kind: 'Created',
      fromState: null,
      fromStateName: null,
      toState: 'NotStarted',
      toStateName: '未启动',
      text: '登记签约项目',
      byUserId: null,
      byName: '招商局演示用户',
      atUtc: '2026-05-20T02:00:00Z',
    },
    {
      sequence: 2,
      kind: 'StateChanged',
      fromState: 'NotStarted',
      fromStateName: '未启动',
      toState: 'Preparing',
      toStateName: '前期推进',
      text: null,
      byUserId: null,
      byName: '招商局演示用户',
      atUtc: '2026-05-28T02:00:00Z',
    },
  ],
  problems: [
    {
      id: 'pr1',
      description: '项目用地需调整规划',
      assignedDepartmentId: 'd-nrb',
      assignedDepartmentName: '区自然资源局',
      deadline: '2026-06-30',
      status: 'Open',
      overdue: true,
      resolution: null,
      resolvedBy: null,
      resolvedAtUtc: null,
      createdBy: '招商局演示用户',
      createdAtUtc: '2026-06-01T02:00:00Z',
    },
  ],
  ...overrides,
});

const cohortRow = (overrides: Partial<CohortRowDto>): CohortRowDto => ({
  key: 'k',
  name: 'n',
  signedCount: 2,
  contractedAmount: 600_000_000,
  fulfillingCount: 1,
  fulfilmentRate: 0.5,
  fundsArrived: 150_000_000,
  fundsArrivalRate: 0.25,
  startedCount: 1,
  producingCount: 0,
  ...overrides,
});

export const contractStatistics = (
  year: number,
  overrides: Partial<ContractStatisticsDto> = {},
): ContractStatisticsDto => ({
  year,
  signedCount: 4,
  contractedAmount: 1_200_000_000,
  fulfillingCount: 3,
  fulfilmentRate: 0.75,
  fundsArrived: 300_000_000,
  fundsArrivalRate: 0.25,
  startedCount: 2,
  startRate: 0.5,
  producingCount: 1,
  productionRate: 0.25,
  landedCount: 1,
  definitions: [
    {
      code: 'FulfilmentRate',
      name: '履约率',
      numerator: '履约项目数',
      denominator: '签约项目数',
      scope: '当年签约，不含终止',
      version: 1,
    },
    {
      code: 'FundsArrivalRate',
      name: '资金到位率',
      numerator: '累计到位资金',
      denominator: '协议投资额',
      scope: '当年签约项目',
      version: 2,
    },
    {
      code: 'StartRate',
      name: '开工率',
      numerator: '已开工项目数',
      denominator: '签约项目数',
      scope: '当年签约项目',
      version: 1,
    },
    {
      code: 'ProductionRate',
      name: '投产率',
      numerator: '已投产项目数',
      denominator: '签约项目数',
      scope: '当年签约项目',
      version: 1,
    },
  ],
  byEvent: [cohortRow({ key: '第二十四届青洽会', name: '第二十四届青洽会' })],
  byIndustry: [cohortRow({ key: 'SELENIUM', name: '富硒产业园' })],
  byDepartment: [cohortRow({ key: 'd-invest', name: '区招商局' })],
  ...overrides,
});

/** A cohort of 8 contracts down the funnel 签约 → 落地. */
export const cohortSteps = (): FunnelStepDto[] => [
  { step: 'Signed', name: '签约', count: 8, amount: 2_000_000_000 },
  { step: 'FundsArrived', name: '资金到位', count: 6, amount: 500_000_000 },
  { step: 'Fulfilling', name: '履约', count: 5, amount: 1_500_000_000 },
  { step: 'Started', name: '开工', count: 3, amount: 900_000_000 },
  { step: 'Producing', name: '投产', count: 1, amount: 300_000_000 },
  { step: 'Landed', name: '落地', count: 2, amount: 600_000_000 },
];
