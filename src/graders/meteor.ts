import { porterStem } from './porterStemmer.js';
import { synsetLemmaNames } from './wordnet.js';

/**
 * NLTK 3.9.1's `single_meteor_score(reference.split(), hypothesis.split())` with its defaults
 * (nltk/translate/meteor_score.py): words lower-cased, aligned in three stages — exact words,
 * then Porter stems (NLTK_EXTENSIONS), then WordNet 3.0 synonyms — and scored with alpha 0.9,
 * beta 3, gamma 0.5. Each stage is NLTK's greedy pass, not an optimal alignment: hypothesis words
 * from the last to the first, each taking the last still unmatched reference word it matches.
 * That order decides which words pair up, hence the chunk count, so it is kept exactly.
 */

const ALPHA = 0.9;
const BETA = 3;
const GAMMA = 0.5;

/** What Python's `str.split()` separates on (`str.isspace()`); JavaScript's \s differs (U+001C–U+001F, U+0085, U+FEFF). */
const PYTHON_WHITESPACE = new Set(
  Array.from(
    '\t\n\v\f\r\u001c\u001d\u001e\u001f \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005' +
      '\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
  ),
);

/** Python's `text.split()`: runs of whitespace separate, none at either end makes an empty word. */
export function pythonSplit(text: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const character of text) {
    if (!PYTHON_WHITESPACE.has(character)) word += character;
    else if (word.length > 0) {
      words.push(word);
      word = '';
    }
  }
  if (word.length > 0) words.push(word);
  return words;
}

/** A word with its position in its sentence (NLTK's enumerated lists). */
interface Positioned {
  index: number;
  word: string;
}
/** [hypothesis position, reference position]. */
type Match = [number, number];

/**
 * NLTK's greedy pass (`_match_enums`, `_enum_wordnetsyn_match`): for each hypothesis word from
 * the last, the last unmatched reference word it `matches`; both leave their lists.
 */
function greedyMatch(
  hypothesis: Positioned[],
  reference: Positioned[],
  matcher: (hypothesisWord: string) => (referenceWord: string) => boolean,
): Match[] {
  const matched: Match[] = [];
  for (let i = hypothesis.length - 1; i >= 0; i--) {
    if (reference.length === 0) break; // nothing left to match: NLTK's remaining iterations find nothing
    const matches = matcher(hypothesis[i]!.word);
    for (let j = reference.length - 1; j >= 0; j--) {
      if (matches(reference[j]!.word)) {
        matched.push([hypothesis[i]!.index, reference[j]!.index]);
        hypothesis.splice(i, 1);
        reference.splice(j, 1);
        break;
      }
    }
  }
  return matched;
}

const sameWord = (hypothesisWord: string) => (referenceWord: string) => referenceWord === hypothesisWord;

/** A reference word matches when it is the hypothesis word or one of its WordNet synonyms without an underscore. */
function synonymOf(hypothesisWord: string): (referenceWord: string) => boolean {
  const synonyms = new Set(synsetLemmaNames(hypothesisWord).filter((name) => !name.includes('_')));
  synonyms.add(hypothesisWord);
  return (referenceWord) => synonyms.has(referenceWord);
}

const stemmed = (words: Positioned[]): Positioned[] =>
  words.map(({ index, word }) => ({ index, word: porterStem(word) }));

/**
 * NLTK's `_enum_align_words`: exact matches, then stem matches among the words left, then
 * synonym matches among the words left after that — which NLTK looks up by their stems, as the
 * stem stage hands its stemmed lists on. Sorted by hypothesis position.
 */
export function alignWords(hypothesis: readonly string[], reference: readonly string[]): Match[] {
  const positioned = (words: readonly string[]) => words.map((word, index) => ({ index, word }));
  let hypothesisLeft = positioned(hypothesis);
  let referenceLeft = positioned(reference);
  const exact = greedyMatch(hypothesisLeft, referenceLeft, sameWord);
  hypothesisLeft = stemmed(hypothesisLeft);
  referenceLeft = stemmed(referenceLeft);
  const stems = greedyMatch(hypothesisLeft, referenceLeft, sameWord);
  const synonyms = greedyMatch(hypothesisLeft, referenceLeft, synonymOf);
  return [...exact, ...stems, ...synonyms].sort((a, b) => a[0] - b[0]);
}

/** NLTK's `_count_chunks`: runs of matches adjacent in both sentences. */
export function countChunks(matches: readonly Match[]): number {
  let chunks = 1;
  for (let k = 0; k + 1 < matches.length; k++) {
    const [h, r] = matches[k]!;
    const [nextH, nextR] = matches[k + 1]!;
    if (!(nextH === h + 1 && nextR === r + 1)) chunks++;
  }
  return chunks;
}

/** METEOR of a hypothesis (the sampled output) against a reference, in [0, 1]. */
export function meteorScore(hypothesisText: string, referenceText: string): number {
  const hypothesis = pythonSplit(hypothesisText).map((word) => word.toLowerCase());
  const reference = pythonSplit(referenceText).map((word) => word.toLowerCase());
  const matches = alignWords(hypothesis, reference);
  const m = matches.length;
  // NLTK returns 0 where it would divide by zero: no match, or an empty sentence.
  if (m === 0) return 0;
  const precision = m / hypothesis.length;
  const recall = m / reference.length;
  const fmean = (precision * recall) / (ALPHA * precision + (1 - ALPHA) * recall);
  const penalty = GAMMA * (countChunks(matches) / m) ** BETA;
  return (1 - penalty) * fmean;
}
