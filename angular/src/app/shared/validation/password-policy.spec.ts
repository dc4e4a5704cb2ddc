import { FormControl, FormGroup } from '@angular/forms';
import { matchesField, passwordPolicy } from './password-policy';

const check = (value: string) => passwordPolicy(new FormControl(value));

describe('passwordPolicy', () => {
  it('accepts 8+ characters from at least three character classes', () => {
    expect(check('Abcdefg1')).toBeNull();
    expect(check('abcdef1!')).toBeNull();
    expect(check('ABCDEF1!')).toBeNull();
  });

  it('rejects short passwords and passwords with fewer than three classes', () => {
    expect(check('Ab1!')).toEqual({ passwordLength: { requiredLength: 8 } });
    expect(check('abcdefgh1')).toEqual({ passwordClasses: true });
    expect(check('ABCDefgh')).toEqual({ passwordClasses: true });
  });

  it('leaves the empty value to the required validator', () => {
    expect(check('')).toBeNull();
  });
});

describe('matchesField', () => {
  it('flags a confirmation that differs from the new password', () => {
    const form = new FormGroup({
      newPassword: new FormControl('Abcdefg1'),
      confirm: new FormControl('Abcdefg2', matchesField('newPassword')),
    });
    form.controls.confirm.updateValueAndValidity();
    expect(form.controls.confirm.errors).toEqual({ mismatch: true });
    form.controls.confirm.setValue('Abcdefg1');
    expect(form.controls.confirm.errors).toBeNull();
  });
});
