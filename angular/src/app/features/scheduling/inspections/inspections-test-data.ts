import { InspectionDto } from '../../../api/models/inspection-dto';
import { RectificationDto } from '../../../api/models/rectification-dto';

/** An open rectification item of 城投公司 on 古驿大道停车场, for the inspections specs. */
export const rectificationDto = (overrides: Partial<RectificationDto> = {}): RectificationDto => ({
  id: 'r1',
  inspectionId: 'i1',
  inspectionKind: 'Site',
  year: 2026,
  projectId: 'p1',
  projectName: '古驿大道停车场',
  description: '修复围挡，落实扬尘防治措施',
  responsibleDepartmentId: 'd-uci',
  responsibleDepartmentName: '区城市建设投资有限公司',
  deadline: '2026-06-20',
  status: 'Open',
  overdue: false,
  escalationLevel: 'None',
  report: null,
  rectifiedAtUtc: null,
  verificationComment: null,
  failedVerifications: 0,
  concurrencyStamp: 'stamp-r1',
  ...overrides,
});

/** A site inspection of two projects with two items, for the inspections specs. */
export const inspectionDto = (overrides: Partial<InspectionDto> = {}): InspectionDto => ({
  id: 'i1',
  kind: 'Site',
  date: '2026-05-20',
  year: 2026,
  inspectors: '督查室 张某、李某',
  findings: '新平大道东延段现场无施工准备；古驿大道停车场围挡破损',
  projects: [
    { projectId: 'p1', projectName: '古驿大道停车场' },
    { projectId: 'p2', projectName: '新平大道东延段' },
  ],
  itemCount: 2,
  openItems: 2,
  overdueItems: 1,
  createdBy: '督查室演示用户',
  createdAtUtc: '2026-05-20T02:00:00Z',
  concurrencyStamp: 'stamp-i1',
  ...overrides,
});
