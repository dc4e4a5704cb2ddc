import { HttpErrorResponse } from '@angular/common/http';
import {
  PHOTO_MAX_BYTES,
  formatFileSize,
  photoRefusalText,
  photoRejection,
} from './report-photos-model';

describe('report-photos-model', () => {
  it('accepts JPG, PNG and WebP up to 5 MB', () => {
    expect(photoRejection({ type: 'image/jpeg', size: 1024 })).toBeNull();
    expect(photoRejection({ type: 'image/png', size: PHOTO_MAX_BYTES })).toBeNull();
    expect(photoRejection({ type: 'image/webp', size: 1 })).toBeNull();
  });

  it('refuses another type, a file above 5 MB, and an empty file', () => {
    expect(photoRejection({ type: 'application/pdf', size: 10 })).toBe('scheduling.photos.badType');
    expect(photoRejection({ type: 'image/gif', size: 10 })).toBe('scheduling.photos.badType');
    expect(photoRejection({ type: '', size: 10 })).toBe('scheduling.photos.badType');
    expect(photoRejection({ type: 'image/jpeg', size: PHOTO_MAX_BYTES + 1 })).toBe(
      'scheduling.photos.tooLarge',
    );
    expect(photoRejection({ type: 'image/jpeg', size: 0 })).toBe('scheduling.photos.empty');
  });

  it('words a file size', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(12_595)).toBe('12.3 KB');
    expect(formatFileSize(4.5 * 1024 * 1024)).toBe('4.5 MB');
  });

  it("reads the server's sentence of a refused photo only", () => {
    const refused = new HttpErrorResponse({
      status: 422,
      error: { code: 'Scheduling.TooManyPhotos', detail: '每月最多上传 9 张现场照片' },
    });
    expect(photoRefusalText(refused)).toBe('每月最多上传 9 张现场照片');
    expect(photoRefusalText(new HttpErrorResponse({ status: 500, error: { detail: 'x' } }))).toBe(
      null,
    );
    expect(photoRefusalText(new HttpErrorResponse({ status: 413 }))).toBeNull();
    expect(photoRefusalText(new Error('x'))).toBeNull();
  });
});
