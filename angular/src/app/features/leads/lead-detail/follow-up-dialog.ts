import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { Api } from '../../../api/api';
import { recordLeadFollowUp } from '../../../api/fn/leads/record-lead-follow-up';
import { FollowUpDto } from '../../../api/models/follow-up-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { shanghaiToday } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { FOLLOW_UP_KINDS } from '../leads-model';
import { createFollowUpForm, followUpRequest } from './lead-detail-model';

/** 记录跟进 modal: how and when the company was met, who was there, what was said, and the next step with its date. */
@Component({
  selector: 'app-follow-up-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'leads.followUp.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="640px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="followup-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{ 'leads.followUp.kind' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-select formControlName="kind" data-testid="followup-kind">
                  @for (kind of kinds; track kind) {
                    <nz-option
                      [nzValue]="kind"
                      [nzLabel]="'leads.followUpKinds.' + kind | translate"
                    />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="12">
              <nz-form-label nzRequired>{{
                'leads.followUp.occurredOn' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker
                  formControlName="occurredOn"
                  style="width: 100%"
                  [nzDisabledDate]="afterToday"
                  data-testid="followup-date"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.followUp.people' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <input
                nz-input
                formControlName="people"
                maxlength="200"
                data-testid="followup-people"
                [placeholder]="'leads.followUp.peoplePlaceholder' | translate"
              />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.followUp.notes' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="notes"
                maxlength="2000"
                data-testid="followup-notes"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <div nz-row [nzGutter]="16">
            <nz-form-item nz-col [nzSpan]="14">
              <nz-form-label>{{ 'leads.followUp.nextAction' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <input
                  nz-input
                  formControlName="nextAction"
                  maxlength="200"
                  data-testid="followup-next-action"
                />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item nz-col [nzSpan]="10">
              <nz-form-label>{{ 'leads.followUp.nextActionOn' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker
                  formControlName="nextActionOn"
                  style="width: 100%"
                  data-testid="followup-next-date"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
        </form>
        <ng-template #errorTip let-control>
          @if (control.errors?.['future']) {
            {{ 'leads.followUp.future' | translate }}
          } @else if (control.errors?.['nextDateRequired']) {
            {{ 'leads.followUp.nextDateRequired' | translate }}
          } @else if (control.errors?.['nextDateBeforeOccurred']) {
            {{ 'leads.followUp.nextDateBeforeOccurred' | translate }}
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
        data-testid="followup-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class FollowUpDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly leadId = input.required<string>();
  readonly closed = output<void>();
  readonly saved = output<FollowUpDto | null>();

  protected readonly kinds = FOLLOW_UP_KINDS;
  private readonly today = shanghaiToday();
  protected readonly afterToday = (day: Date) => day > this.today;
  protected readonly form = createFollowUpForm(this.today);
  protected readonly saving = signal(false);

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(recordLeadFollowUp, { id: this.leadId(), body: followUpRequest(this.form) }),
      {
        saving: this.saving,
        form: this.form,
        saved: (followUp) => this.saved.emit(followUp),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
