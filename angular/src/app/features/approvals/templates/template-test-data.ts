import { TemplateStepDto } from '../../../api/models/template-step-dto';
import { TemplateSummaryDto } from '../../../api/models/template-summary-dto';
import { TemplateVersionDto } from '../../../api/models/template-version-dto';
import { TemplateVersionSummaryDto } from '../../../api/models/template-version-summary-dto';
import { EditableStep } from './template-rules';

export function step(
  code: string,
  prerequisites: string[] = [],
  more: Partial<EditableStep> = {},
): EditableStep {
  return {
    code,
    name: `步骤${code}`,
    departmentCode: 'DRC',
    timeLimitDays: 20,
    requiredDocuments: [],
    prerequisites,
    source: 'Default',
    basis: '',
    ...more,
  };
}

export function stepDto(
  code: string,
  name: string,
  prerequisites: string[] = [],
  more: Partial<TemplateStepDto> = {},
): TemplateStepDto {
  return {
    code,
    name,
    departmentCode: 'DRC',
    departmentName: '区发改委',
    timeLimitDays: 20,
    requiredDocuments: ['申请表'],
    prerequisites,
    source: 'National',
    basis: '《企业投资项目核准和备案管理条例》',
    ...more,
  };
}

export function versionSummary(
  number: number,
  status: 'Draft' | 'Published',
  isCurrent = false,
): TemplateVersionSummaryDto {
  return {
    id: `v${number}`,
    number,
    status,
    isCurrent,
    stepCount: 3,
    createdAt: '2026-11-01T02:00:00Z',
    publishedAt: status === 'Published' ? '2026-11-02T02:00:00Z' : null,
  };
}

export function templateSummary(more: Partial<TemplateSummaryDto> = {}): TemplateSummaryDto {
  return {
    id: 't1',
    regime: 'Filing',
    name: '备案制项目前期审批',
    currentVersion: versionSummary(1, 'Published', true),
    draft: null,
    concurrencyStamp: 'stamp-1',
    ...more,
  };
}

export function versionDto(
  number: number,
  status: 'Draft' | 'Published',
  more: Partial<TemplateVersionDto> = {},
): TemplateVersionDto {
  return {
    id: `v${number}`,
    templateId: 't1',
    regime: 'Filing',
    templateName: '备案制项目前期审批',
    number,
    status,
    isCurrent: status === 'Published',
    createdAt: '2026-11-01T02:00:00Z',
    publishedAt: status === 'Published' ? '2026-11-02T02:00:00Z' : null,
    steps: [
      stepDto('FILING', '项目备案'),
      stepDto('EIA', '环评审批', ['FILING'], {
        departmentCode: 'EEB',
        departmentName: '区生态环境局',
      }),
      stepDto('PERMIT', '施工许可', ['EIA'], { source: 'Default', basis: '' }),
    ],
    validation: { isValid: true, errors: [] },
    concurrencyStamp: 'stamp-1',
    ...more,
  };
}

export const departmentOptions = [
  { id: 'd1', code: 'DRC', name: '区发改委', isTown: false, parentId: null },
  { id: 'd2', code: 'EEB', name: '区生态环境局', isTown: false, parentId: null },
];
