import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GenerateSource } from '../../src/domain/runs.js';
import { generateCompletion, generationMessages } from '../../src/evaluation/generateCompletion.js';
import { ModelClient } from '../../src/models/modelClient.js';
import { FakeLlmServer } from '../support/fake-llm/server.js';
import { fakeRegistry } from '../models/fakeProvider.js';

const source = (overrides: Partial<GenerateSource> = {}): GenerateSource => ({
  type: 'generate',
  models: ['fake/model-a'],
  ...overrides,
});

describe('generationMessages', () => {
  const system = { role: 'system' as const, content: 'Be brief.' };

  it('sends a string input as the user turn, after the source messages', () => {
    expect(generationMessages(source({ messages: [system] }), 'Hi')).toEqual([
      system,
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('sends a transcript input as it is', () => {
    const transcript = [
      { role: 'user' as const, content: 'Hi' },
      { role: 'assistant' as const, content: 'Hello' },
      { role: 'user' as const, content: 'Bye' },
    ];
    expect(generationMessages(source({ messages: [system] }), transcript)).toEqual([system, ...transcript]);
  });

  it('renders the prompt template over the input and metadata instead', () => {
    expect(
      generationMessages(source({ prompt: 'Translate to {{metadata.lang}}: {{input}}' }), 'cheese', {
        lang: 'French',
      }),
    ).toEqual([{ role: 'user', content: 'Translate to French: cheese' }]);
  });
});

describe('generateCompletion', () => {
  let server: FakeLlmServer;
  let client: ModelClient;
  beforeAll(async () => {
    server = await FakeLlmServer.start({ port: 0 });
    client = new ModelClient(fakeRegistry(server));
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it("calls the model with the source's parameters and returns its reply", async () => {
    const reply = await generateCompletion(client, {
      slug: 'fake/model-a',
      source: source({
        messages: [{ role: 'system', content: 'Be brief.' }],
        inference_params: { temperature: 0.3 },
      }),
      input: 'Name a colour.',
    });
    expect(reply).toMatchObject({ text: 'echo(model-a): Name a colour.', model: 'model-a', cached: false });
    expect(server.requests[0]!.body).toMatchObject({
      model: 'model-a',
      temperature: 0.3,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Name a colour.' },
      ],
    });
  });
});
