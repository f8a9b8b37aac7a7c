import { isRecord } from './completion-request.js';
import type { FakeContentReply, FakeReply } from './types.js';

/**
 * Judge replies in the shapes real models get wrong: the verdict stated in prose,
 * JSON wrapped in a Markdown fence, and JSON cut off part-way (as by a token limit).
 */
export const malformedJudgeKinds = ['prose', 'fenced', 'truncated_json'] as const;
export type MalformedJudgeKind = (typeof malformedJudgeKinds)[number];

export function isMalformedJudgeKind(kind: string): kind is MalformedJudgeKind {
  return (malformedJudgeKinds as readonly string[]).includes(kind);
}

/**
 * The reply the fake would have given, reshaped. Only a judge's verdict (a JSON object
 * with a numeric score) is reshaped; any other reply, or a fault, passes unchanged.
 */
export function malformJudgeReply(kind: MalformedJudgeKind, reply: FakeReply): FakeReply {
  if ('fault' in reply) return reply;
  const verdict = judgeVerdictOf(reply);
  if (!verdict) return reply;
  const content = (text: string): FakeContentReply => ({ ...reply, content: text });
  switch (kind) {
    case 'prose':
      return content(
        `Having compared the answer with the reference, I would give it a score of ${verdict.score}. ` +
          (verdict.reasoning ?? ''),
      );
    case 'fenced':
      return content(`Here is my verdict:\n\`\`\`json\n${JSON.stringify(verdict.object, null, 2)}\n\`\`\`\n`);
    case 'truncated_json': {
      // Reasoning first (as judgment schemas ask, so models argue before scoring), cut inside it: no score survives.
      const ordered = JSON.stringify({ reasoning: verdict.reasoning ?? '', ...verdict.object });
      return content(ordered.slice(0, Math.max(1, Math.floor(ordered.indexOf('"score"') * 0.7))));
    }
  }
}

function judgeVerdictOf(
  reply: FakeContentReply,
): { object: Record<string, unknown>; score: number; reasoning: string | undefined } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(reply.content);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.score !== 'number') return null;
  const reasoning = typeof parsed.reasoning === 'string' ? parsed.reasoning : undefined;
  return { object: parsed, score: parsed.score, reasoning };
}
