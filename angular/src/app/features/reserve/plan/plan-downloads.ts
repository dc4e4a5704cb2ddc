import { WritableSignal } from '@angular/core';
import { Api } from '../../../api/api';
import { getPlanImportTemplate } from '../../../api/fn/reserve/get-plan-import-template';
import { downloadExport } from '../../../shared/download';
import { PLAN_TEMPLATE_FILE_NAME } from './plan-model';

/** 下载模板: the empty import workbook (the page's button; the import dialog has its own). */
export function downloadPlanTemplate(
  api: Api,
  busy: WritableSignal<boolean>,
  onError: (error: unknown) => void,
): void {
  downloadExport(api.invoke(getPlanImportTemplate), PLAN_TEMPLATE_FILE_NAME, busy, onError);
}
