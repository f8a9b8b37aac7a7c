import { describe, expect, it } from 'vitest';
import {
  bleu,
  cosineSimilarity,
  fuzzyMatch,
  gleu,
  lcsLength,
  meteor,
  rougeL,
  rougeN,
  TextTooLongError,
} from '../../src/graders/textSimilarity.js';

/**
 * Expected values computed with the libraries OpenAI's grader documentation names
 * (rapidfuzz 3, NLTK 3.9, rouge-score 0.1.2): fuzz.ratio/100, sentence_bleu,
 * sentence_gleu, single_meteor_score (WordNet 3.0), RougeScorer F-measure.
 */
const cases = [
  {
    input: 'the cat sat on the mat',
    reference: 'the cat is on the mat',
    fuzzy: 0.9302325581395349,
    bleu: 0,
    gleu: 0.5,
    meteor: 0.8066666666666668,
    rouge1: 0.8333333333333334,
    rouge2: 0.6,
    rouge3: 0.25,
    rougeL: 0.8333333333333334,
  },
  {
    input: 'The quick brown fox jumps over the lazy dog',
    reference: 'A quick brown fox jumped over the lazy dog',
    fuzzy: 0.9176470588235294,
    bleu: 0.43167001068522526,
    gleu: 0.5333333333333333,
    meteor: 0.8880208333333333, // 'jumps' and 'jumped' share the stem 'jump'
    rouge1: 0.7777777777777778,
    rouge2: 0.625,
    rouge3: 0.42857142857142855,
    rougeL: 0.7777777777777778,
  },
  {
    input: 'Paris is the capital of France.',
    reference: 'The capital of France is Paris.',
    fuzzy: 0.6774193548387097,
    bleu: 0,
    gleu: 0.2222222222222222,
    meteor: 0.625,
    rouge1: 1,
    rouge2: 0.6,
    rouge3: 0.5,
    rougeL: 0.6666666666666666,
  },
  {
    input: 'this is a test',
    reference: 'this is a test!',
    fuzzy: 0.9655172413793103,
    bleu: 0,
    gleu: 0.6,
    meteor: 0.7361111111111112,
    rouge1: 1,
    rouge2: 1,
    rouge3: 1,
    rougeL: 1,
  },
];

describe('text similarity metrics', () => {
  for (const c of cases) {
    it(`scores "${c.input}" against "${c.reference}" as the reference libraries do`, () => {
      expect(fuzzyMatch(c.input, c.reference)).toBeCloseTo(c.fuzzy, 10);
      expect(bleu(c.input, c.reference)).toBeCloseTo(c.bleu, 10);
      expect(gleu(c.input, c.reference)).toBeCloseTo(c.gleu, 10);
      expect(meteor(c.input, c.reference)).toBeCloseTo(c.meteor, 10);
      expect(rougeN(c.input, c.reference, 1)).toBeCloseTo(c.rouge1, 10);
      expect(rougeN(c.input, c.reference, 2)).toBeCloseTo(c.rouge2, 10);
      expect(rougeN(c.input, c.reference, 3)).toBeCloseTo(c.rouge3, 10);
      expect(rougeL(c.input, c.reference)).toBeCloseTo(c.rougeL, 10);
    });
  }

  it('gives identical texts a full score and empty ones none', () => {
    const text = 'one two three four five';
    for (const metric of [fuzzyMatch, bleu, gleu, rougeL]) expect(metric(text, text)).toBeCloseTo(1, 12);
    expect(rougeN(text, text, 5)).toBe(1);
    expect(bleu('', text)).toBe(0);
    expect(rougeN('', text, 1)).toBe(0);
    expect(fuzzyMatch('', '')).toBe(1);
  });

  it("matches METEOR's stems and WordNet synonyms as NLTK does (values from NLTK 3.9.1)", () => {
    expect(meteor('a fast car', 'a quick car')).toBeCloseTo(0.9814814814814815, 12);
    expect(meteor('true_cat', 'cat')).toBeCloseTo(0.5, 12);
    // 'dogs'/'dog' by stem, 'ran'/'runs' by WordNet's exception list; 'big' misses 'large' because
    // NLTK compares synonyms with the reference word's stem ('larg').
    expect(meteor('the big dogs ran home', 'the large dog runs home')).toBeCloseTo(0.7500000000000001, 12);
  });

  it('refuses comparisons too large to bound, instead of freezing the worker', () => {
    const long = 'a'.repeat(6000);
    expect(() => lcsLength(long, long)).toThrow(TextTooLongError);
  });

  it('computes cosine similarity of embeddings', () => {
    expect(cosineSimilarity([1, 0], [0, 1])).toBe(0);
    expect(cosineSimilarity([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(cosineSimilarity([1, 1], [1, 0])).toBeCloseTo(Math.SQRT1_2, 12);
  });
});
