import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { estimateTokens } from './deterministic.js';
import { readBody, sendError, sendJson } from './http-io.js';

/** Dimensions of the fake's embeddings: enough for similar texts to come out similar. */
const DIMENSIONS = 64;

/**
 * A deterministic embedding: hashed counts of the text's lower-cased character
 * trigrams. Equal texts get equal vectors (cosine 1), texts sharing most trigrams
 * near ones, unrelated texts low ones, so tests can predict cosine graders.
 */
export function fakeEmbedding(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  const padded = `  ${text.toLowerCase()}  `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    const slot =
      createHash('sha256')
        .update(padded.slice(i, i + 3))
        .digest()
        .readUInt32BE(0) % DIMENSIONS;
    vector[slot]! += 1;
  }
  return vector;
}

/** `POST /v1/embeddings`: OpenAI's shape, one vector per input string. */
export async function handleEmbeddings(req: IncomingMessage, res: ServerResponse): Promise<void> {
  let body: { model?: unknown; input?: unknown };
  try {
    body = JSON.parse(await readBody(req)) as typeof body;
  } catch {
    await sendError(res, 400, {
      message: 'fake-llm: malformed JSON',
      type: 'invalid_request_error',
      code: null,
    });
    return;
  }
  const inputs = typeof body.input === 'string' ? [body.input] : body.input;
  if (
    typeof body.model !== 'string' ||
    !Array.isArray(inputs) ||
    !inputs.every((i) => typeof i === 'string')
  ) {
    await sendError(res, 400, {
      message: 'fake-llm: embeddings need a model and input (a string or a list of strings)',
      type: 'invalid_request_error',
      code: null,
    });
    return;
  }
  const tokens = inputs.reduce((sum, text: string) => sum + estimateTokens(text), 0);
  await sendJson(res, 200, {
    object: 'list',
    model: body.model,
    data: inputs.map((text: string, index) => ({
      object: 'embedding',
      index,
      embedding: fakeEmbedding(text),
    })),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}
