import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { Observable, concatMap, from, map, of, switchMap, tap, toArray } from 'rxjs';
import { Api } from '../../../api/api';
import { decideApprovalStep } from '../../../api/fn/approvals/decide-approval-step';
import { uploadApprovalAttachment } from '../../../api/fn/approvals/upload-approval-attachment';
import { DecisionResultDto } from '../../../api/models/decision-result-dto';
import { TaskDto } from '../../../api/models/task-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { ATTACHMENT_ACCEPT, attachmentRejection } from '../../../shared/files/attachment-file';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { revealErrors } from '../../../shared/validation/reveal-errors';
import { commentRequired, createDecisionForm, newIdempotencyKey } from '../approvals-model';

/**
 * 办理 modal: 通过 / 退回补正 / 不予批准 with a comment (required to return or refuse) and attachments. The dialog makes
 * one Idempotency-Key when it opens and sends it with every try, so a retry after a lost answer decides nothing twice.
 * Files are uploaded first (each once, also across retries); the decision then takes them by id in its own save.
 */
@Component({
  selector: 'app-decision-dialog',
  imports: [SHARED_IMPORTS, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'approvals.decide.title' | translate"
      [nzMaskClosable]="false"
      nzWidth="560px"
      [nzFooter]="footer"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="decision-dialog">
        <p>
          <strong>{{ task().projectName }}</strong> · {{ task().stepName }}
          @if (task().round > 1) {
            （{{ 'approvals.round' | translate: { round: task().round } }}）
          }
        </p>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()">
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'approvals.decide.decision' | translate }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group formControlName="decision">
                <label nz-radio nzValue="Approve" data-testid="decision-approve">{{
                  'approvals.decisions.Approve' | translate
                }}</label>
                <label nz-radio nzValue="Return" data-testid="decision-return">{{
                  'approvals.decisions.Return' | translate
                }}</label>
                <label nz-radio nzValue="Reject" data-testid="decision-reject">{{
                  'approvals.decisions.Reject' | translate
                }}</label>
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label [nzRequired]="needsComment()">{{
              'approvals.decide.comment' | translate
            }}</nz-form-label>
            <nz-form-control [nzErrorTip]="errorTip">
              <textarea
                nz-input
                rows="4"
                formControlName="comment"
                data-testid="decision-comment"
                [placeholder]="'approvals.decide.commentPlaceholder' | translate"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'approvals.decide.attachments' | translate }}</nz-form-label>
            <nz-form-control
              [nzValidateStatus]="fileError() ? 'error' : ''"
              [nzErrorTip]="fileError() ? ('approvals.decide.' + fileError() | translate) : ''"
            >
              <input
                type="file"
                multiple
                [accept]="accept"
                data-testid="decision-files"
                (change)="pick($event)"
              />
              <div class="ant-form-item-extra">
                {{ 'approvals.decide.attachmentsHint' | translate }}
              </div>
              @for (file of files(); track file) {
                <div data-testid="decision-file">
                  <nz-icon nzType="paper-clip" /> {{ file.name }}
                  <a (click)="remove(file)" data-testid="decision-file-remove">{{
                    'common.delete' | translate
                  }}</a>
                </div>
              }
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
        data-testid="decision-submit"
      >
        {{ 'approvals.decide.submit' | translate }}
      </button>
    </ng-template>
  `,
})
export class DecisionDialog {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);

  readonly task = input.required<TaskDto>();
  readonly closed = output<void>();
  /** The decision was made (its result), or null when the step changed meanwhile (409: reload). */
  readonly decided = output<DecisionResultDto | null>();

  protected readonly form = createDecisionForm();
  protected readonly saving = signal(false);
  protected readonly needsComment = signal(false);
  protected readonly accept = ATTACHMENT_ACCEPT;
  protected readonly files = signal<File[]>([]);
  /** `fileType` or `fileSize` for the last refused pick. */
  protected readonly fileError = signal<string | null>(null);
  private readonly uploaded = new Map<File, string>();
  /** One key per dialog: every retry of this decision sends the same one. */
  readonly idempotencyKey = newIdempotencyKey();

  constructor() {
    this.form.controls.decision.valueChanges.subscribe((decision) => {
      this.needsComment.set(commentRequired(decision));
      this.form.controls.comment.updateValueAndValidity();
    });
    this.form.controls.comment.addValidators((control) =>
      commentRequired(this.form.controls.decision.value) && !`${control.value}`.trim()
        ? { required: true }
        : null,
    );
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const checked = Array.from(input.files ?? []).map((file) => ({
      file,
      rejection: attachmentRejection(file),
    }));
    const refused = checked.find((c) => c.rejection !== null)?.rejection;
    this.fileError.set(refused ? Object.keys(refused)[0] : null);
    this.files.update((files) => [
      ...files,
      ...checked.filter((c) => c.rejection === null).map((c) => c.file),
    ]);
    input.value = '';
  }

  protected remove(file: File): void {
    this.files.update((files) => files.filter((f) => f !== file));
  }

  protected submit(): void {
    if (revealErrors(this.form)) {
      return;
    }
    const { decision, comment } = this.form.getRawValue();
    const request = this.uploadFiles().pipe(
      switchMap((attachmentIds) =>
        this.api.invoke(decideApprovalStep, {
          stepId: this.task().stepId,
          'Idempotency-Key': this.idempotencyKey,
          body: {
            decision,
            comment: comment.trim() || null,
            concurrencyStamp: this.task().concurrencyStamp,
            attachmentIds,
          },
        }),
      ),
    );
    this.problems.save(request, {
      saving: this.saving,
      form: this.form,
      saved: (result) => this.decided.emit(result),
      stale: () => this.decided.emit(null),
    });
  }

  /** Uploads the files not uploaded yet, one after another; the ids of all picked files, in order. */
  private uploadFiles(): Observable<string[]> {
    const files = this.files();
    const pending = files.filter((f) => !this.uploaded.has(f));
    const upload = (file: File) =>
      this.api
        .invoke(uploadApprovalAttachment, { stepId: this.task().stepId, body: { file } })
        .pipe(tap((attachment) => this.uploaded.set(file, attachment.id)));
    const uploads = pending.length ? from(pending).pipe(concatMap(upload), toArray()) : of([]);
    return uploads.pipe(map(() => files.map((f) => this.uploaded.get(f)!)));
  }
}
