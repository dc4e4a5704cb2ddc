import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { merge } from 'rxjs';
import { Api } from '../../../api/api';
import { createLead } from '../../../api/fn/leads/create-lead';
import { findDuplicateLeads } from '../../../api/fn/leads/find-duplicate-leads';
import { updateLead } from '../../../api/fn/leads/update-lead';
import { DuplicateLeadDto } from '../../../api/models/duplicate-lead-dto';
import { IndustryDto } from '../../../api/models/industry-dto';
import { LeadContactDto } from '../../../api/models/lead-contact-dto';
import { LeadDto } from '../../../api/models/lead-dto';
import { OwnerOptionDto } from '../../../api/models/owner-option-dto';
import { readProblem } from '../../../core/http/problem-details';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { LEAD_SOURCES, STAGE_COLORS } from '../leads-model';
import {
  MAX_CONTACTS,
  contactRow,
  createLeadForm,
  leadRequest,
  patchLeadForm,
  revealLeadForm,
  selectableIndustries,
} from './lead-form-model';

/** The 409 the server answers when a company of a near-identical name is already courted. */
export const POSSIBLE_DUPLICATE = 'Leads.PossibleDuplicate';

/**
 * 新建/编辑线索 modal. A near-identical company refused with 409 shows the possible duplicates (whoever owns them)
 * and lets the user confirm it is another company and save anyway.
 */
@Component({
  selector: 'app-lead-form-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './lead-form-dialog.html',
  styles: `
    .duplicates {
      margin-bottom: 16px;
    }
    .duplicate-list {
      margin: 0 0 8px;
      padding-left: 20px;
    }
    .duplicate-list li > * {
      margin-right: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .contacts-title {
      margin-bottom: 8px;
      font-weight: 600;
    }
    .contact-add {
      margin-top: 8px;
    }
  `,
})
export class LeadFormDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);

  /** The lead to edit, or null to enter a new one. */
  readonly lead = input<LeadDto | null>(null);
  readonly contactList = input<LeadContactDto[]>([]);
  readonly industries = input<IndustryDto[]>([]);
  readonly owners = input<OwnerOptionDto[]>([]);
  readonly canSupervise = input(false);
  readonly closed = output<void>();
  /** The saved lead, or null after a stale edit (the caller reloads). */
  readonly saved = output<LeadDto | null>();

  protected readonly sources = LEAD_SOURCES;
  protected readonly stageColors = STAGE_COLORS;
  protected readonly maxContacts = MAX_CONTACTS;
  protected readonly form = createLeadForm();
  protected readonly contacts = this.form.controls.contacts;
  protected readonly saving = signal(false);
  /** The possible duplicates after a 409, or null. */
  protected readonly duplicates = signal<DuplicateLeadDto[] | null>(null);
  protected readonly duplicateMessage = signal<string | null>(null);
  protected readonly industryOptions = computed(() =>
    selectableIndustries(this.industries(), this.lead()?.industryCode ?? null),
  );

  constructor() {
    const { companyName, creditCode } = this.form.controls;
    merge(companyName.valueChanges, creditCode.valueChanges).subscribe(() =>
      this.duplicates.set(null),
    );
  }

  ngOnInit(): void {
    const lead = this.lead();
    if (lead) {
      patchLeadForm(this.form, lead, this.contactList());
    }
  }

  protected addContact(): void {
    if (this.contacts.length < MAX_CONTACTS) {
      this.contacts.push(contactRow());
    }
  }

  protected removeContact(index: number): void {
    this.contacts.removeAt(index);
  }

  protected submit(acknowledgeDuplicates = false): void {
    if (revealLeadForm(this.form)) {
      return;
    }
    const lead = this.lead();
    const body = leadRequest(this.form, {
      canSupervise: this.canSupervise(),
      acknowledgeDuplicates,
      concurrencyStamp: lead?.concurrencyStamp ?? null,
    });
    const request = lead
      ? this.api.invoke(updateLead, { id: lead.id, body })
      : this.api.invoke(createLead, { body });
    this.saving.set(true);
    request.subscribe({
      next: (saved) => {
        this.saving.set(false);
        this.message.success(this.translate.instant('common.saved'));
        this.saved.emit(saved);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.onError(error);
      },
    });
  }

  private onError(error: unknown): void {
    if (!(error instanceof HttpErrorResponse) || error.status !== 409) {
      this.problems.report(error, this.form);
      return;
    }
    const problem = (readProblem(error) ?? {}) as { code?: string; detail?: string | null };
    if (problem.code === POSSIBLE_DUPLICATE) {
      this.showDuplicates(problem.detail ?? null);
      return;
    }
    this.message.error(this.translate.instant('errors.concurrency'));
    this.saved.emit(null);
  }

  private showDuplicates(detail: string | null): void {
    const { companyName, creditCode } = this.form.getRawValue();
    this.api
      .invoke(findDuplicateLeads, {
        companyName: companyName.trim(),
        creditCode: creditCode.trim().toUpperCase() || undefined,
        exceptId: this.lead()?.id,
      })
      .subscribe({
        next: (found) => {
          this.duplicateMessage.set(detail);
          this.duplicates.set(found);
        },
        error: (error: unknown) => this.problems.report(error),
      });
  }
}
