/**
 * The `calculate_output` formula of a multi grader: numbers, the sub-graders' scores
 * by name, `+ - * / ^` (power, right-associative), unary minus, parentheses and the
 * functions OpenAI documents (min, max, abs, floor, ceil, exp, sqrt, log). Parsed into
 * a tree once (a 422 at creation names the position of a mistake), then evaluated
 * per item: no `eval`, no access to anything but the numbers given.
 */

export type Formula =
  | { kind: 'number'; value: number }
  | { kind: 'variable'; name: string }
  | { kind: 'negate'; operand: Formula }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/' | '^'; left: Formula; right: Formula }
  | { kind: 'call'; name: FunctionName; args: Formula[] };

const functions = {
  min: (args: number[]) => Math.min(...args),
  max: (args: number[]) => Math.max(...args),
  abs: (args: number[]) => Math.abs(args[0]!),
  floor: (args: number[]) => Math.floor(args[0]!),
  ceil: (args: number[]) => Math.ceil(args[0]!),
  exp: (args: number[]) => Math.exp(args[0]!),
  sqrt: (args: number[]) => Math.sqrt(args[0]!),
  log: (args: number[]) => Math.log(args[0]!),
} as const;
type FunctionName = keyof typeof functions;
const variadic = new Set<FunctionName>(['min', 'max']);

export class FormulaError extends Error {
  constructor(
    message: string,
    readonly position?: number,
  ) {
    super(position === undefined ? message : `${message} (at character ${position + 1})`);
  }
}

/** Longer than any sensible formula; keeps the recursive parser's depth bounded. */
const MAX_FORMULA_LENGTH = 2000;
const MAX_DEPTH = 100;

type Token =
  { type: 'number'; value: number; at: number } | { type: 'name' | 'op'; text: string; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /(\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|[-+*/^(),])/y;
  let at = 0;
  while (at < source.length) {
    if (/\s/.test(source[at]!)) {
      at++;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(source);
    if (!match) throw new FormulaError(`unexpected character '${source[at]}'`, at);
    if (match[1] !== undefined) tokens.push({ type: 'number', value: Number(match[1]), at });
    else if (match[2] !== undefined) tokens.push({ type: 'name', text: match[2], at });
    else tokens.push({ type: 'op', text: match[3] === '**' ? '^' : match[3]!, at });
    at = pattern.lastIndex;
  }
  return tokens;
}

export function parseFormula(source: string): Formula {
  if (source.length > MAX_FORMULA_LENGTH)
    throw new FormulaError(`longer than ${MAX_FORMULA_LENGTH} characters`);
  const tokens = tokenize(source);
  let index = 0;
  const peek = () => tokens[index];
  const isOp = (text: string) => {
    const token = peek();
    return token?.type === 'op' && token.text === text;
  };
  const expectOp = (text: string) => {
    const token = peek();
    if (!isOp(text)) throw new FormulaError(`expected '${text}'`, token?.at ?? source.length);
    index++;
  };

  const expression = (depth: number): Formula => {
    if (depth > MAX_DEPTH) throw new FormulaError('nested too deeply', peek()?.at);
    let left = term(depth);
    while (isOp('+') || isOp('-')) {
      const op = (tokens[index++] as { text: '+' | '-' }).text;
      left = { kind: 'binary', op, left, right: term(depth) };
    }
    return left;
  };
  const term = (depth: number): Formula => {
    let left = unary(depth);
    while (isOp('*') || isOp('/')) {
      const op = (tokens[index++] as { text: '*' | '/' }).text;
      left = { kind: 'binary', op, left, right: unary(depth) };
    }
    return left;
  };
  const unary = (depth: number): Formula => {
    if (isOp('-')) {
      index++;
      return { kind: 'negate', operand: unary(depth + 1) };
    }
    if (isOp('+')) {
      index++;
      return unary(depth + 1);
    }
    return power(depth);
  };
  const power = (depth: number): Formula => {
    const base = primary(depth);
    if (isOp('^')) {
      index++;
      return { kind: 'binary', op: '^', left: base, right: unary(depth + 1) };
    }
    return base;
  };
  const primary = (depth: number): Formula => {
    const token = peek();
    if (!token) throw new FormulaError('unexpected end of formula', source.length);
    index++;
    if (token.type === 'number') return { kind: 'number', value: token.value };
    if (token.type === 'op') {
      if (token.text !== '(') throw new FormulaError(`unexpected '${token.text}'`, token.at);
      const inner = expression(depth + 1);
      expectOp(')');
      return inner;
    }
    if (isOp('(')) {
      if (!Object.hasOwn(functions, token.text))
        throw new FormulaError(`unknown function '${token.text}'`, token.at);
      const name = token.text as FunctionName;
      index++;
      const args: Formula[] = [];
      if (!isOp(')')) {
        args.push(expression(depth + 1));
        while (isOp(',')) {
          index++;
          args.push(expression(depth + 1));
        }
      }
      expectOp(')');
      if (variadic.has(name) ? args.length < 1 : args.length !== 1) {
        throw new FormulaError(
          `${name}() takes ${variadic.has(name) ? 'one or more arguments' : 'one argument'}`,
          token.at,
        );
      }
      return { kind: 'call', name, args };
    }
    return { kind: 'variable', name: token.text };
  };

  const formula = expression(0);
  const rest = peek();
  if (rest)
    throw new FormulaError(`unexpected '${rest.type === 'number' ? rest.value : rest.text}'`, rest.at);
  return formula;
}

/** The variable names a formula reads. */
export function formulaVariables(formula: Formula): Set<string> {
  const names = new Set<string>();
  const walk = (node: Formula): void => {
    if (node.kind === 'variable') names.add(node.name);
    else if (node.kind === 'negate') walk(node.operand);
    else if (node.kind === 'binary') {
      walk(node.left);
      walk(node.right);
    } else if (node.kind === 'call') node.args.forEach(walk);
  };
  walk(formula);
  return names;
}

/** The formula's value; a non-finite result (division by zero, log of 0) is an error, not a score. */
export function evaluateFormula(formula: Formula, variables: Readonly<Record<string, number>>): number {
  const value = (node: Formula): number => {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'variable': {
        const v = variables[node.name];
        if (v === undefined || !Object.hasOwn(variables, node.name)) {
          throw new FormulaError(`unknown variable '${node.name}'`);
        }
        return v;
      }
      case 'negate':
        return -value(node.operand);
      case 'call':
        return functions[node.name](node.args.map(value));
      case 'binary': {
        const a = value(node.left);
        const b = value(node.right);
        switch (node.op) {
          case '+':
            return a + b;
          case '-':
            return a - b;
          case '*':
            return a * b;
          case '/':
            if (b === 0) throw new FormulaError('division by zero');
            return a / b;
          case '^':
            return a ** b;
        }
      }
    }
  };
  const result = value(formula);
  if (!Number.isFinite(result))
    throw new FormulaError(`the formula's value is not a finite number (${result})`);
  return result;
}
