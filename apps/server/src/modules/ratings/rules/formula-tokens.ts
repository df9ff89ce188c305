// Splits a composite formula into tokens. Category codes may contain '.', '-' or start with a digit
// (`B.1`, `2-A`), which a plain identifier syntax cannot read, so the names the caller allows are
// tried first, longest first: `B.1-2` is the category `B.1-2` when that code exists, otherwise
// `B.1 - 2`. A name that reads as a number is never taken as a name, so literals keep their meaning.

export type FormulaError = {
  zh: string;
  en: string;
  /** Index into the source (0-based). */
  position: number;
};

export type Token =
  | { kind: 'number'; value: number; text: string; pos: number }
  | { kind: 'name'; name: string; pos: number }
  | { kind: 'symbol'; symbol: Operator; pos: number }
  | { kind: 'end'; pos: number };

export type Operator = '+' | '-' | '*' | '/' | '(' | ')' | ',';

const SYMBOLS: readonly string[] = ['+', '-', '*', '/', '(', ')', ','];
const NUMBER = /^(?:\d+(?:\.\d+)?|\.\d+)/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*/;
const NUMBER_ONLY = /^(?:\d+(?:\.\d+)?|\.\d+)$/;
const IDENTIFIER_CHAR = /[A-Za-z0-9_]/;

export type TokenizeResult = { ok: true; tokens: Token[] } | { ok: false; error: FormulaError };

export function tokenize(src: string, allowedNames: readonly string[]): TokenizeResult {
  const names = [...new Set(allowedNames)]
    .filter((n) => n.length > 0 && !NUMBER_ONLY.test(n))
    .sort((a, b) => b.length - a.length);
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < src.length) {
    const ch = src[pos]!;
    if (/\s/.test(ch)) {
      pos++;
      continue;
    }
    const rest = src.slice(pos);
    const allowed = names.find((n) => rest.startsWith(n) && !IDENTIFIER_CHAR.test(rest[n.length] ?? ''));
    if (allowed !== undefined) {
      tokens.push({ kind: 'name', name: allowed, pos });
      pos += allowed.length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ kind: 'number', value: Number(number[0]), text: number[0], pos });
      pos += number[0].length;
      continue;
    }
    const identifier = IDENTIFIER.exec(rest);
    if (identifier) {
      tokens.push({ kind: 'name', name: identifier[0], pos });
      pos += identifier[0].length;
      continue;
    }
    if (SYMBOLS.includes(ch)) {
      tokens.push({ kind: 'symbol', symbol: ch as Operator, pos });
      pos++;
      continue;
    }
    return {
      ok: false,
      error: { zh: `无法识别的字符“${ch}”`, en: `Unexpected character "${ch}"`, position: pos },
    };
  }
  tokens.push({ kind: 'end', pos: src.length });
  return { ok: true, tokens };
}
