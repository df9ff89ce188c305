import { passwordMeetsPolicy } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { generatePassword } from './generate-password';

describe('generatePassword', () => {
  it('always meets the shared password policy and avoids look-alike characters', () => {
    for (let i = 0; i < 200; i++) {
      const pw = generatePassword();
      expect(pw).toHaveLength(12);
      expect(passwordMeetsPolicy(pw)).toBe(true);
      expect(pw).not.toMatch(/[0O1lI]/);
    }
  });
});
