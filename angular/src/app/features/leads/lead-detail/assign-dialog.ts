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
import { assignLead } from '../../../api/fn/leads/assign-lead';
import { LeadDto } from '../../../api/models/lead-dto';
import { OwnerOptionDto } from '../../../api/models/owner-option-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { createAssignForm } from './lead-detail-model';

/** 改派 modal (统筹): hands the lead to another user of the department. */
@Component({
  selector: 'app-assign-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'leads.assign.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="480px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="assign-dialog">
        <p>
          {{ 'leads.assign.current' | translate: { owner: lead().ownerName } }}
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'leads.fields.owner' | translate }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <nz-select formControlName="ownerUserId" nzShowSearch data-testid="assign-owner">
                @for (owner of owners(); track owner.userId) {
                  <nz-option [nzValue]="owner.userId" [nzLabel]="owner.displayName" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
        </form>
        <ng-template #errorTip let-control
          ><app-control-error [errors]="control.errors"
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
        data-testid="assign-save"
      >
        {{ 'leads.actions.assign' | translate }}
      </button>
    </ng-template>
  `,
})
export class AssignDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly lead = input.required<LeadDto>();
  readonly owners = input<OwnerOptionDto[]>([]);
  readonly closed = output<void>();
  readonly saved = output<LeadDto | null>();

  protected readonly form = createAssignForm(null);
  protected readonly saving = signal(false);

  ngOnInit(): void {
    this.form.setValue({ ownerUserId: this.lead().ownerUserId });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(assignLead, {
        id: this.lead().id,
        body: {
          ownerUserId: this.form.getRawValue().ownerUserId,
          concurrencyStamp: this.lead().concurrencyStamp,
        },
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
