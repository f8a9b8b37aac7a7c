import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synsetLemmaNames, wordnetDictDirectory } from '../../src/graders/wordnet.js';

/**
 * The WordNet lookups without Python (test/graders/meteorNltk.test.ts compares them with NLTK's):
 * what the binary search relies on, and answers that show each of NLTK's rules.
 */
describe('WordNet 3.0 lookups', () => {
  it('reads index files whose lemmas are unique and sorted in byte order, as the binary search needs', () => {
    for (const suffix of ['noun', 'verb', 'adj', 'adv']) {
      const lemmas = readFileSync(path.join(wordnetDictDirectory(), `index.${suffix}`))
        .toString('latin1')
        .split('\n')
        .filter((line) => line.length > 0 && !line.startsWith(' '))
        .map((line) => Buffer.from(line.slice(0, line.indexOf(' ')), 'latin1'));
      expect(lemmas.length).toBeGreaterThan(4000);
      const unordered = lemmas.filter((lemma, k) => k > 0 && Buffer.compare(lemmas[k - 1]!, lemma) >= 0);
      expect(unordered).toEqual([]);
    }
  });

  it("answers as NLTK's synsets() then lemma_names() do", () => {
    expect(synsetLemmaNames('cat')).toEqual(expect.arrayContaining(['cat', 'true_cat', 'Caterpillar']));
    expect(synsetLemmaNames('geese')).toContain('goose'); // noun.exc
    expect(synsetLemmaNames('ran')).toContain('run'); // verb.exc
    expect(synsetLemmaNames('dogs')).toContain('dog'); // the suffix rule s → ''
    expect(synsetLemmaNames('Quick')).toContain('fast'); // lower-cased, adjective satellites under 'a'
    expect(synsetLemmaNames('galore')).toEqual(['galore', 'abounding']); // 'galore(ip)': the marker cut off
    expect(synsetLemmaNames('__proto__')).toEqual([]);
    expect(synsetLemmaNames('no such word')).toEqual([]);
  });
});
