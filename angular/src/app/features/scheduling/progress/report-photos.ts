import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { TranslateService } from '@ngx-translate/core';
import { NzMessageService } from 'ng-zorro-antd/message';
import { Api } from '../../../api/api';
import { addReportPhoto } from '../../../api/fn/scheduling/add-report-photo';
import { deleteReportPhoto } from '../../../api/fn/scheduling/delete-report-photo';
import { getReportPhoto } from '../../../api/fn/scheduling/get-report-photo';
import { getReportPhotos } from '../../../api/fn/scheduling/get-report-photos';
import { ReportPhotoDto } from '../../../api/models/report-photo-dto';
import { ProblemReporter } from '../../../core/http/problem-reporter';
import { SHANGHAI_TIME_ZONE } from '../../../shared/dates';
import { SHARED_IMPORTS } from '../../../shared/shared-imports';
import { ReportMonth } from './progress-model';
import {
  PHOTO_ACCEPT,
  PHOTO_MAX_COUNT,
  formatFileSize,
  photoRefusalText,
  photoRejection,
} from './report-photos-model';

/**
 * 现场照片 of a project's month in the report dialog: thumbnails (each image read with the session cookie and shown
 * through an object URL, revoked when gone), a larger view, and for reporting units upload and delete. Photos
 * belong to a saved report, so before the first save only the hint shows.
 */
@Component({
  selector: 'app-report-photos',
  imports: [SHARED_IMPORTS],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="photos" data-testid="report-photos">
      <div class="head">
        <span class="title">{{ 'scheduling.photos.title' | translate }}</span>
        <span class="muted">{{
          'scheduling.photos.rules' | translate: { max: maxCount, count: photos().length }
        }}</span>
        @if (canEdit()) {
          <button
            nz-button
            nzSize="small"
            type="button"
            data-testid="report-photo-pick"
            [disabled]="!uploadable()"
            [nzLoading]="uploading()"
            (click)="fileInput.click()"
          >
            <nz-icon nzType="upload" />{{ 'scheduling.photos.upload' | translate }}
          </button>
          <input
            #fileInput
            hidden
            type="file"
            data-testid="report-photo-upload"
            [accept]="accept"
            [disabled]="!uploadable()"
            (change)="pick($event)"
          />
        }
      </div>
      @if (!reported()) {
        <div class="muted" data-testid="report-photos-unsaved">
          {{ 'scheduling.photos.saveFirst' | translate }}
        </div>
      }
      @if (error(); as text) {
        <nz-alert
          class="error"
          nzType="error"
          nzShowIcon
          nzCloseable
          data-testid="report-photo-error"
          [nzMessage]="text"
          (nzOnClose)="error.set(null)"
        />
      }
      @if (photos().length) {
        <div class="grid">
          @for (photo of photos(); track photo.id) {
            <div class="photo" data-testid="report-photo">
              <button
                type="button"
                class="thumb"
                data-testid="report-photo-view"
                [title]="photo.fileName"
                (click)="viewing.set(photo)"
              >
                @if (urls()[photo.id]; as url) {
                  <img [src]="url" [alt]="photo.fileName" />
                } @else {
                  <nz-icon nzType="loading" />
                }
              </button>
              <div class="name" [title]="photo.fileName">{{ photo.fileName }}</div>
              <div class="muted meta">
                {{ size(photo.size) }} ·
                {{ photo.uploadedAtUtc | date: 'yyyy-MM-dd HH:mm' : timeZone }}
              </div>
              @if (canEdit()) {
                <a
                  class="delete"
                  nz-popconfirm
                  data-testid="report-photo-delete"
                  [nzPopconfirmTitle]="'scheduling.photos.deleteConfirm' | translate"
                  (nzOnConfirm)="remove(photo)"
                  >{{ 'common.delete' | translate }}</a
                >
              }
            </div>
          }
        </div>
      } @else if (reported() && !loading()) {
        <div class="muted" data-testid="report-photos-empty">
          {{ 'scheduling.photos.none' | translate }}
        </div>
      }
    </div>

    @if (viewing(); as photo) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="photo.fileName"
        [nzFooter]="null"
        nzWidth="900px"
        (nzOnCancel)="viewing.set(null)"
      >
        <div *nzModalContent class="large" data-testid="report-photo-large">
          @if (urls()[photo.id]; as url) {
            <img [src]="url" [alt]="photo.fileName" />
          }
        </div>
      </nz-modal>
    }
  `,
  styles: `
    .photos {
      margin-top: 8px;
    }
    .head {
      display: flex;
      gap: 8px;
      align-items: center;
      margin-bottom: 8px;
    }
    .title {
      font-weight: 600;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .error {
      margin-bottom: 8px;
    }
    .grid {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .photo {
      width: 120px;
      font-size: 12px;
    }
    .thumb {
      display: flex;
      align-items: center;
      justify-content: center;
      width: 120px;
      height: 90px;
      padding: 0;
      overflow: hidden;
      border: 1px solid #f0f0f0;
      border-radius: 4px;
      background: #fafafa;
      cursor: zoom-in;
    }
    .thumb img {
      width: 100%;
      height: 100%;
      object-fit: cover;
    }
    .name {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .delete {
      color: #cf1322;
    }
    .large {
      text-align: center;
    }
    .large img {
      max-width: 100%;
      max-height: 70vh;
    }
  `,
})
export class ReportPhotos implements OnInit {
  private readonly api = inject(Api);
  private readonly problems = inject(ProblemReporter);
  private readonly message = inject(NzMessageService);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);

  readonly month = input.required<ReportMonth>();
  readonly projectId = input.required<string>();
  /** The month's report is saved (photos hang on it). */
  readonly reported = input(false);
  /** Upload and delete (Scheduling.Report). */
  readonly canEdit = input(false);

  protected readonly accept = PHOTO_ACCEPT;
  protected readonly maxCount = PHOTO_MAX_COUNT;
  protected readonly timeZone = SHANGHAI_TIME_ZONE;
  protected readonly size = formatFileSize;
  protected readonly photos = signal<ReportPhotoDto[]>([]);
  /** Object URLs of the loaded images, by photo id. */
  protected readonly urls = signal<Record<string, string>>({});
  protected readonly loading = signal(false);
  protected readonly uploading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly viewing = signal<ReportPhotoDto | null>(null);
  protected readonly uploadable = computed(
    () => this.reported() && !this.uploading() && this.photos().length < PHOTO_MAX_COUNT,
  );

  constructor() {
    this.destroyRef.onDestroy(() => Object.values(this.urls()).forEach(revoke));
  }

  ngOnInit(): void {
    if (this.reported()) {
      this.load();
    }
  }

  private params() {
    const { year, month } = this.month();
    return { year, month, projectId: this.projectId() };
  }

  private load(): void {
    this.loading.set(true);
    this.api
      .invoke(getReportPhotos, this.params())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (photos) => {
          this.loading.set(false);
          this.photos.set(photos);
          photos.forEach((photo) => this.loadImage(photo));
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.problems.report(error);
        },
      });
  }

  /** The image bytes through HttpClient (the request carries the session cookie), shown via an object URL. */
  private loadImage(photo: ReportPhotoDto): void {
    this.api
      .invoke(getReportPhoto, { ...this.params(), photoId: photo.id })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (blob) => {
          const url = URL.createObjectURL(blob);
          this.urls.update((urls) => ({ ...urls, [photo.id]: url }));
        },
        error: () => undefined,
      });
  }

  /** The file input's `change`: checks the file here first, then uploads it. */
  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) {
      return;
    }
    const rejection = photoRejection(file);
    if (rejection) {
      this.error.set(this.translate.instant(rejection));
      return;
    }
    this.upload(file);
  }

  private upload(file: File): void {
    this.error.set(null);
    this.uploading.set(true);
    this.api
      .invoke(addReportPhoto, { ...this.params(), body: { file } })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (photo) => {
          this.uploading.set(false);
          this.photos.update((photos) => [...photos, photo]);
          this.urls.update((urls) => ({ ...urls, [photo.id]: URL.createObjectURL(file) }));
          this.message.success(this.translate.instant('scheduling.photos.uploaded'));
        },
        error: (error: unknown) => {
          this.uploading.set(false);
          const refused = photoRefusalText(error);
          if (refused) {
            this.error.set(refused);
          } else {
            this.problems.report(error);
          }
        },
      });
  }

  protected remove(photo: ReportPhotoDto): void {
    this.api
      .invoke(deleteReportPhoto, { ...this.params(), photoId: photo.id })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: () => {
          this.photos.update((photos) => photos.filter((p) => p.id !== photo.id));
          revoke(this.urls()[photo.id]);
          this.urls.update(({ [photo.id]: _, ...rest }) => rest);
          if (this.viewing()?.id === photo.id) {
            this.viewing.set(null);
          }
          this.message.success(this.translate.instant('common.deleted'));
        },
        error: (error: unknown) => this.problems.report(error),
      });
  }
}

function revoke(url: string | undefined): void {
  if (url) {
    URL.revokeObjectURL(url);
  }
}
