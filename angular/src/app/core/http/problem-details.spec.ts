import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { applyProblemErrors, problemText, readProblem } from './problem-details';

const problemResponse = (body: unknown, status = 400) =>
  new HttpErrorResponse({ error: body, status });

describe('problem details', () => {
  it('reads the problem body of an HTTP error, also when it arrives as text', () => {
    expect(readProblem(problemResponse({ title: '用户名或密码错误', status: 400 }))?.title).toBe(
      '用户名或密码错误',
    );
    expect(readProblem(problemResponse('{"detail":"部门下还有用户"}'))?.detail).toBe(
      '部门下还有用户',
    );
    expect(readProblem(problemResponse('not json'))).toBeNull();
    expect(readProblem(new Error('boom'))).toBeNull();
  });

  it('prefers detail over title and falls back when there is neither', () => {
    expect(problemText({ title: 'T', detail: 'D' }, 'F')).toBe('D');
    expect(problemText({ title: 'T' }, 'F')).toBe('T');
    expect(problemText(null, 'F')).toBe('F');
  });

  it('puts field errors on the matching controls, whatever the case of the first letter', () => {
    const form = new FormGroup({
      userName: new FormControl('x'),
      newPassword: new FormControl('y'),
    });
    const unmatched = applyProblemErrors(form, {
      errors: {
        userName: ['用户名已存在'],
        NewPassword: ['密码太弱', '至少 8 位'],
        '': ['整体错误'],
        other: ['无对应字段'],
      },
    });
    expect(form.controls.userName.errors).toEqual({ server: '用户名已存在' });
    expect(form.controls.newPassword.errors).toEqual({ server: '密码太弱 至少 8 位' });
    expect(form.controls.newPassword.touched).toBe(true);
    expect(unmatched).toEqual(['整体错误', '无对应字段']);
  });

  it('marks a control the user never touched dirty before the error arrives, so the form shows it', () => {
    const form = new FormGroup({ creditCode: new FormControl('') });
    const dirtyWhenStatusChanged: boolean[] = [];
    form.controls.creditCode.statusChanges.subscribe(() =>
      dirtyWhenStatusChanged.push(form.controls.creditCode.dirty),
    );
    applyProblemErrors(form, { errors: { CreditCode: ['统一社会信用代码校验位错误'] } });
    expect(dirtyWhenStatusChanged).toEqual([true]);
    expect(form.controls.creditCode.errors).toEqual({ server: '统一社会信用代码校验位错误' });
  });
});
