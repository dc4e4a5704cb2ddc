import { FormControl } from '@angular/forms';
import { notBlank } from './not-blank';

describe('notBlank', () => {
  it('counts text of only spaces as missing, and leaves real text and empty values to other validators', () => {
    expect(new FormControl('  ', notBlank).errors).toEqual({ required: true });
    expect(new FormControl(' x ', notBlank).errors).toBeNull();
    expect(new FormControl('', notBlank).errors).toBeNull();
  });
});
