import { ConstructionType } from '../api/models/construction-type';

/** 建设性质 in the order the district's sheets list them: 续建, 新建, 拟开工. */
export const CONSTRUCTION_TYPES: ConstructionType[] = ['Continuing', 'New', 'ToStart'];

/** nz-tag colour of each 建设性质. */
export const TYPE_COLORS: Record<ConstructionType, string> = {
  Continuing: 'blue',
  New: 'green',
  ToStart: 'gold',
};
