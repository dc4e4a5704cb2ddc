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
import { Api } from '../../api/api';
import { createSignedContract } from '../../api/fn/signed-contracts/create-signed-contract';
import { updateSignedContract } from '../../api/fn/signed-contracts/update-signed-contract';
import { ContractDetailDto } from '../../api/models/contract-detail-dto';
import { ProblemReporter } from '../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../shared/shared-imports';
import { revealErrors } from '../../shared/validation/reveal-errors';
import { ContractError } from './contract-error';
import {
  contractFields,
  createContractForm,
  createContractRequest,
  fillContractForm,
} from './contract-forms';
import { ContractOptions } from './contract-options';
import { MILESTONE_KINDS, afterToday } from './contracts-model';

/** 新增签约项目 (with the agreed milestones) or 编辑 a contract's basics; the amount in 万元. */
@Component({
  selector: 'app-contract-form-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .milestones {
      display: grid;
      grid-template-columns: repeat(2, minmax(0, 1fr));
      gap: 0 16px;
    }
    .full {
      width: 100%;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="
        (editing() ? 'contracts.form.editTitle' : 'contracts.form.createTitle') | translate
      "
      [nzMaskClosable]="false"
      nzWidth="720px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="contract-form-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.projectName' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="projectName"
                  maxlength="100"
                  data-testid="contract-project"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.companyName' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="companyName"
                  maxlength="100"
                  data-testid="contract-company"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label>{{ 'contracts.fields.creditCode' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="creditCode"
                  maxlength="18"
                  data-testid="contract-credit-code"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.signedOn' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker
                  class="full"
                  formControlName="signedOn"
                  [nzDisabledDate]="afterToday"
                  data-testid="contract-signed-on"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label>{{ 'contracts.fields.signingEvent' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="signingEvent"
                  maxlength="64"
                  list="contract-events"
                  data-testid="contract-event"
                  [placeholder]="'contracts.form.eventPlaceholder' | translate"
                />
                <datalist id="contract-events">
                  @for (event of options().events(); track event.name) {
                    <option [value]="event.name"></option>
                  }
                </datalist>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.industry' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-select
                  formControlName="industryCode"
                  nzShowSearch
                  data-testid="contract-industry"
                >
                  @for (industry of industries(); track industry.code) {
                    <nz-option [nzValue]="industry.code" [nzLabel]="industry.name" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.amountWan' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number
                  class="full"
                  formControlName="contractedAmount"
                  [nzMin]="0"
                  [nzPrecision]="2"
                  [nzStep]="100"
                  data-testid="contract-amount"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col nzSpan="12">
              <nz-form-label nzRequired>{{
                'contracts.fields.department' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-select
                  formControlName="responsibleDepartmentId"
                  nzShowSearch
                  data-testid="contract-department"
                >
                  @for (department of options().departments(); track department.id) {
                    <nz-option [nzValue]="department.id" [nzLabel]="department.name" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          </div>
          @if (!editing()) {
            <div class="muted">{{ 'contracts.form.milestonesTitle' | translate }}</div>
            <div class="milestones" formGroupName="milestones">
              @for (kind of milestoneKinds; track kind) {
                <nz-form-item>
                  <nz-form-label>{{ 'contracts.milestones.' + kind | translate }}</nz-form-label>
                  <nz-form-control>
                    <nz-date-picker
                      class="full"
                      [formControlName]="kind"
                      [attr.data-testid]="'contract-milestone-' + kind"
                    />
                  </nz-form-control>
                </nz-form-item>
              }
            </div>
          }
        </form>
        <ng-template #errorTip let-control
          ><app-contract-error [errors]="control.errors"
        /></ng-template>
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
        data-testid="contract-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class ContractFormDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly options = input.required<ContractOptions>();
  /** The contract to edit; none to create one. */
  readonly detail = input<ContractDetailDto | null>(null);
  readonly closed = output<void>();
  /** The saved contract, or null when someone else changed it first (the caller reloads). */
  readonly saved = output<ContractDetailDto | null>();

  protected readonly form = createContractForm();
  protected readonly saving = signal(false);
  protected readonly milestoneKinds = MILESTONE_KINDS;
  protected readonly afterToday = afterToday;
  protected readonly editing = computed(() => this.detail() !== null);
  /** Active industries, plus the contract's own when it was retired since. */
  protected readonly industries = computed(() =>
    this.options()
      .industries()
      .filter((i) => i.isActive || i.code === this.detail()?.contract.industryCode),
  );

  ngOnInit(): void {
    const detail = this.detail();
    if (detail) {
      fillContractForm(this.form, detail.contract);
    }
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const detail = this.detail();
    const request = detail
      ? this.api.invoke(updateSignedContract, {
          id: detail.contract.id,
          body: { ...contractFields(this.form), concurrencyStamp: detail.concurrencyStamp },
        })
      : this.api.invoke(createSignedContract, { body: createContractRequest(this.form) });
    this.problems.save(request, {
      saving: this.saving,
      form: this.form,
      saved: (contract) => this.saved.emit(contract),
      stale: () => this.saved.emit(null),
    });
  }
}
