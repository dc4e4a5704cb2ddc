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
import { saveSignedContractRateDefinition } from '../../../api/fn/signed-contracts/save-signed-contract-rate-definition';
import { ContractRateDefinitionDto } from '../../../api/models/contract-rate-definition-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createDefinitionForm } from '../contract-forms';

/** 修改统计口径 modal: a rate's name, numerator, denominator and scope (the server adds a version). */
@Component({
  selector: 'app-definition-dialog',
  imports: [SHARED_IMPORTS, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.definitionDialog.title' | translate: { name: definition().name }"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="definition-dialog">
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          @for (field of fields; track field) {
            <nz-form-item>
              <nz-form-label nzRequired>{{
                'contracts.definitionDialog.' + field | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <textarea
                  nz-input
                  rows="2"
                  [formControlName]="field"
                  [attr.data-testid]="'definition-' + field"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
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
        data-testid="definition-save"
      >
        {{ 'common.save' | translate }}
      </button>
    </ng-template>
  `,
})
export class DefinitionDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly definition = input.required<ContractRateDefinitionDto>();
  readonly closed = output<void>();
  readonly saved = output<ContractRateDefinitionDto | null>();

  protected readonly fields = ['name', 'numerator', 'denominator', 'scope'] as const;
  protected readonly saving = signal(false);
  protected form!: ReturnType<typeof createDefinitionForm>;

  ngOnInit(): void {
    this.form = createDefinitionForm(this.definition());
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    this.problems.save(
      this.api.invoke(saveSignedContractRateDefinition, {
        code: this.definition().code,
        body: {
          name: value.name.trim(),
          numerator: value.numerator.trim(),
          denominator: value.denominator.trim(),
          scope: value.scope.trim(),
        },
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (definition) => this.saved.emit(definition),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
