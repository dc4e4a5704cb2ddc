import { commentRequired, edgesOf, layersOf, layout } from './approvals-model';

const filing = [
  { code: 'FILING', prerequisites: [] },
  { code: 'EIA', prerequisites: ['FILING'] },
  { code: 'LAND', prerequisites: ['FILING'] },
  { code: 'PLANNING_PERMIT', prerequisites: ['EIA', 'LAND'] },
  { code: 'CONSTRUCTION_PERMIT', prerequisites: ['PLANNING_PERMIT'] },
  { code: 'SIDE', prerequisites: ['FILING', 'CONSTRUCTION_PERMIT'] },
];

describe('approvals model', () => {
  it('puts each step one layer after its deepest prerequisite', () => {
    expect(Object.fromEntries(layersOf(filing))).toEqual({
      FILING: 0,
      EIA: 1,
      LAND: 1,
      PLANNING_PERMIT: 2,
      CONSTRUCTION_PERMIT: 3,
      SIDE: 4,
    });
  });

  it('lays parallel steps out one below the other in the same column', () => {
    const { nodes, width } = layout(filing);
    const eia = nodes.find((n) => n.code === 'EIA')!;
    const land = nodes.find((n) => n.code === 'LAND')!;
    expect(eia.x).toBe(land.x);
    expect(land.y).toBeGreaterThan(eia.y);
    expect(width).toBe(5 * 168 + 4 * 56);
  });

  it('marks only the edges between consecutive critical steps', () => {
    const edges = edgesOf(filing, ['LAND', 'PLANNING_PERMIT', 'CONSTRUCTION_PERMIT']);
    expect(edges.filter((e) => e.critical).map((e) => `${e.from}>${e.to}`)).toEqual([
      'LAND>PLANNING_PERMIT',
      'PLANNING_PERMIT>CONSTRUCTION_PERMIT',
    ]);
  });

  it('asks for a comment when returning or refusing', () => {
    expect(commentRequired('Approve')).toBe(false);
    expect(commentRequired('Return')).toBe(true);
    expect(commentRequired('Reject')).toBe(true);
  });
});
