import { FormControl, FormGroup } from '@angular/forms';
import { Subscription, merge } from 'rxjs';
import { GetLeads$Params } from '../../api/fn/leads/get-leads';
import { FollowUpKind } from '../../api/models/follow-up-kind';
import { FOLLOW_UP_KIND } from '../../api/models/follow-up-kind-array';
import { LeadDto } from '../../api/models/lead-dto';
import { LeadReminderDto } from '../../api/models/lead-reminder-dto';
import { LEAD_SOURCE } from '../../api/models/lead-source-array';
import { LeadSource } from '../../api/models/lead-source';
import { LEAD_STAGE } from '../../api/models/lead-stage-array';
import { LeadStage } from '../../api/models/lead-stage';
import { LeadStageChangeDto } from '../../api/models/lead-stage-change-dto';
import { dayToApi } from '../../shared/dates';

/** 线索 → 接洽 → 考察 → 洽谈 → 签约, then 放弃: the board's columns in order. */
export const LEAD_STAGES: LeadStage[] = LEAD_STAGE;

/** The steps a lead walks (放弃 is a state beside them, not a step). */
export const PIPELINE_STAGES: LeadStage[] = [
  'Clue',
  'Contact',
  'Visit',
  'Negotiation',
  'Contracted',
];

/** The stages a lead can be moved to with 推进 (签约 goes through the contract). */
const MOVABLE_STAGES: LeadStage[] = ['Clue', 'Contact', 'Visit', 'Negotiation'];

export const LEAD_SOURCES: LeadSource[] = LEAD_SOURCE;
export const FOLLOW_UP_KINDS: FollowUpKind[] = FOLLOW_UP_KIND;

/** nz-tag colour of each stage. */
export const STAGE_COLORS: Record<LeadStage, string> = {
  Clue: 'default',
  Contact: 'blue',
  Visit: 'cyan',
  Negotiation: 'gold',
  Contracted: 'green',
  Abandoned: 'red',
};

/** Timeline icon of each kind of follow-up. */
export const FOLLOW_UP_ICONS: Record<FollowUpKind, string> = {
  Visit: 'car',
  Call: 'phone',
  Meeting: 'team',
  Reception: 'home',
};

/** The filters of the board and the list, as their forms hold them. */
export interface LeadFilters {
  search: string;
  stage: LeadStage | null;
  source: LeadSource | null;
  industryCode: string | null;
  ownerUserId: string | null;
  entered: Date[] | null;
  stale: boolean;
  due: boolean;
}

export const DEFAULT_LEAD_FILTERS: LeadFilters = {
  search: '',
  stage: null,
  source: null,
  industryCode: null,
  ownerUserId: null,
  entered: null,
  stale: false,
  due: false,
};

/** The filters as GET /leads, /leads/board and /leads/export take them (empty ones left out). */
export function leadQuery(
  filters: Partial<LeadFilters>,
): Omit<GetLeads$Params, 'page' | 'pageSize'> {
  const [from, to] = filters.entered ?? [];
  return {
    search: filters.search?.trim() || undefined,
    stage: filters.stage ?? undefined,
    source: filters.source ?? undefined,
    industryCode: filters.industryCode ?? undefined,
    ownerUserId: filters.ownerUserId ?? undefined,
    from: dayToApi(from) ?? undefined,
    to: dayToApi(to) ?? undefined,
    stale: filters.stale ? true : undefined,
    due: filters.due ? true : undefined,
  };
}

/** The file the export is saved under. */
export const leadsExportFileName = (today: string) => `招商线索-${today}.xlsx`;

const order = (stage: LeadStage) => LEAD_STAGES.indexOf(stage);

const isOpen = (stage: LeadStage) => stage !== 'Contracted' && stage !== 'Abandoned';

/** 推进: any later stage up to 洽谈, from an open stage. */
export function forwardStages(stage: LeadStage): LeadStage[] {
  return isOpen(stage) ? MOVABLE_STAGES.filter((s) => order(s) > order(stage)) : [];
}

/** 回退: one step back from an open stage after 线索; null when there is none. */
export function backStage(stage: LeadStage): LeadStage | null {
  return isOpen(stage) && stage !== 'Clue' ? LEAD_STAGES[order(stage) - 1] : null;
}

/** What the detail page offers on a lead: each only when the user may edit it. */
export interface LeadActions {
  forward: LeadStage[];
  back: LeadStage | null;
  abandon: boolean;
  reactivate: boolean;
  sign: boolean;
  edit: boolean;
  assign: boolean;
}

export function leadActions(lead: LeadDto, canSupervise: boolean): LeadActions {
  const may = lead.canEdit;
  return {
    forward: may ? forwardStages(lead.stage) : [],
    back: may ? backStage(lead.stage) : null,
    abandon: may && isOpen(lead.stage),
    reactivate: may && lead.stage === 'Abandoned',
    sign: may && lead.stage === 'Negotiation',
    edit: may,
    assign: may && canSupervise && lead.stage !== 'Contracted',
  };
}

/**
 * The nz-steps of a lead: the current step and its status. An abandoned lead stops, in error, at the step it was
 * abandoned from (its last move to 放弃); a signed one finishes.
 */
export function leadSteps(
  stage: LeadStage,
  changes: LeadStageChangeDto[],
): { current: number; status: 'process' | 'finish' | 'error' } {
  if (stage === 'Abandoned') {
    const abandoned = [...changes]
      .sort((a, b) => a.atUtc.localeCompare(b.atUtc))
      .filter((c) => c.to === 'Abandoned')
      .pop();
    const from = abandoned?.from && abandoned.from !== 'Abandoned' ? abandoned.from : 'Clue';
    return { current: PIPELINE_STAGES.indexOf(from), status: 'error' };
  }
  return {
    current: PIPELINE_STAGES.indexOf(stage),
    status: stage === 'Contracted' ? 'finish' : 'process',
  };
}

/** How many days back the reminder alert looks. */
export const REMINDER_DAYS = 7;

/** The reminders created within the last {@link REMINDER_DAYS} days, newest first. */
export function recentReminders(reminders: LeadReminderDto[], now = new Date()): LeadReminderDto[] {
  const since = now.getTime() - REMINDER_DAYS * 24 * 3600 * 1000;
  return reminders
    .filter((r) => new Date(r.createdAtUtc).getTime() >= since)
    .sort((a, b) => b.createdAtUtc.localeCompare(a.createdAtUtc));
}

/** A fraction as a percent with one decimal: 0.1234 → "12.3%"; "—" when unknown. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined || Number.isNaN(rate)
    ? '—'
    : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** The filter form of the board and the list. */
export const createLeadFilterForm = () =>
  new FormGroup({
    search: new FormControl('', { nonNullable: true }),
    stage: new FormControl<LeadStage | null>(null),
    source: new FormControl<LeadSource | null>(null),
    industryCode: new FormControl<string | null>(null),
    ownerUserId: new FormControl<string | null>(null),
    entered: new FormControl<Date[] | null>(null),
    stale: new FormControl(false, { nonNullable: true }),
    due: new FormControl(false, { nonNullable: true }),
  });

export type LeadFilterForm = ReturnType<typeof createLeadFilterForm>;

/** Every filter but the search text asks again as soon as it changes (the text waits for 查询). */
export function onFilterChange(form: LeadFilterForm, search: () => void): Subscription {
  const picked = Object.entries(form.controls).filter(([name]) => name !== 'search');
  return merge(...picked.map(([, control]) => control.valueChanges)).subscribe(() => search());
}
