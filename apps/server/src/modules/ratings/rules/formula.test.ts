import { describe, expect, it } from 'vitest';
import { compileFormula } from './formula';

const GROUPS = ['base', 'bonus', 'deduction', 'evaluation'];
const vars = { base: 80, bonus: 5, deduction: 10, evaluation: 90 };

function run(src: string, names: readonly string[] = GROUPS, values: Record<string, number> = vars): number {
  const f = compileFormula(src, names);
  if (!f.ok) throw new Error(f.error.en);
  return f.evaluate(values);
}

describe('compileFormula evaluates', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 - 4 - 3', 3],
    ['8 / 2 / 2', 2],
    ['2 * 3 + 4 * 5', 26],
    ['-2 * 3', -6],
    ['--2', 2],
    ['2 - -3', 5],
    ['-(1 + 2)', -3],
    ['+4', 4],
    ['.5 * 4', 2],
    ['1.25 * 4', 5],
    ['10 / 4', 2.5],
    ['1 / 0', 0],
    ['base / (deduction - 10)', 0],
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['min(7)', 7],
    ['MAX(1, 2)', 2],
    ['2 * -min(1, 3)', -2],
    ['max(base - deduction, 0) + min(bonus, 3)', 73],
    ['base + bonus - deduction + evaluation', 165],
    ['(base - deduction) * 0.7 + evaluation * 0.3', 76],
    ['  base\t+\n1 ', 81],
  ])('%s = %d', (src, expected) => expect(run(src)).toBeCloseTo(expected, 10));

  it('reads category codes with dots and dashes, longest name first', () => {
    const names = ['A', 'A-1', 'B.1', '2-C'];
    const values = { A: 10, 'A-1': 3, 'B.1': 4, '2-C': 5 };
    expect(run('A-1', names, values)).toBe(3);
    expect(run('A - 1', names, values)).toBe(9);
    expect(run('B.1 + 2-C', names, values)).toBe(9);
    expect(run('2-C * 2', names, values)).toBe(10);
  });

  it('keeps number literals even when a category is coded like a number', () => {
    expect(run('1 + base', ['1', 'base'], { 1: 100, base: 2 })).toBe(3);
  });

  it('lists the names it uses once, in order of appearance', () => {
    const f = compileFormula('evaluation * 0.3 + (base - deduction) * 0.7 + base', GROUPS);
    expect(f.ok && f.names).toEqual(['evaluation', 'base', 'deduction']);
  });

  it('counts a name without a value as 0', () => {
    expect(run('base + bonus', GROUPS, { base: 3 })).toBe(3);
  });

  it('does not round', () => {
    expect(run('1 / 3')).toBe(1 / 3);
  });
});

describe('compileFormula refuses', () => {
  it.each([
    ['base + foo', 7, 'Unknown name "foo"'],
    ['base2', 0, 'Unknown name "base2"'],
    ['base +', 6, 'ends too early'],
    ['(base', 0, 'never closed'],
    ['min(1, 2', 3, 'never closed'],
    ['base )', 5, 'Unexpected ")"'],
    ['base base', 5, 'Unexpected "base"'],
    ['2 $ 3', 2, 'Unexpected character "$"'],
    ['50%', 2, 'Unexpected character "%"'],
    ['1.2.3', 3, 'Unexpected ".3"'],
    ['', 0, 'empty'],
    ['   ', 0, 'empty'],
    ['foo(1)', 0, 'Unknown function "foo"'],
    ['min()', 0, 'needs at least one argument'],
    ['max(1,)', 6, 'Unexpected ")"'],
    ['1 ** 2', 3, 'Unexpected "*"'],
    ['eval("1")', 5, 'Unexpected character'],
  ])('%s at position %i', (src, position, message) => {
    const f = compileFormula(src, GROUPS);
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.error.position).toBe(position);
    expect(f.error.en).toContain(message);
    expect(f.error.zh.length).toBeGreaterThan(0);
  });

  it('names the allowed names when one is unknown, in both languages', () => {
    const f = compileFormula('base + A9', [...GROUPS, 'A1']);
    expect(f.ok).toBe(false);
    if (f.ok) return;
    expect(f.error.zh).toBe('名称“A9”未定义（可用：base、bonus、deduction、evaluation、A1）');
    expect(f.error.en).toContain('available: base, bonus, deduction, evaluation, A1');
  });
});
