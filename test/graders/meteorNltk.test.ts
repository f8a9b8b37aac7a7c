// test tier: needs the Python package index (NLTK is installed with pip).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { alignWords, countChunks, meteorScore, pythonSplit } from '../../src/graders/meteor.js';
import { porterStem } from '../../src/graders/porterStemmer.js';
import { synsetLemmaNames, wordnetDictDirectory } from '../../src/graders/wordnet.js';
import { seededRandom } from '../../src/metrics/seededRandom.js';
import { repoRoot } from '../../src/stack/paths.js';
import { pythonWithModules } from '../support/pythonTools.js';

/**
 * Our METEOR against NLTK 3.9.1's `single_meteor_score` run in Python (test/graders/nltk_meteor.py)
 * on the same WordNet 3.0 files, over generated (hypothesis, reference) pairs: references drawn
 * from a small vocabulary, hypotheses made from them by keeping, inflecting, swapping for a
 * synonym, dropping, inserting and reordering words — so the exact, stem and synonym stages and
 * the fragmentation penalty all decide scores — plus odd cases (case, punctuation, Unicode
 * whitespace, empty texts). The stemmer and the WordNet lookups are compared word by word too.
 */

const random = seededRandom(20260);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Pairs whose synonym stage can match: the hypothesis word on the left, a reference word on the right. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['quick', 'fast'],
  ['fast', 'quick'],
  ['big', 'large'],
  ['large', 'big'],
  ['car', 'automobile'],
  ['buy', 'purchase'],
  ['begin', 'start'],
  ['start', 'begin'],
  ['happy', 'glad'],
  ['small', 'little'],
  ['film', 'movie'],
  ['movie', 'film'],
  ['shut', 'close'],
  ['answer', 'reply'],
  ['sick', 'ill'],
  ['rich', 'wealthy'],
  ['rock', 'stone'],
  ['stone', 'rock'],
  ['talk', 'speak'],
  ['mistake', 'error'],
  ['true_cat', 'cat'],
  ['ran', 'run'],
  ['geese', 'goose'],
  ['better', 'good'],
  ['lawyer', 'attorney'],
  ['sofa', 'couch'],
  ['hound', 'dog'],
  ['dog', 'hound'],
  ['kid', 'child'],
  ['children', 'child'],
  ['mice', 'mouse'],
  ['went', 'go'],
  ['nearly', 'almost'],
  ['simple', 'easy'],
  ['hard', 'difficult'],
  ['ship', 'boat'],
  ['road', 'route'],
  ['house', 'home'],
  ['sad', 'unhappy'],
  ['smart', 'bright'],
];

/** Words whose inflections and derivations share (or nearly share) a Porter stem. */
const INFLECTED: Record<string, readonly string[]> = {
  jump: ['jumps', 'jumped', 'jumping', 'jumper'],
  walk: ['walks', 'walked', 'walking', 'walker'],
  connect: ['connects', 'connected', 'connection', 'connecting', 'connective'],
  generate: ['generates', 'generated', 'generation', 'generator', 'generating'],
  organize: ['organizes', 'organized', 'organization', 'organizer', 'organizing'],
  happy: ['happiness', 'happily', 'happier', 'happiest'],
  nation: ['national', 'nationally', 'nationality', 'nations'],
  relate: ['related', 'relation', 'relational', 'relating', 'relates'],
  fly: ['flies', 'flying', 'flew', 'flown', 'flier'],
  die: ['dies', 'died', 'dying'],
  study: ['studies', 'studied', 'studying', 'student'],
  argue: ['argues', 'argued', 'argument', 'arguing'],
  hope: ['hopes', 'hoped', 'hopeful', 'hopefully', 'hoping'],
  run: ['runs', 'running', 'runner', 'ran'],
  city: ['cities'],
  sky: ['skies'],
  box: ['boxes', 'boxed'],
  care: ['cares', 'careful', 'carefully', 'carefulness', 'caring'],
  agree: ['agrees', 'agreed', 'agreement', 'agreeing'],
  proceed: ['proceeds', 'proceeded', 'proceeding'],
  sense: ['senses', 'sensible', 'sensitivity', 'sensational'],
  analogy: ['analogies', 'analogical', 'analogous'],
  formal: ['formality', 'formalize', 'formally', 'formalism'],
};
const INFLECTION_OF = new Map<string, readonly string[]>(Object.entries(INFLECTED));

const FUNCTION_WORDS = ['the', 'a', 'of', 'to', 'and', 'in', 'on', 'is', 'was', 'with', 'it', 'that'];
const CONTENT_WORDS = [
  ...new Set([...SYNONYMS.flat(), ...Object.keys(INFLECTED), ...Object.values(INFLECTED).flat()]),
  'table',
  'window',
  'river',
  'market',
  'yesterday',
  'quietly',
  'green',
  'paper',
  'music',
  'tree',
].filter((word) => !word.includes('_'));

function referenceSentence(): string[] {
  const length = 3 + Math.floor(random() * 12);
  return Array.from({ length }, () => (random() < 0.35 ? pick(FUNCTION_WORDS) : pick(CONTENT_WORDS)));
}

/** The word a hypothesis says for a reference word: itself, an inflection, a synonym, or another word. */
function variant(word: string): string {
  const roll = random();
  const inflections = INFLECTION_OF.get(word);
  const synonyms = SYNONYMS.filter(([, to]) => to === word).map(([from]) => from);
  if (roll < 0.45) return word;
  if (roll < 0.65 && inflections) return pick(inflections);
  if (roll < 0.85 && synonyms.length > 0) return pick(synonyms);
  if (roll < 0.92) return pick(CONTENT_WORDS);
  return word;
}

function hypothesisFrom(reference: readonly string[]): string[] {
  let words = reference.flatMap((word) => {
    if (random() < 0.1) return []; // dropped
    const said = variant(word);
    return random() < 0.1 ? [said, pick([...FUNCTION_WORDS, ...CONTENT_WORDS])] : [said];
  });
  // Reordering: a swap of two halves, or of neighbours, so matches fall into several chunks.
  const order = random();
  if (order < 0.25) {
    const cut = Math.floor(random() * words.length);
    words = [...words.slice(cut), ...words.slice(0, cut)];
  } else if (order < 0.5) {
    for (let k = 0; k + 1 < words.length; k += 2)
      if (random() < 0.5) [words[k], words[k + 1]] = [words[k + 1]!, words[k]!];
  }
  return words;
}

/** Case, separators: what reaches the grader is text, split as Python's str.split() does. */
function asText(words: readonly string[]): string {
  const separators = [' ', ' ', ' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u001f', '\u0085'];
  return words
    .map((word) =>
      random() < 0.1 ? word.toUpperCase() : random() < 0.1 ? word[0]!.toUpperCase() + word.slice(1) : word,
    )
    .join(pick(separators));
}

const generated = Array.from({ length: 260 }, () => {
  const reference = referenceSentence();
  return [asText(hypothesisFrom(reference)), asText(reference)] as [string, string];
});
/** Cases a generator would not make, each for a reason. */
const handPicked: [string, string][] = [
  ['', 'a cat'], // empty hypothesis: NLTK's zero division, 0
  ['a cat', ''],
  ['   ', '\t'],
  ['the cat sat on the mat', 'the cat sat on the mat'],
  ['the the the cat', 'the cat the'], // repeated words: which one pairs with which is NLTK's order
  ['cat the the the', 'the cat the'],
  ['The quick brown fox jumps over the lazy dog', 'A fast brown fox jumped over the lazy hound'],
  [
    'It is a guide to action which ensures that the military always obeys the commands of the party',
    'It is a guide to action that ensures that the military will forever heed Party commands',
  ],
  ['dog.', 'dog'], // punctuation stays on the word
  ['Cats', 'cat'],
  ['ran quickly', 'running quick'],
  ['ΣΟΦΟΣ naïve café', 'σοφος naive cafe'], // Python's and JavaScript's lower-casing (final sigma)
  ['İstanbul straße', 'istanbul strasse'],
  ['true_cat hombre', 'cat guy'],
  ['dies flies skies', 'die fly sky'],
  ['a\u200bb c\ufeffd', 'a\u200bb c\ufeffd'], // not whitespace to Python: one word each
  ['x\u001cy', 'x y'], // U+001C is whitespace to Python, not to JavaScript
  ['geese mice children', 'goose mouse child'],
];
const pairs = [...generated, ...handPicked];

const extraWords = [
  'generously',
  'yyyyyy',
  'ayyyyb',
  'x*ding',
  'ab',
  'Dying',
  'hardest',
  'abaci',
  'galore',
  '__proto__',
  'constructor',
];
const words = [
  ...new Set([
    ...pairs.flatMap(([h, r]) => pythonSplit(`${h} ${r}`).map((w) => w.toLowerCase())),
    ...extraWords,
  ]),
];

interface Reference {
  full: number[];
  without_synonyms: number[];
  exact_only: number[];
  stems: string[];
  lemma_names: string[][];
}

describe("METEOR equals NLTK 3.9.1's single_meteor_score", () => {
  let reference: Reference;

  beforeAll(async () => {
    const python = await pythonWithModules(['nltk'], path.join(repoRoot, 'test/metrics/requirements.txt'));
    const input = JSON.stringify({ dict: wordnetDictDirectory(), pairs, words });
    const script = path.join(repoRoot, 'test/graders/nltk_meteor.py');
    const stdout = await new Promise<string>((resolve, reject) => {
      const child = execFile(python, [script], { maxBuffer: 1 << 26 }, (error, out, err) =>
        error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out),
      );
      child.stdin!.end(input);
    });
    reference = JSON.parse(stdout) as Reference;
  }, 600_000);

  it(`scores all ${pairs.length} pairs as NLTK does, within 1e-6`, () => {
    expect(pairs.length).toBeGreaterThanOrEqual(200);
    const differing = pairs
      .map(([hypothesis, ref], k) => ({
        hypothesis,
        ref,
        ours: meteorScore(hypothesis, ref),
        nltk: reference.full[k]!,
      }))
      .filter(({ ours, nltk }) => !(Math.abs(ours - nltk) < 1e-6));
    expect(differing).toEqual([]);
  });

  it('needs every stage: stems and synonyms change many scores, and most alignments are fragmented', () => {
    const count = (test: (k: number) => boolean) => pairs.filter((_, k) => test(k)).length;
    const stemsMatter = count((k) => reference.without_synonyms[k] !== reference.exact_only[k]);
    const synonymsMatter = count((k) => reference.full[k] !== reference.without_synonyms[k]);
    const fragmented = count((k) => {
      const [hypothesis, ref] = pairs[k]!;
      const lower = (text: string) => pythonSplit(text).map((w) => w.toLowerCase());
      const matches = alignWords(lower(hypothesis), lower(ref));
      return matches.length > 0 && countChunks(matches) > 1;
    });
    expect(stemsMatter).toBeGreaterThanOrEqual(40);
    expect(synonymsMatter).toBeGreaterThanOrEqual(40);
    expect(fragmented).toBeGreaterThanOrEqual(150);
  });

  it(`stems all ${words.length} words as NLTK's PorterStemmer does`, () => {
    const differing = words
      .map((word, k) => [word, porterStem(word), reference.stems[k]])
      .filter(([, ours, nltk]) => ours !== nltk);
    expect(differing).toEqual([]);
  });

  it('finds the lemma names NLTK finds in WordNet, in its order', () => {
    const differing = words
      .map((word, k) => ({ word, ours: synsetLemmaNames(word), nltk: reference.lemma_names[k] }))
      .filter(({ ours, nltk }) => JSON.stringify(ours) !== JSON.stringify(nltk));
    expect(differing).toEqual([]);
  });
});
