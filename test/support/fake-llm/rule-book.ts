import type { FakeReply, FakeRequest, RuleMatch, RuleReply } from './types.js';

interface Rule {
  match: RuleMatch;
  reply: RuleReply;
}

export class RuleBook {
  private rules: Rule[] = [];

  add(match: RuleMatch, reply: RuleReply): void {
    this.rules.push({ match, reply });
  }

  clear(): void {
    this.rules = [];
  }

  /** Models named by rules count as known, so /v1/models lists them and strict mode accepts them. */
  modelNames(): string[] {
    return this.rules.map((rule) => rule.match.model).filter((model) => typeof model === 'string');
  }

  /** Later rules win, so a test can override a broad rule set up earlier. */
  async replyFor(req: FakeRequest): Promise<FakeReply | undefined> {
    const rule = this.rules.findLast((candidate) => matches(candidate.match, req));
    if (!rule) return undefined;
    const { reply } = rule;
    if (typeof reply === 'function')
      return (reply as (req: FakeRequest) => FakeReply | Promise<FakeReply>)(req);
    return { content: typeof reply === 'string' ? reply : JSON.stringify(reply) };
  }
}

function matches(match: RuleMatch, req: FakeRequest): boolean {
  if (match.endpoint !== undefined && match.endpoint !== req.endpoint) return false;
  if (match.model !== undefined && !patternMatches(match.model, req.model, 'exact')) return false;
  if (match.prompt !== undefined && !patternMatches(match.prompt, req.promptText, 'substring')) return false;
  return true;
}

function patternMatches(pattern: string | RegExp, value: string, stringMode: 'exact' | 'substring'): boolean {
  if (typeof pattern === 'string')
    return stringMode === 'exact' ? value === pattern : value.includes(pattern);
  // A /g or /y regex remembers where it stopped; without a reset it would fail every other call.
  pattern.lastIndex = 0;
  return pattern.test(value);
}
