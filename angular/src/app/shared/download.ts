import { WritableSignal } from '@angular/core';
import { Observable } from 'rxjs';

/** Saves a blob under `fileName` through a temporary object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Runs an export request while `busy` is on, saves its file under `fileName`, and hands failures to `onError`
 * (the list pages' 导出 buttons).
 */
export function downloadExport(
  request: Observable<Blob>,
  fileName: string,
  busy: WritableSignal<boolean>,
  onError: (error: unknown) => void,
): void {
  busy.set(true);
  request.subscribe({
    next: (blob) => {
      busy.set(false);
      saveBlob(blob, fileName);
    },
    error: (error: unknown) => {
      busy.set(false);
      onError(error);
    },
  });
}
