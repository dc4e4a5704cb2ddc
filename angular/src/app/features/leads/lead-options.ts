import { Signal, inject, signal } from '@angular/core';
import { Api } from '../../api/api';
import { getLeadIndustries } from '../../api/fn/leads/get-lead-industries';
import { getLeadOwners } from '../../api/fn/leads/get-lead-owners';
import { IndustryDto } from '../../api/models/industry-dto';
import { OwnerOptionDto } from '../../api/models/owner-option-dto';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/permissions';

/** What the leads pages pick from: the catalogue (active or not) and, for those who work leads, the owners. */
export interface LeadOptions {
  industries: Signal<IndustryDto[]>;
  owners: Signal<OwnerOptionDto[]>;
}

/**
 * Loads the options (in an injection context, e.g. a page's field initialiser). A failure leaves the lists empty:
 * the page's own request says what went wrong.
 */
export function loadLeadOptions(): LeadOptions {
  const api = inject(Api);
  const auth = inject(AuthService);
  const industries = signal<IndustryDto[]>([]);
  const owners = signal<OwnerOptionDto[]>([]);
  api.invoke(getLeadIndustries).subscribe({
    next: (list) => industries.set(list),
    error: () => undefined,
  });
  if (
    auth.hasPermission(Permissions.leadsManage) ||
    auth.hasPermission(Permissions.leadsSupervise)
  ) {
    api
      .invoke(getLeadOwners)
      .subscribe({ next: (list) => owners.set(list), error: () => undefined });
  }
  return { industries: industries.asReadonly(), owners: owners.asReadonly() };
}
