import en from '../../../../public/i18n/en.json';
import zh from '../../../../public/i18n/zh-CN.json';

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      keys(child, prefix ? `${prefix}.${key}` : key),
    );
  }
  return [prefix];
}

describe('translation files', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });

  it('have no empty texts', () => {
    const empty = (dict: unknown) =>
      keys(dict).filter((key) => !key.split('.').reduce<any>((node, part) => node[part], dict));
    expect(empty(zh)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('carry the fixed Chinese labels the spec names', () => {
    expect(zh.app.title).toBe('投资项目全流程管理系统');
    expect(en.app.title).toBe('Investment Pipeline');
    expect(zh.errors.forbidden).toBe('没有权限执行此操作');
    expect(zh.errors.concurrency).toBe('该记录已被他人修改，请刷新后重试');
    expect(zh.common.underConstruction).toBe('本模块正在建设中');
  });
});
