import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Page title row; the title carries data-testid="page-title" for browser tests. */
@Component({
  selector: 'app-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h2 class="page-title" data-testid="page-title">{{ title() }}</h2>
      <div class="page-actions"><ng-content /></div>
    </div>
  `,
  styles: `
    .page-header {
      display: flex;
      align-items: center;
      justify-content: space-between;
      margin-bottom: 16px;
    }
    .page-title {
      margin: 0;
      font-size: 20px;
      font-weight: 600;
    }
    .page-actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class PageHeader {
  readonly title = input.required<string>();
}
