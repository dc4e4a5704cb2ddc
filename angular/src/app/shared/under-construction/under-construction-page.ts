import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { PageHeader } from '../page-header/page-header';

/** Stand-in for a business module that has not been built yet; `titleKey` comes from route data. */
@Component({
  selector: 'app-under-construction-page',
  imports: [TranslatePipe, NzEmptyModule, PageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <app-page-header [title]="titleKey() | translate" />
    <nz-empty [nzNotFoundContent]="'common.underConstruction' | translate" />
  `,
})
export class UnderConstructionPage {
  readonly titleKey = input.required<string>();
}
