import { tokenize, type FormulaError, type Operator, type Token } from './formula-tokens';

// The composite formula of a scheme ("(base - deduction) * 0.7 + evaluation * 0.3") is typed by a
// tenant administrator, so it is parsed here into closures rather than handed to eval: only numbers,
// the names the caller allows, + - * /, unary minus, parentheses, min() and max() exist.
//
// Grammar:  sum     := product (('+' | '-') product)*
//           product := unary (('*' | '/') unary)*
//           unary   := ('-' | '+') unary | primary
//           primary := number | name | fn '(' sum (',' sum)* ')' | '(' sum ')'
//
// Messages leave the position out: `error.position` carries it, and the catalogue check prefixes it.
// Division by zero gives 0: a category without points must not turn a whole ranking into NaN.
// A name missing from the variables at evaluation time counts 0 for the same reason.
// Nothing is rounded here; rounding is the caller's last step.

export type { FormulaError } from './formula-tokens';

type Vars = Record<string, number>;
type Node = (vars: Vars) => number;

export type CompiledFormula =
  { ok: true; evaluate: (vars: Vars) => number; names: string[] } | { ok: false; error: FormulaError };

const FUNCTIONS: Record<string, (args: number[]) => number> = {
  min: (args) => Math.min(...args),
  max: (args) => Math.max(...args),
};

class FormulaSyntaxError extends Error {
  constructor(readonly detail: FormulaError) {
    super(detail.en);
  }
}

function describe(t: Token): string {
  if (t.kind === 'number') return t.text;
  if (t.kind === 'name') return t.name;
  if (t.kind === 'symbol') return t.symbol;
  return '';
}

function unexpected(t: Token): FormulaSyntaxError {
  if (t.kind === 'end') {
    return new FormulaSyntaxError({ zh: '公式不完整', en: 'The formula ends too early', position: t.pos });
  }
  const text = describe(t);
  return new FormulaSyntaxError({
    zh: `此处不应出现“${text}”`,
    en: `Unexpected "${text}"`,
    position: t.pos,
  });
}

class Parser {
  private index = 0;
  readonly used: string[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly allowed: ReadonlySet<string>,
  ) {}

  parse(): Node {
    if (this.peek().kind === 'end') {
      throw new FormulaSyntaxError({ zh: '公式为空', en: 'The formula is empty', position: 0 });
    }
    const node = this.sum();
    const rest = this.peek();
    if (rest.kind !== 'end') throw unexpected(rest);
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index]!;
  }

  private next(): Token {
    const t = this.tokens[this.index]!;
    if (t.kind !== 'end') this.index++;
    return t;
  }

  private accept(symbol: Operator): boolean {
    const t = this.peek();
    if (t.kind === 'symbol' && t.symbol === symbol) {
      this.index++;
      return true;
    }
    return false;
  }

  private sum(): Node {
    let left = this.product();
    for (;;) {
      if (this.accept('+')) {
        const [a, b] = [left, this.product()];
        left = (v) => a(v) + b(v);
      } else if (this.accept('-')) {
        const [a, b] = [left, this.product()];
        left = (v) => a(v) - b(v);
      } else return left;
    }
  }

  private product(): Node {
    let left = this.unary();
    for (;;) {
      if (this.accept('*')) {
        const [a, b] = [left, this.unary()];
        left = (v) => a(v) * b(v);
      } else if (this.accept('/')) {
        const [a, b] = [left, this.unary()];
        left = (v) => {
          const divisor = b(v);
          return divisor === 0 ? 0 : a(v) / divisor;
        };
      } else return left;
    }
  }

  private unary(): Node {
    if (this.accept('-')) {
      const operand = this.unary();
      return (v) => -operand(v);
    }
    if (this.accept('+')) return this.unary();
    return this.primary();
  }

  private primary(): Node {
    const t = this.next();
    if (t.kind === 'number') return () => t.value;
    if (t.kind === 'symbol' && t.symbol === '(') {
      const inner = this.sum();
      this.closeParen(t);
      return inner;
    }
    if (t.kind === 'name') {
      const after = this.peek();
      if (after.kind === 'symbol' && after.symbol === '(') return this.call(t);
      if (!this.allowed.has(t.name)) throw this.unknownName(t);
      if (!this.used.includes(t.name)) this.used.push(t.name);
      const name = t.name;
      return (v) => v[name] ?? 0;
    }
    throw unexpected(t);
  }

  private call(t: Token & { kind: 'name' }): Node {
    const fn = FUNCTIONS[t.name.toLowerCase()];
    if (!fn) {
      throw new FormulaSyntaxError({
        zh: `未知的函数“${t.name}”（可用 min、max）`,
        en: `Unknown function "${t.name}" (min and max are available)`,
        position: t.pos,
      });
    }
    const open = this.next();
    if (this.accept(')')) {
      throw new FormulaSyntaxError({
        zh: `${t.name}() 至少需要一个参数`,
        en: `${t.name}() needs at least one argument`,
        position: t.pos,
      });
    }
    const args: Node[] = [this.sum()];
    while (this.accept(',')) args.push(this.sum());
    this.closeParen(open);
    return (v) => fn(args.map((a) => a(v)));
  }

  private closeParen(open: Token): void {
    if (this.accept(')')) return;
    const t = this.peek();
    if (t.kind !== 'end') throw unexpected(t);
    throw new FormulaSyntaxError({
      zh: '“(”缺少对应的“)”',
      en: 'The "(" is never closed',
      position: open.pos,
    });
  }

  private unknownName(t: Token & { kind: 'name' }): FormulaSyntaxError {
    const known = [...this.allowed];
    return new FormulaSyntaxError({
      zh: `名称“${t.name}”未定义（可用：${known.join('、')}）`,
      en: `Unknown name "${t.name}" (available: ${known.join(', ')})`,
      position: t.pos,
    });
  }
}

export function compileFormula(src: string, allowedNames: readonly string[]): CompiledFormula {
  const tokens = tokenize(src, allowedNames);
  if (!tokens.ok) return tokens;
  const parser = new Parser(tokens.tokens, new Set(allowedNames));
  try {
    const root = parser.parse();
    return { ok: true, evaluate: (vars) => root(vars), names: parser.used };
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return { ok: false, error: e.detail };
    throw e;
  }
}
