import { FormControl, FormGroup, Validators } from '@angular/forms';
import { revealErrors } from './reveal-errors';

describe('revealErrors', () => {
  it('marks every control of an invalid form dirty and reports it', () => {
    const form = new FormGroup({
      name: new FormControl('', Validators.required),
      code: new FormControl('x'),
    });

    expect(revealErrors(form)).toBe(true);
    expect(form.controls.name.dirty).toBe(true);
    expect(form.controls.code.dirty).toBe(true);
  });

  it('leaves a valid form untouched', () => {
    const form = new FormGroup({ name: new FormControl('张三', Validators.required) });

    expect(revealErrors(form)).toBe(false);
    expect(form.controls.name.dirty).toBe(false);
  });
});
