import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { FormControl, FormGroup, Validators } from '@angular/forms';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { forkJoin } from 'rxjs';
import { Api } from '../../../api/api';
import { allocatePreWorkFunds } from '../../../api/fn/reserve/allocate-pre-work-funds';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { PreWorkFundsDto } from '../../../api/models/pre-work-funds-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { yuanFromWan } from '../../../shared/money';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { positiveWan } from '../project-form/project-form-model';
import { notBlank } from '../../../shared/validation/not-blank';
import { dateToApi } from './pre-work-funds-model';

/** The projects 前期工作经费 may go to: 储备 and 前期 (the server checks again). */
export const FUNDABLE_STATES = ['Reserve', 'PreConstruction'] as const;

/** 安排经费 modal: a project, an amount in 万元 (sent in yuan), a purpose and a date. */
@Component({
  selector: 'app-pre-work-allocate-dialog',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'reserve.preWorkFunds.allocate' | translate"
      [nzMaskClosable]="false"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <form
        *nzModalContent
        nz-form
        nzLayout="vertical"
        [formGroup]="form"
        data-testid="funds-allocate-dialog"
      >
        <ng-template #errorTip let-control>
          @if (control.errors?.['positive']) {
            {{ 'reserve.form.positive' | translate }}
          } @else {
            <app-control-error [errors]="control.errors" />
          }
        </ng-template>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'reserve.preWorkFunds.project' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-select
              formControlName="projectId"
              nzShowSearch
              [nzLoading]="loadingProjects()"
              data-testid="funds-allocate-project"
            >
              @for (project of projects(); track project.id) {
                <nz-option [nzValue]="project.id" [nzLabel]="project.name" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{
            'reserve.preWorkFunds.amountWan' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-input-number
              formControlName="amount"
              [nzMin]="0"
              [nzPrecision]="2"
              style="width: 100%"
              data-testid="funds-allocate-amount"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'reserve.preWorkFunds.purpose' | translate }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <input nz-input formControlName="purpose" data-testid="funds-allocate-purpose" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{
            'reserve.preWorkFunds.allocatedOn' | translate
          }}</nz-form-label>
          <nz-form-control [nzErrorTip]="errorTip">
            <nz-date-picker
              formControlName="allocatedOn"
              style="width: 100%"
              data-testid="funds-allocate-date"
            />
          </nz-form-control>
        </nz-form-item>
      </form>
      <ng-template #footer>
        <button nz-button (click)="closed.emit()">{{ 'common.cancel' | translate }}</button>
        <button
          nz-button
          nzType="primary"
          data-testid="funds-allocate-submit"
          [nzLoading]="saving()"
          (click)="submit()"
        >
          {{ 'common.save' | translate }}
        </button>
      </ng-template>
    </nz-modal>
  `,
})
export class AllocateDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly problems = inject(ProblemReporter);

  readonly year = input.required<number>();
  readonly closed = output<void>();
  readonly saved = output<PreWorkFundsDto>();

  protected readonly saving = signal(false);
  protected readonly loadingProjects = signal(false);
  protected readonly projects = signal<ProjectListItemDto[]>([]);

  protected readonly form = new FormGroup({
    projectId: new FormControl<string | null>(null, Validators.required),
    amount: new FormControl<number | null>(null, [Validators.required, positiveWan]),
    purpose: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(200), notBlank],
    }),
    allocatedOn: new FormControl<Date | null>(new Date(), Validators.required),
  });

  ngOnInit(): void {
    this.loadingProjects.set(true);
    forkJoin(
      FUNDABLE_STATES.map((state) => this.api.invoke(getProjects, { state, pageSize: 200 })),
    ).subscribe({
      next: (pages) => {
        this.projects.set(pages.flatMap((page) => page.items));
        this.loadingProjects.set(false);
      },
      error: (error: unknown) => {
        this.loadingProjects.set(false);
        this.problems.report(error);
      },
    });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const value = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .invoke(allocatePreWorkFunds, {
        year: this.year(),
        body: {
          projectId: value.projectId!,
          amount: yuanFromWan(value.amount!),
          purpose: value.purpose.trim(),
          allocatedOn: dateToApi(value.allocatedOn!),
        },
      })
      .subscribe({
        next: (updated) => {
          this.saving.set(false);
          this.message.success(this.translate.instant('common.saved'));
          this.saved.emit(updated);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.problems.report(error, this.form);
        },
      });
  }
}
