import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { signLead } from '../../../api/fn/leads/sign-lead';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { LeadDto } from '../../../api/models/lead-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { SignForm, createSignForm, signRequest } from './lead-detail-model';

/** 签约 modal: the contract the lead becomes (number, day, event, 万元, project, responsible unit). */
@Component({
  selector: 'app-sign-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'leads.sign.title' | translate: { company: lead().companyName }"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="sign-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.sign.number' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="contractNumber"
                  maxlength="40"
                  data-testid="sign-number"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.sign.signedOn' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker
                  formControlName="signedOn"
                  style="width: 100%"
                  [nzDisabledDate]="afterToday"
                  data-testid="sign-date"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label>{{ 'leads.sign.event' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="signingEvent"
                  maxlength="100"
                  data-testid="sign-event"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.sign.amountWan' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number
                  formControlName="contractedAmount"
                  [nzMin]="0"
                  [nzPrecision]="2"
                  style="width: 100%"
                  data-testid="sign-amount"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.sign.projectName' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input
                nz-input
                formControlName="projectName"
                maxlength="100"
                data-testid="sign-project"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.sign.department' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select
                formControlName="responsibleDepartmentId"
                nzShowSearch
                [nzLoading]="loadingDepartments()"
                data-testid="sign-department"
              >
                @for (department of departments(); track department.id) {
                  <nz-option [nzValue]="department.id" [nzLabel]="department.name" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </form>
        <ng-template #errorTip let-control>
          @if (control.errors?.['future']) {
            {{ 'leads.sign.future' | translate }}
          } @else if (control.errors?.['positive']) {
            {{ 'leads.sign.positive' | translate }}
          } @else {
            <app-control-error [errors]="control.errors" />
          }
        </ng-template>
      </div>
    </nz-modal>
    <ng-template #footer>
      <button nz-button type="button" (click)="closed.emit()">
        {{ 'common.cancel' | translate }}
      </button>
      <button
        nz-button
        nzType="primary"
        type="button"
        [nzLoading]="saving()"
        (click)="submit()"
        data-testid="sign-save"
      >
        {{ 'leads.sign.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class SignDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly lead = input.required<LeadDto>();
  readonly closed = output<void>();
  /** The signed lead, or null after a stale edit (the caller reloads). */
  readonly saved = output<LeadDto | null>();

  private readonly today = shanghaiToday();
  protected readonly afterToday = (day: Date) => day > this.today;
  protected form!: SignForm;
  protected readonly saving = signal(false);
  protected readonly departments = signal<DepartmentOptionDto[]>([]);
  protected readonly loadingDepartments = signal(true);

  ngOnInit(): void {
    this.form = createSignForm(this.lead(), this.today);
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (departments) => {
        this.departments.set(departments);
        this.loadingDepartments.set(false);
      },
      error: (error: unknown) => {
        this.loadingDepartments.set(false);
        this.problems.report(error);
      },
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(signLead, {
        id: this.lead().id,
        body: signRequest(this.form, this.lead().concurrencyStamp),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (lead) => this.saved.emit(lead),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
