import { HttpErrorResponse } from '@angular/common/http';
import { problemText, readProblem } from '../../../core/http/problem-details';

/** 现场照片 the server accepts: JPG/PNG/WebP of at most 5 MB, at most 9 per project and month. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTO_MAX_COUNT = 9;

/** Why a picked file is not uploaded (a translation key), or null when it may be. */
export function photoRejection(file: Pick<File, 'type' | 'size'>): string | null {
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) {
    return 'scheduling.photos.badType';
  }
  if (file.size > PHOTO_MAX_BYTES) {
    return 'scheduling.photos.tooLarge';
  }
  return file.size > 0 ? null : 'scheduling.photos.empty';
}

/** A size in bytes as people read it: 512 B, 12.3 KB, 4.5 MB. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  if (bytes < 1024 * 1024) {
    return `${(bytes / 1024).toFixed(1)} KB`;
  }
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The server's sentence for a refused photo (422 Scheduling.PhotoWithoutReport / PhotoInvalid / TooManyPhotos,
 * 400, 413 too large), or null for any other failure (reported the usual way).
 */
export function photoRefusalText(error: unknown): string | null {
  return error instanceof HttpErrorResponse &&
    (error.status === 400 || error.status === 413 || error.status === 422)
    ? problemText(readProblem(error), '') || null
    : null;
}
