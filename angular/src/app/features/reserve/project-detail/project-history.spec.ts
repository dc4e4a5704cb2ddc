import { TestBed } from '@angular/core/testing';
import { TranslateService, provideTranslateService } from '@ngx-translate/core';
import { ProjectHistory, historyChanges } from './project-history';

describe('historyChanges', () => {
  it('lists the fields whose value changed, with before and after', () => {
    expect(
      historyChanges(
        '{"before":{"Name":"乐都路","State":"Reserve","Code":null},"after":{"Name":"乐都路改造","State":"PreConstruction","Code":null}}',
      ),
    ).toEqual([
      { field: 'name', before: '乐都路', after: '乐都路改造' },
      { field: 'state', before: 'Reserve', after: 'PreConstruction' },
    ]);
  });

  it('handles a side that is missing (creation) and unreadable text', () => {
    expect(historyChanges('{"after":{"name":"湟中路"}}')).toEqual([
      { field: 'name', before: null, after: '湟中路' },
    ]);
    expect(historyChanges('not json')).toEqual([]);
    expect(historyChanges(null)).toEqual([]);
  });
});

describe('ProjectHistory', () => {
  it('renders time in Asia/Shanghai, the user, the action and 字段: 旧值 → 新值', async () => {
    TestBed.configureTestingModule({
      imports: [ProjectHistory],
      providers: [provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      reserve: {
        wanUnit: '万元',
        fields: { state: '状态', totalInvestment: '总投资' },
        states: { Reserve: '储备', PreConstruction: '前期' },
        history: { actions: { update: '修改' } },
      },
    });
    translate.use('zh-CN');
    const fixture = TestBed.createComponent(ProjectHistory);
    fixture.componentRef.setInput('entries', [
      {
        time: '2025-03-31T16:30:00Z',
        userName: '张三',
        action: 'Update',
        changes:
          '{"before":{"state":"Reserve","totalInvestment":100000000},"after":{"state":"PreConstruction","totalInvestment":123456700}}',
        detail: null,
      },
    ]);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('2025-04-01 00:30');
    expect(el.textContent).toContain('张三');
    expect(el.textContent).toContain('修改');
    const rows = [...el.querySelectorAll('[data-testid="history-change"]')].map((row) =>
      row.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['状态: 储备 → 前期', '总投资: 10,000.00 万元 → 12,345.67 万元']);
  });
});

describe('historyChanges bookkeeping', () => {
  it('leaves out the id, stamps and search keys the server records with every change', () => {
    const changes = historyChanges(
      JSON.stringify({
        before: null,
        after: {
          Id: 'x',
          ConcurrencyStamp: 's',
          NormalizedName: 'n',
          CreatedAtUtc: 't',
          Name: '乐都路',
        },
      }),
    );
    expect(changes.map((c) => c.field)).toEqual(['name']);
  });
});

describe('ProjectHistory names', () => {
  it('shows sector, department and town names, enum labels, months and funding sources instead of codes', async () => {
    TestBed.configureTestingModule({
      imports: [ProjectHistory],
      providers: [provideTranslateService()],
    });
    const translate = TestBed.inject(TranslateService);
    translate.setTranslation('zh-CN', {
      reserve: {
        wanUnit: '万元',
        fields: {
          sectorCode: '行业领域',
          responsibleDepartmentId: '责任部门',
          townId: '所在乡镇',
          maturity: '成熟度',
          plannedStart: '计划开工',
          fundingSources: '资金来源',
        },
        maturities: { Planning: '谋划', Mature: '成熟' },
        channels: { SpecialBonds: '地方政府专项债券' },
        funding: { yes: '已落实', no: '未落实' },
        history: { actions: { update: '修改' } },
      },
    });
    translate.use('zh-CN');
    const fixture = TestBed.createComponent(ProjectHistory);
    fixture.componentRef.setInput('sectors', [
      { code: 'TRANSPORT', name: '交通' },
      { code: 'MUNICIPAL', name: '市政' },
    ]);
    fixture.componentRef.setInput('departments', [
      { id: 'd1', name: '区交通运输局', isTown: false },
      { id: 't1', name: '平安镇', isTown: true },
    ]);
    fixture.componentRef.setInput('entries', [
      {
        time: '2026-03-01T00:00:00Z',
        userName: 'fgw',
        action: 'Update',
        changes: JSON.stringify({
          before: {
            SectorCode: 'MUNICIPAL',
            ResponsibleDepartmentId: 'dx',
            TownId: null,
            Maturity: 'Planning',
            PlannedStart: '2026-03-01',
            FundingSources: [],
          },
          after: {
            SectorCode: 'TRANSPORT',
            ResponsibleDepartmentId: 'd1',
            TownId: 't1',
            Maturity: 'Mature',
            PlannedStart: '2026-05-01',
            FundingSources: [
              { Channel: 'SpecialBonds', Amount: 60000000, IsSecured: true, Note: null },
            ],
          },
        }),
        detail: null,
      },
    ]);
    await fixture.whenStable();
    const rows = [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll('[data-testid="history-change"]'),
    ].map((row) => row.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      '行业领域: 市政 → 交通',
      '责任部门: dx → 区交通运输局',
      '所在乡镇: — → 平安镇',
      '成熟度: 谋划 → 成熟',
      '计划开工: 2026-03 → 2026-05',
      '资金来源: — → 地方政府专项债券 6,000.00 万元（已落实）',
    ]);
  });
});
