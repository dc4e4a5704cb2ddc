import { RankingCriterionDto } from '../../../api/models/ranking-criterion-dto';
import {
  activeWeightSum,
  criteriaForm,
  criteriaRequest,
  criterionRow,
  formatScore,
} from './ranking-model';

const criteria: RankingCriterionDto[] = [
  {
    id: 'p',
    code: 'POLICY',
    name: '政策契合度',
    weight: 60,
    kind: 'Assessed',
    isActive: true,
    sortOrder: 10,
    concurrencyStamp: 's1',
  },
  {
    id: 'm',
    code: 'MATURITY',
    name: '项目成熟度',
    weight: 40,
    kind: 'Maturity',
    isActive: true,
    sortOrder: 20,
    concurrencyStamp: 's2',
  },
  {
    id: 'o',
    code: 'OLD',
    name: '旧标准',
    weight: 30,
    kind: 'Assessed',
    isActive: false,
    sortOrder: 30,
    concurrencyStamp: 's3',
  },
];

describe('ranking model', () => {
  it('sums only the active weights', () => {
    expect(activeWeightSum(criteria)).toBe(100);
    expect(
      activeWeightSum([
        { weight: null, isActive: true },
        { weight: 5, isActive: true },
      ]),
    ).toBe(5);
  });

  it('flags the criteria form while the active weights do not total 100', () => {
    const form = criteriaForm(criteria);
    expect(form.errors).toBeNull();
    form.at(0).controls.weight.setValue(55);
    expect(form.errors).toEqual({ weightSum: 95 });
    form.push(criterionRow());
    form.at(3).patchValue({ name: '带动就业', weight: 5 });
    expect(form.errors).toBeNull();
    form.at(2).controls.isActive.setValue(true);
    expect(form.errors).toEqual({ weightSum: 130 });
  });

  it('sends each criterion with its stamp, and a new one without id', () => {
    const form = criteriaForm(criteria.slice(0, 1));
    form.push(criterionRow());
    form.at(1).patchValue({ name: ' 带动就业 ', weight: 10 });
    expect(criteriaRequest(form)).toEqual({
      criteria: [
        { id: 'p', name: '政策契合度', weight: 60, isActive: true, concurrencyStamp: 's1' },
        { id: null, name: '带动就业', weight: 10, isActive: true, concurrencyStamp: null },
      ],
    });
  });

  it('shows scores with one decimal at most', () => {
    expect(formatScore(86.5)).toBe('86.5');
    expect(formatScore(39)).toBe('39');
    expect(formatScore(33.333)).toBe('33.3');
  });
});
