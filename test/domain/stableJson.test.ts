import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/domain/stableJson.js';

/** The key the first version of stableJson gave the request below (checked against it). */
const EXPECTED_KEY = '46a325ef4617c4fca6ec82dee5a9972f8bf8787c2b92b8ea63aef9fc713b223f';

describe('stableJson', () => {
  it('sorts keys at every depth and drops undefined fields, as JSON otherwise would', () => {
    expect(stableJson({ b: 1, a: { d: [3, { z: null, y: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":"x","z":null}]},"b":1}',
    );
    expect(stableJson([undefined, 'é', 1.5, true])).toBe('[null,"é",1.5,true]');
    expect(stableJson({})).toBe('{}');
    expect(stableJson({ only: undefined })).toBe('{}');
    expect(stableJson(undefined)).toBe('null');
    // Code-unit order, not locale order: upper case before lower case, "10" before "9".
    expect(stableJson({ b: 0, B: 0, 9: 0, 10: 0, é: 0, '\u{1F600}': 0 })).toBe(
      '{"10":0,"9":0,"B":0,"b":0,"é":0,"\u{1F600}":0}',
    );
    expect(stableJson({ 'a"b': 'q"' })).toBe('{"a\\"b":"q\\""}');
  });

  it('keeps the response cache keys of earlier versions: the same text for the same request', () => {
    // A model request as the cache key hashes it; its hash was computed by the first version.
    const request = {
      v: 1,
      base_url: 'http://127.0.0.1:9/v1',
      model: 'gpt-test',
      api_type: 'chat',
      messages: [
        { role: 'system', content: 'Grade it.' },
        { role: 'user', content: 'Question 1: which region?', name: undefined },
      ],
      params: { temperature: 0, max_tokens: 64, seed: undefined },
      scope: 'run_01',
    };
    expect(createHash('sha256').update(stableJson(request)).digest('hex')).toBe(EXPECTED_KEY);
  });
});
