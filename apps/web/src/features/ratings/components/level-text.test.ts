import { describe, expect, it } from 'vitest';
import { levelText } from './level-text';

describe('level names', () => {
  it("prefers the scheme's labels, then stars", () => {
    const levels = [{ level: 4, zh: '优秀', en: 'Excellent' }];
    expect(levelText(4, 'zh', levels)).toBe('优秀');
    expect(levelText(4, 'en', levels)).toBe('Excellent');
    expect(levelText(3, 'zh', levels)).toBe('三星');
    expect(levelText(3, 'en')).toBe('3★');
    expect(levelText(null, 'zh')).toBe('');
  });
});
