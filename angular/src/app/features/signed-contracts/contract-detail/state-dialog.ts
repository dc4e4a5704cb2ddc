import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { Api } from '../../../api/api';
import { changeContractState } from '../../../api/fn/signed-contracts/change-contract-state';
import { ContractDetailDto } from '../../../api/models/contract-detail-dto';
import { ContractListItemDto } from '../../../api/models/contract-list-item-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createStateForm } from '../contract-forms';
import { NEXT_STATES, STATE_COLORS, needsReason } from '../contracts-model';

/** 变更履约状态 modal: only the states the current one may move to; 停滞 and 终止 need a reason. */
@Component({
  selector: 'app-state-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.stateDialog.title' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="state-dialog">
        <p>
          {{ 'contracts.stateDialog.current' | translate }}
          <nz-tag [nzColor]="colors[contract().fulfilmentState]">{{
            'contracts.states.' + contract().fulfilmentState | translate
          }}</nz-tag>
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'contracts.stateDialog.next' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="state" data-testid="state-select">
                @for (state of options(); track state) {
                  <nz-option
                    [nzValue]="state"
                    [nzLabel]="'contracts.states.' + state | translate"
                  />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label [nzRequired]="reasonRequired()">{{
              'contracts.stateDialog.reason' | translate
            }}</nz-form-label>
            <nz-form-control
              [nzErrorTip]="errorTip"
              [nzExtra]="'contracts.stateDialog.reasonHint' | translate"
            >
              <textarea
                nz-input
                rows="3"
                maxlength="1000"
                formControlName="reason"
                data-testid="state-reason"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
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
        data-testid="state-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class StateDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contract = input.required<ContractListItemDto>();
  readonly closed = output<void>();
  readonly saved = output<ContractDetailDto | null>();

  protected readonly colors = STATE_COLORS;
  protected readonly form = createStateForm();
  protected readonly saving = signal(false);
  protected readonly options = computed(() => NEXT_STATES[this.contract().fulfilmentState]);
  private readonly state = toSignal(this.form.controls.state.valueChanges, { initialValue: null });
  protected readonly reasonRequired = computed(() => needsReason(this.state()));

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { state, reason } = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(changeContractState, {
        id: this.contract().id,
        body: { state, reason: reason.trim() || null },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (detail) => this.saved.emit(detail),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
