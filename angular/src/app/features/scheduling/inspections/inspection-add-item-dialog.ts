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
import { Api } from '../../../api/api';
import { getDepartmentOptions } from '../../../api/fn/identity/get-department-options';
import { addRectification } from '../../../api/fn/scheduling/add-rectification';
import { DepartmentOptionDto } from '../../../api/models/department-option-dto';
import { InspectionDto } from '../../../api/models/inspection-dto';
import { RectificationDto } from '../../../api/models/rectification-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { InspectionItemFields } from './inspection-item-fields';
import { addItemRequest, createAddItemForm } from './inspections-model';

/** 添加整改事项 modal: one more 限期整改 item on a recorded inspection, on one of its projects. */
@Component({
  selector: 'app-inspection-add-item-dialog',
  imports: [SHARED_IMPORTS, InspectionItemFields],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'scheduling.inspections.addItem.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="inspection-add-item-dialog">
        <p>
          {{ 'scheduling.inspections.kinds.' + inspection().kind | translate }}（{{
            inspection().date
          }}）
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <app-inspection-item-fields
            [group]="form.controls.item"
            [projects]="projects()"
            [departments]="departments()"
            [stacked]="true"
          />
        </form>
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
        data-testid="inspection-add-item-submit"
      >
        {{ 'scheduling.inspections.addItem.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class InspectionAddItemDialog implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly inspection = input.required<InspectionDto>();
  readonly closed = output<void>();
  readonly saved = output<RectificationDto | null>();

  /** `item` as the request nests it, so the server's `item.*` field errors land on the fields. */
  protected readonly form = createAddItemForm();
  protected readonly saving = signal(false);
  protected readonly departments = signal<DepartmentOptionDto[]>([]);
  protected readonly projects = computed(() =>
    this.inspection().projects.map((p) => ({ id: p.projectId, name: p.projectName })),
  );

  ngOnInit(): void {
    const [only] = this.inspection().projects;
    if (this.inspection().projects.length === 1) {
      this.form.controls.item.controls.projectId.setValue(only.projectId);
    }
    this.api.invoke(getDepartmentOptions).subscribe({
      next: (departments) => this.departments.set(departments),
      error: (error: unknown) => this.problems.report(error),
    });
  }

  protected submit(): void {
    revealErrors(this.form.controls.item);
    if (revealErrors(this.form)) {
      return;
    }
    this.problems.save(
      this.api.invoke(addRectification, {
        id: this.inspection().id,
        body: addItemRequest(this.form, this.inspection()),
      }),
      {
        saving: this.saving,
        form: this.form,
        saved: (item) => this.saved.emit(item),
        stale: () => this.saved.emit(null),
      },
    );
  }
}
