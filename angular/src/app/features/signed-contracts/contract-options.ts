import { signal } from '@angular/core';
import { Api } from '../../api/api';
import { getDepartmentOptions } from '../../api/fn/identity/get-department-options';
import { getLeadIndustries } from '../../api/fn/leads/get-lead-industries';
import { getSigningEvents } from '../../api/fn/signed-contracts/get-signing-events';
import { DepartmentOptionDto } from '../../api/models/department-option-dto';
import { IndustryDto } from '../../api/models/industry-dto';
import { SigningEventDto } from '../../api/models/signing-event-dto';

/** The choices of the filters and forms: 产业类别 (the lead catalogue), 责任单位, 签约活动. */
export class ContractOptions {
  readonly industries = signal<IndustryDto[]>([]);
  readonly departments = signal<DepartmentOptionDto[]>([]);
  readonly events = signal<SigningEventDto[]>([]);

  constructor(
    private readonly api: Api,
    private readonly report: (error: unknown) => void,
  ) {}

  loadIndustries(): this {
    this.api.invoke(getLeadIndustries).subscribe({
      next: (list) => this.industries.set(list),
      error: this.report,
    });
    return this;
  }

  loadDepartments(): this {
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (list) => this.departments.set(list),
      error: this.report,
    });
    return this;
  }

  loadEvents(): this {
    this.api.invoke(getSigningEvents).subscribe({
      next: (list) => this.events.set(list),
      error: this.report,
    });
    return this;
  }

  loadAll(): this {
    return this.loadIndustries().loadDepartments().loadEvents();
  }
}
