import {
  AbstractControl,
  FormArray,
  FormControl,
  FormGroup,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { GetRectifications$Params } from '../../../api/fn/scheduling/get-rectifications';
import { AddRectificationRequest } from '../../../api/models/add-rectification-request';
import { CreateInspectionRequest } from '../../../api/models/create-inspection-request';
import { InspectionDto } from '../../../api/models/inspection-dto';
import { INSPECTION_KIND } from '../../../api/models/inspection-kind-array';
import { InspectionKind } from '../../../api/models/inspection-kind';
import { RectificationDto } from '../../../api/models/rectification-dto';
import { RectificationEventDto } from '../../../api/models/rectification-event-dto';
import { RECTIFICATION_STATUS } from '../../../api/models/rectification-status-array';
import { RectificationItemFields } from '../../../api/models/rectification-item-fields';
import { RectificationStatus } from '../../../api/models/rectification-status';
import { VerifyRectificationRequest } from '../../../api/models/verify-rectification-request';
import { dayToApi } from '../../../shared/dates';
import { notBlank } from '../../../shared/validation/not-blank';

/** 现场督查 / 节点督查 / 反复督查 / 深度督查. */
export const INSPECTION_KINDS: InspectionKind[] = INSPECTION_KIND;

/** 待整改 / 待复查 / 已销号. */
export const RECTIFICATION_STATUSES: RectificationStatus[] = RECTIFICATION_STATUS;

export const RECTIFICATION_STATUS_COLORS: Record<RectificationStatus, string> = {
  Open: 'orange',
  Rectified: 'processing',
  Closed: 'success',
};

/** The rectifications list's filters, as the page's form holds them. */
export interface RectificationFilters {
  status: RectificationStatus | null;
  overdue: boolean;
  search: string;
}

export function rectificationQuery(
  year: number,
  filters: Partial<RectificationFilters>,
): Omit<GetRectifications$Params, 'page' | 'pageSize'> {
  return {
    year,
    status: filters.status ?? undefined,
    overdue: filters.overdue ? true : undefined,
    search: filters.search?.trim() || undefined,
  };
}

/** 提交整改: a reporting unit, on an open item of its own department. */
export function canRectify(
  item: RectificationDto,
  user: { departmentId: string | null; canReport: boolean },
): boolean {
  return (
    item.status === 'Open' && user.canReport && user.departmentId === item.responsibleDepartmentId
  );
}

/** 复查: the inspectors, on an item whose rectification has been reported. */
export function canVerify(item: RectificationDto, canInspect: boolean): boolean {
  return canInspect && item.status === 'Rectified';
}

/** nz-timeline dot colour of an item's event. */
export function rectificationEventColor(event: RectificationEventDto): string {
  switch (event.kind) {
    case 'Escalated':
      return event.escalationLevel === 'DistrictLeaders' ? 'red' : 'orange';
    case 'VerificationFailed':
      return 'red';
    case 'VerificationPassed':
      return 'green';
    default:
      return 'blue';
  }
}

export const inspectionsExportFileName = (year: number) => `督查整改-${year}.xlsx`;

export const TEXT_MAX = 2000;

const text = (min: number, max: number) =>
  new FormControl('', {
    nonNullable: true,
    validators: [
      Validators.required,
      notBlank,
      Validators.minLength(min),
      Validators.maxLength(max),
    ],
  });

export const createItemForm = () =>
  new FormGroup({
    projectId: new FormControl<string | null>(null, Validators.required),
    description: text(4, TEXT_MAX),
    responsibleDepartmentId: new FormControl<string | null>(null, Validators.required),
    deadline: new FormControl<Date | null>(null, Validators.required),
  });

export type ItemForm = ReturnType<typeof createItemForm>;

export const createInspectionForm = () =>
  new FormGroup({
    kind: new FormControl<InspectionKind>('Site', { nonNullable: true }),
    date: new FormControl<Date | null>(null, Validators.required),
    inspectors: text(2, 200),
    findings: text(4, 4000),
    projectIds: new FormControl<string[]>([], {
      nonNullable: true,
      validators: (c: AbstractControl) =>
        (c.value as string[]).length ? null : { required: true },
    }),
    items: new FormArray<ItemForm>([]),
  });

export type InspectionForm = ReturnType<typeof createInspectionForm>;

export function createInspectionRequest(form: InspectionForm): CreateInspectionRequest {
  const value = form.getRawValue();
  return {
    kind: value.kind,
    date: dayToApi(value.date),
    inspectors: value.inspectors.trim(),
    findings: value.findings.trim(),
    projectIds: value.projectIds,
    items: value.items.map(itemFields),
  };
}

/** An item's fields as the API takes them (description trimmed, deadline as 'YYYY-MM-DD'). */
export function itemFields(item: ItemForm['value']): RectificationItemFields {
  return {
    projectId: item.projectId ?? null,
    description: item.description?.trim() ?? null,
    responsibleDepartmentId: item.responsibleDepartmentId ?? null,
    deadline: dayToApi(item.deadline),
  };
}

/** 添加整改事项: one item, nested as the request nests it. */
export const createAddItemForm = () => new FormGroup({ item: createItemForm() });

export type AddItemForm = ReturnType<typeof createAddItemForm>;

export function addItemRequest(
  form: AddItemForm,
  inspection: InspectionDto,
): AddRectificationRequest {
  return {
    item: itemFields(form.getRawValue().item),
    concurrencyStamp: inspection.concurrencyStamp,
  };
}

export const createRectifyForm = () => new FormGroup({ report: text(4, TEXT_MAX) });

/** 复查未通过 needs a new deadline (the server refuses it otherwise). */
export function newDeadlineWhenFailed(control: AbstractControl): ValidationErrors | null {
  const { passed, newDeadline } = (control as VerifyForm).getRawValue();
  return passed === false && !newDeadline ? { newDeadlineRequired: true } : null;
}

export const createVerifyForm = () =>
  new FormGroup(
    {
      passed: new FormControl<boolean | null>(null, Validators.required),
      comment: new FormControl('', { nonNullable: true, validators: Validators.maxLength(1000) }),
      newDeadline: new FormControl<Date | null>(null),
    },
    { validators: newDeadlineWhenFailed },
  );

export type VerifyForm = ReturnType<typeof createVerifyForm>;

export function verifyRequest(
  form: VerifyForm,
  item: RectificationDto,
): VerifyRectificationRequest {
  const { passed, comment, newDeadline } = form.getRawValue();
  return {
    passed,
    comment: comment.trim() || null,
    newDeadline: passed === false ? dayToApi(newDeadline) : null,
    concurrencyStamp: item.concurrencyStamp,
  };
}
