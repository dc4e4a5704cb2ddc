import { WritableSignal } from '@angular/core';
import { Api } from '../../../api/api';
import { getProgressImportTemplate } from '../../../api/fn/scheduling/get-progress-import-template';
import { downloadExport } from '../../../shared/download';
import { PROGRESS_TEMPLATE_FILE_NAME } from './progress-model';

/** 下载模板: the empty progress workbook (the page's button; the import dialog has its own). */
export function downloadProgressTemplate(
  api: Api,
  busy: WritableSignal<boolean>,
  onError: (error: unknown) => void,
): void {
  downloadExport(api.invoke(getProgressImportTemplate), PROGRESS_TEMPLATE_FILE_NAME, busy, onError);
}
