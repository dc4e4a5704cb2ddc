import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { Api } from '../../../api/api';
import { createLeadIndustry } from '../../../api/fn/leads/create-lead-industry';
import { updateLeadIndustry } from '../../../api/fn/leads/update-lead-industry';
import { IndustryDto } from '../../../api/models/industry-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { createIndustryForm, industryRequest, patchIndustryForm } from './industries-model';

/** 新增/编辑重点招商产业 (统筹): the code is fixed once created. */
@Component({
  selector: 'app-industry-dialog',
  imports: [SHARED_IMPORTS, NzSwitchModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="
        (industry() ? 'leads.industries.editTitle' : 'leads.industries.createTitle') | translate
      "
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="industry-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.industries.code' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="codeTip">
                <input
                  nz-input
                  formControlName="code"
                  maxlength="32"
                  data-testid="industry-code"
                  [placeholder]="'leads.industries.codePattern' | translate"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.industries.name' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input nz-input formControlName="name" maxlength="50" data-testid="industry-name" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label>{{ 'leads.industries.chain' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="2"
                formControlName="chain"
                maxlength="1000"
                data-testid="industry-chain"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'leads.industries.targets' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="targets"
                maxlength="2000"
                data-testid="industry-targets"
                [placeholder]="'leads.industries.targetsPlaceholder' | translate"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{
                'leads.industries.sortOrder' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-input-number
                  formControlName="sortOrder"
                  [nzMin]="0"
                  [nzMax]="10000"
                  [nzPrecision]="0"
                  data-testid="industry-sort"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label>{{ 'leads.industries.active' | translate }}</nz-form-label>
              <nz-form-control>
                <nz-switch formControlName="isActive" data-testid="industry-active-input" />
              </nz-form-control>
            </nz-form-item>
          </div>
        </form>
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
        /></ng-template>
        <ng-template #codeTip let-control
          ><app-control-error [errors]="control.errors" patternKey="leads.industries.codePattern"
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
        data-testid="industry-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class IndustryDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  /** The entry to edit, or null for a new one. */
  readonly industry = input<IndustryDto | null>(null);
  /** Where a new entry goes in the list. */
  readonly sortOrder = input(0);
  readonly closed = output<void>();
  readonly saved = output<IndustryDto | null>();

  protected readonly form = createIndustryForm();
  protected readonly saving = signal(false);

  ngOnInit(): void {
    const industry = this.industry();
    if (industry) {
      patchIndustryForm(this.form, industry);
    } else {
      this.form.controls.sortOrder.setValue(this.sortOrder());
    }
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const industry = this.industry();
    const body = industryRequest(this.form, industry?.concurrencyStamp ?? null);
    this.problems.save(
      industry
        ? this.api.invoke(updateLeadIndustry, { id: industry.id, body })
        : this.api.invoke(createLeadIndustry, { body }),
      {
        saving: this.saving,
        form: this.form,
        saved: (saved) => this.saved.emit(saved),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
