import { describe, expect, it } from 'vitest';

import { maskIdentityNumber } from './maskIdentityNumber';

describe('maskIdentityNumber', () => {
  it('keeps the birth date and hides the personal number', () => {
    expect(maskIdentityNumber('01039012345')).toBe('010390*****');
    expect(maskIdentityNumber(' 17858296439 ')).toBe('178582*****');
  });

  it('never reveals the last five digits', () => {
    const masked = maskIdentityNumber('08829698278');
    expect(masked).not.toContain('98278');
    expect(masked).toHaveLength(11);
  });

  it('fully masks anything that is not an 11-digit number', () => {
    expect(maskIdentityNumber('0103901234')).toBe('**********');
    expect(maskIdentityNumber('0103901234X')).toBe('***********');
    expect(maskIdentityNumber('')).toBe('*****');
  });
});
