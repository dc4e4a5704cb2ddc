import { LeadReminderDto } from '../../api/models/lead-reminder-dto';
import {
  backStage,
  createLeadFilterForm,
  forwardStages,
  leadActions,
  leadQuery,
  leadSteps,
  onFilterChange,
  percent,
  recentReminders,
} from './leads-model';
import { leadDetail, leadDto } from './leads-test-data';

describe('leads model', () => {
  it('leaves empty filters out of the query and sends the entry dates as days', () => {
    expect(leadQuery({ search: '  ', stale: false, due: false })).toEqual({
      search: undefined,
      stage: undefined,
      source: undefined,
      industryCode: undefined,
      ownerUserId: undefined,
      from: undefined,
      to: undefined,
      stale: undefined,
      due: undefined,
    });
    expect(
      leadQuery({
        search: ' 富硒 ',
        stage: 'Visit',
        source: 'Fair',
        industryCode: 'SELENIUM_WATER',
        ownerUserId: 'u1',
        entered: [new Date(2026, 0, 1, 9), new Date(2026, 2, 31, 23)],
        stale: true,
        due: true,
      }),
    ).toEqual({
      search: '富硒',
      stage: 'Visit',
      source: 'Fair',
      industryCode: 'SELENIUM_WATER',
      ownerUserId: 'u1',
      from: '2026-01-01',
      to: '2026-03-31',
      stale: true,
      due: true,
    });
  });

  it('asks again when a picked filter changes, but not while the search text is typed', () => {
    const form = createLeadFilterForm();
    const search = vi.fn();
    onFilterChange(form, search);
    form.controls.search.setValue('富硒');
    expect(search).not.toHaveBeenCalled();
    form.controls.stale.setValue(true);
    form.controls.industryCode.setValue('SELENIUM_WATER');
    expect(search).toHaveBeenCalledTimes(2);
  });

  it('moves forward to any later stage up to 洽谈, back one step, never out of 签约', () => {
    expect(forwardStages('Clue')).toEqual(['Contact', 'Visit', 'Negotiation']);
    expect(forwardStages('Visit')).toEqual(['Negotiation']);
    expect(forwardStages('Negotiation')).toEqual([]);
    expect(forwardStages('Abandoned')).toEqual([]);
    expect(forwardStages('Contracted')).toEqual([]);
    expect(backStage('Clue')).toBeNull();
    expect(backStage('Negotiation')).toBe('Visit');
    expect(backStage('Abandoned')).toBeNull();
    expect(backStage('Contracted')).toBeNull();
  });

  it('offers the actions by stage, and none to whoever may not edit the lead', () => {
    expect(leadActions(leadDto({ stage: 'Negotiation' }), false)).toEqual({
      forward: [],
      back: 'Visit',
      abandon: true,
      reactivate: false,
      sign: true,
      edit: true,
      assign: false,
    });
    expect(leadActions(leadDto({ stage: 'Abandoned' }), true)).toMatchObject({
      forward: [],
      abandon: false,
      reactivate: true,
      sign: false,
      assign: true,
    });
    expect(leadActions(leadDto({ stage: 'Contracted' }), true)).toMatchObject({
      abandon: false,
      sign: false,
      assign: false,
      edit: true,
    });
    expect(leadActions(leadDto({ stage: 'Clue', canEdit: false }), true)).toEqual({
      forward: [],
      back: null,
      abandon: false,
      reactivate: false,
      sign: false,
      edit: false,
      assign: false,
    });
  });

  it('stops an abandoned lead, in error, at the step it was abandoned from', () => {
    const { stageChanges } = leadDetail();
    expect(leadSteps('Contact', stageChanges)).toEqual({ current: 1, status: 'process' });
    expect(leadSteps('Contracted', stageChanges)).toEqual({ current: 4, status: 'finish' });
    const abandoned = [
      ...stageChanges,
      {
        from: 'Contact' as const,
        to: 'Abandoned' as const,
        toName: '放弃',
        reason: '企业转投外省',
        by: '张三',
        atUtc: '2026-04-20T02:00:00Z',
      },
    ];
    expect(leadSteps('Abandoned', abandoned)).toEqual({ current: 1, status: 'error' });
    expect(leadSteps('Abandoned', [])).toEqual({ current: 0, status: 'error' });
  });

  it('keeps the reminders of the last 7 days, newest first', () => {
    const reminder = (id: string, createdAtUtc: string): LeadReminderDto => ({
      id,
      leadId: 'l1',
      kind: 'NextActionDue',
      dueOn: '2026-05-06',
      text: '下一步到期',
      emailed: false,
      createdAtUtc,
    });
    const now = new Date('2026-05-10T00:00:00Z');
    expect(
      recentReminders(
        [
          reminder('old', '2026-05-01T00:00:00Z'),
          reminder('a', '2026-05-04T00:00:00Z'),
          reminder('b', '2026-05-09T00:00:00Z'),
        ],
        now,
      ).map((r) => r.id),
    ).toEqual(['b', 'a']);
  });

  it('shows rates as percents with one decimal', () => {
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(0.6667)).toBe('66.7%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(null)).toBe('—');
  });
});
