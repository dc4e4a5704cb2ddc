import { ValidationErrors } from '@angular/forms';

/** Evidence and decision attachments: PDF, JPEG or PNG up to 10 MB (the server checks the content again). */
export const ATTACHMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,' + ATTACHMENT_TYPES.join(',');
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Why a picked file cannot be sent (`fileType` or `fileSize`), or null. */
export function attachmentRejection(
  file: Pick<File, 'type' | 'size' | 'name'>,
): ValidationErrors | null {
  const byName = /\.(pdf|jpe?g|png)$/i.test(file.name);
  if (
    !(ATTACHMENT_TYPES as readonly string[]).includes(file.type) &&
    !(file.type === '' && byName)
  ) {
    return { fileType: true };
  }
  if (file.size > ATTACHMENT_MAX_BYTES) {
    return { fileSize: true };
  }
  return file.size > 0 ? null : { fileType: true };
}
