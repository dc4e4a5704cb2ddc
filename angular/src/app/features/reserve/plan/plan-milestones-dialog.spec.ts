import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { provideTranslateService } from '@ngx-translate/core';
import { provideNzIcons } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { provideApiConfiguration } from '../../../api/api-configuration';
import { PlanEntryDto } from '../../../api/models/plan-entry-dto';
import { APP_ICONS } from '../../../core/icons';
import { PlanMilestonesDialog } from './plan-milestones-dialog';
import { MilestoneRow } from './plan-milestones-model';
import { planEntry } from './plan-test-data';

const year = 2026;
const url = `/api/reserve/plans/${year}/entries/e1/milestones`;

type DialogApi = {
  chosen: FormGroup<Record<string, FormControl<boolean>>>;
  deadline: FormControl<Date | null>;
  rows: FormArray<MilestoneRow>;
  propose(): void;
  submit(): void;
};

describe('PlanMilestonesDialog', () => {
  let fixture: ComponentFixture<PlanMilestonesDialog>;
  let http: HttpTestingController;
  const message = { success: vi.fn(), error: vi.fn() };

  async function open(entry: PlanEntryDto) {
    TestBed.configureTestingModule({
      imports: [PlanMilestonesDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideApiConfiguration(''),
        provideTranslateService(),
        provideNzIcons(APP_ICONS),
        { provide: NzMessageService, useValue: message },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanMilestonesDialog);
    fixture.componentRef.setInput('entry', entry);
    await fixture.whenStable();
  }

  const dialog = () => fixture.componentInstance as unknown as DialogApi;
  const kinds = () => dialog().rows.controls.map((row) => row.controls.kind.value);

  it('starts from the saved milestones and their last planned date', async () => {
    await open(planEntry(year));
    expect(kinds()).toEqual(['PreWorkDone', 'Start']);
    expect(dialog().chosen.getRawValue()).toEqual({
      PreWorkDone: true,
      Start: true,
      MainWorksDone: false,
      Completion: false,
    });
    expect(dialog().deadline.value).toEqual(new Date(year, 2, 15));
    expect(dialog().rows.at(0).controls.actualDate.value).toEqual(new Date(year, 0, 25));
  });

  it('works the chosen milestones backwards and fills the table', async () => {
    await open(planEntry(year, { milestones: [] }));
    expect(kinds()).toEqual(['PreWorkDone', 'Start', 'MainWorksDone', 'Completion']);
    dialog().chosen.patchValue({ PreWorkDone: false });
    expect(kinds()).toEqual(['Start', 'MainWorksDone', 'Completion']);
    dialog().deadline.setValue(new Date(year, 11, 31));
    dialog().propose();
    const request = http.expectOne({ method: 'POST', url: `${url}/proposal` });
    expect(request.request.body).toEqual({
      milestones: ['Start', 'MainWorksDone', 'Completion'],
      deadline: `${year}-12-31`,
    });
    request.flush([
      {
        kind: 'Start',
        plannedDate: `${year}-03-06`,
        proposedDate: `${year}-03-06`,
        actualDate: null,
        isLate: false,
      },
      {
        kind: 'MainWorksDone',
        plannedDate: `${year}-11-01`,
        proposedDate: `${year}-11-01`,
        actualDate: null,
        isLate: false,
      },
      {
        kind: 'Completion',
        plannedDate: `${year}-12-31`,
        proposedDate: `${year}-12-31`,
        actualDate: null,
        isLate: false,
      },
    ]);
    await fixture.whenStable();
    expect(dialog().rows.at(0).controls.proposedDate.value).toBe(`${year}-03-06`);
    expect(dialog().rows.at(0).controls.plannedDate.value).toEqual(new Date(year, 2, 6));
    expect(
      document.querySelector('[data-testid="milestone-proposed-Completion"]')!.textContent,
    ).toContain(`${year}-12-31`);
  });

  it('saves the adjusted dates with the concurrency stamp', async () => {
    await open(planEntry(year));
    const saved = vi.fn();
    fixture.componentInstance.saved.subscribe(saved);
    dialog()
      .rows.at(1)
      .controls.plannedDate.setValue(new Date(year, 3, 1));
    dialog().submit();
    const request = http.expectOne({ method: 'PUT', url });
    expect(request.request.body).toEqual({
      milestones: [
        {
          kind: 'PreWorkDone',
          plannedDate: `${year}-02-01`,
          proposedDate: null,
          actualDate: `${year}-01-25`,
        },
        { kind: 'Start', plannedDate: `${year}-04-01`, proposedDate: null, actualDate: null },
      ],
      concurrencyStamp: 'stamp-e1',
    });
    const updated = planEntry(year);
    request.flush(updated);
    expect(saved).toHaveBeenCalledWith(updated);
  });

  it('refuses dates out of order and actual dates in the future', async () => {
    await open(planEntry(year));
    dialog()
      .rows.at(1)
      .controls.plannedDate.setValue(new Date(year, 0, 1));
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    dialog().rows.at(1).controls.actualDate.setValue(tomorrow);
    dialog().submit();
    http.expectNone(url);
    expect(dialog().rows.errors).toEqual({ milestoneOrder: true });
    expect(dialog().rows.at(1).controls.actualDate.errors).toEqual({ futureDate: true });
  });
});
