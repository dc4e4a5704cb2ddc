import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Subject, Subscription, debounceTime } from 'rxjs';
import { Api } from '../../../api/api';
import { getProjects } from '../../../api/fn/reserve/get-projects';
import { landSignedContract } from '../../../api/fn/signed-contracts/land-signed-contract';
import { ContractDetailDto } from '../../../api/models/contract-detail-dto';
import { ContractListItemDto } from '../../../api/models/contract-list-item-dto';
import { ProjectListItemDto } from '../../../api/models/project-list-item-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { ContractError } from '../contract-error';
import { createLandingForm, landingRequest } from '../contract-forms';

/** How many reserve projects the search offers. */
export const PROJECT_SEARCH_SIZE = 20;

/**
 * 落地入库 modal: the contract becomes a new reserve project (named after it, with a planned start), or is linked to a
 * project already in the library, found by name; it can land only once.
 */
@Component({
  selector: 'app-landing-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule, ContractError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .full {
      width: 100%;
    }
  `,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'contracts.landing.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="landing-dialog">
        <nz-alert nzType="info" [nzMessage]="'contracts.landing.hint' | translate" />
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-radio-group formControlName="mode" data-testid="landing-mode">
              <label nz-radio nzValue="new" data-testid="landing-mode-new">{{
                'contracts.landing.modeNew' | translate
              }}</label>
              <label nz-radio nzValue="link" data-testid="landing-mode-link">{{
                'contracts.landing.modeLink' | translate
              }}</label>
            </nz-radio-group>
          </nz-form-item>
          @if (mode() === 'link') {
            <nz-form-item>
              <nz-form-label nzRequired>{{
                'contracts.landing.project' | translate
              }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-select
                  formControlName="linkProjectId"
                  nzShowSearch
                  nzServerSearch
                  nzAllowClear
                  [nzLoading]="searching()"
                  [nzPlaceHolder]="'contracts.landing.projectSearch' | translate"
                  (nzOnSearch)="searches.next($event)"
                  data-testid="landing-project"
                >
                  @for (project of projects(); track project.id) {
                    <nz-option
                      [nzValue]="project.id"
                      [nzLabel]="project.name + (project.code ? ' (' + project.code + ')' : '')"
                    />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          } @else {
            <nz-form-item>
              <nz-form-label>{{ 'contracts.landing.newProject' | translate }}</nz-form-label>
              <span>{{ contract().projectName }}</span>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label>{{ 'contracts.landing.plannedStart' | translate }}</nz-form-label>
              <nz-form-control [nzErrorTip]="errorTip">
                <nz-date-picker
                  class="full"
                  formControlName="plannedStart"
                  data-testid="landing-planned-start"
                />
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
        data-testid="landing-save"
      >
        {{ 'contracts.landing.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class LandingDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly contract = input.required<ContractListItemDto>();
  readonly closed = output<void>();
  readonly saved = output<ContractDetailDto | null>();

  protected readonly form = createLandingForm();
  protected readonly mode = toSignal(this.form.controls.mode.valueChanges, { initialValue: 'new' });
  protected readonly saving = signal(false);
  protected readonly searching = signal(false);
  protected readonly projects = signal<ProjectListItemDto[]>([]);
  protected readonly searches = new Subject<string>();
  private request?: Subscription;

  constructor() {
    this.searches.pipe(debounceTime(300)).subscribe((text) => this.search(text));
    this.form.controls.mode.valueChanges.subscribe((mode) => {
      if (mode === 'link' && !this.projects().length) {
        this.search('');
      }
    });
  }

  /** The reserve projects whose name or code contains the text (the latest search wins). */
  protected search(text: string): void {
    this.searching.set(true);
    this.request?.unsubscribe();
    this.request = this.api
      .invoke(getProjects, {
        search: text.trim() || undefined,
        page: 1,
        pageSize: PROJECT_SEARCH_SIZE,
      })
      .subscribe({
        next: (page) => {
          this.searching.set(false);
          this.projects.set(page.items);
        },
        error: (error: unknown) => {
          this.searching.set(false);
          this.problems.report(error);
        },
      });
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(landSignedContract, {
        id: this.contract().id,
        body: landingRequest(this.form),
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
