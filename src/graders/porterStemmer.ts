/**
 * NLTK's `PorterStemmer()` in its default NLTK_EXTENSIONS mode (nltk 3.9.1, nltk/stem/porter.py),
 * the stemmer NLTK's METEOR matches stems with. It differs from Porter's published algorithm (and
 * from npm stemmers that implement that): a table of irregular forms, words of one or two
 * characters left alone, 'ies'/'ied' on four-letter words ('dies' → 'die'), a two-letter *o
 * condition, 'y' → 'i' only after a consonant that is not the first letter, 'alli' tried first,
 * 'bli' → 'ble', and the 'fulli' and 'logi' rules. Each step below is NLTK's, rule for rule and in
 * the same order, since the first rule whose suffix matches decides a step.
 *
 * Words are arrays of code points, as Python's strings are: lengths and positions (the
 * two-letter rules, *d, *o) then agree with NLTK's for any character, not only the BMP.
 */

type Word = readonly string[];
/** A rule's condition, on the word without the rule's suffix. */
type Condition = ((stem: Word) => boolean) | null;
/** [suffix, replacement, condition]; the suffix '*d' also matches any double consonant. */
type Rule = readonly [suffix: string, replacement: string, condition: Condition];

/** NLTK_EXTENSIONS' irregular forms: the word on the right of each entry stems to the one on the left. */
const IRREGULAR_FORMS: Record<string, readonly string[]> = {
  sky: ['sky', 'skies'],
  die: ['dying'],
  lie: ['lying'],
  tie: ['tying'],
  news: ['news'],
  inning: ['innings', 'inning'],
  outing: ['outings', 'outing'],
  canning: ['cannings', 'canning'],
  howe: ['howe'],
  proceed: ['proceed'],
  exceed: ['exceed'],
  succeed: ['succeed'],
};
const POOL = new Map(
  Object.entries(IRREGULAR_FORMS).flatMap(([stem, forms]) => forms.map((form) => [form, stem] as const)),
);

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/**
 * Whether each letter is a consonant: 'y' is one at the start or after a vowel, a vowel after a
 * consonant. NLTK's recursive definition, computed left to right in one pass (a long run of 'y's
 * costs linear time, not quadratic, and no stack).
 */
function consonants(word: Word): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i < word.length; i++) {
    const letter = word[i]!;
    flags.push(VOWELS.has(letter) ? false : letter === 'y' ? i === 0 || !flags[i - 1] : true);
  }
  return flags;
}

const isConsonant = (word: Word, i: number): boolean => consonants(word.slice(0, i + 1))[i]!;

/** Porter's m: how many vowel-consonant boundaries the word has. */
function measure(stem: Word): number {
  const flags = consonants(stem);
  let m = 0;
  for (let i = 0; i + 1 < flags.length; i++) if (!flags[i] && flags[i + 1]) m++;
  return m;
}

const hasPositiveMeasure = (stem: Word) => measure(stem) > 0;
const measureAboveOne = (stem: Word) => measure(stem) > 1;

const containsVowel = (stem: Word): boolean => consonants(stem).includes(false);

/** *d: ends with two equal consonants. */
const endsDoubleConsonant = (word: Word): boolean =>
  word.length >= 2 && word.at(-1) === word.at(-2) && isConsonant(word, word.length - 1);

/** *o: consonant-vowel-consonant, the last not w, x or y; NLTK also counts a two-letter vowel-consonant. */
const endsCvc = (word: Word): boolean =>
  (word.length >= 3 &&
    isConsonant(word, word.length - 3) &&
    !isConsonant(word, word.length - 2) &&
    isConsonant(word, word.length - 1) &&
    !['w', 'x', 'y'].includes(word.at(-1)!)) ||
  (word.length === 2 && !isConsonant(word, 0) && isConsonant(word, 1));

function endsWith(word: Word, suffix: string): boolean {
  const tail = Array.from(suffix);
  if (tail.length > word.length) return false;
  return tail.every((letter, k) => word[word.length - tail.length + k] === letter);
}

/** The word without `suffix` (which it ends with), then `replacement`. */
const replaceSuffix = (word: Word, suffix: string, replacement: string): Word => [
  ...word.slice(0, word.length - Array.from(suffix).length),
  ...Array.from(replacement),
];

/** NLTK's `_apply_rule_list`: the first rule whose suffix matches applies, or stops the step when its condition fails. */
function applyRuleList(word: Word, rules: readonly Rule[]): Word {
  for (const [suffix, replacement, condition] of rules) {
    if (suffix === '*d' && endsDoubleConsonant(word)) {
      const stem = word.slice(0, -2);
      return condition === null || condition(stem) ? [...stem, ...Array.from(replacement)] : word;
    }
    if (endsWith(word, suffix)) {
      const stem = replaceSuffix(word, suffix, '');
      return condition === null || condition(stem) ? [...stem, ...Array.from(replacement)] : word;
    }
  }
  return word;
}

function step1a(word: Word): Word {
  if (endsWith(word, 'ies') && word.length === 4) return replaceSuffix(word, 'ies', 'ie');
  return applyRuleList(word, [
    ['sses', 'ss', null],
    ['ies', 'i', null],
    ['ss', 'ss', null],
    ['s', '', null],
  ]);
}

function step1b(word: Word): Word {
  if (endsWith(word, 'ied')) return replaceSuffix(word, 'ied', word.length === 4 ? 'ie' : 'i');
  if (endsWith(word, 'eed')) {
    const stem = replaceSuffix(word, 'eed', '');
    return measure(stem) > 0 ? [...stem, 'e', 'e'] : word;
  }
  const suffix = ['ed', 'ing'].find(
    (candidate) => endsWith(word, candidate) && containsVowel(replaceSuffix(word, candidate, '')),
  );
  if (suffix === undefined) return word;
  const intermediate = replaceSuffix(word, suffix, '');
  const last = intermediate.at(-1)!;
  return applyRuleList(intermediate, [
    ['at', 'ate', null],
    ['bl', 'ble', null],
    ['iz', 'ize', null],
    ['*d', last, () => !['l', 's', 'z'].includes(last)],
    ['', 'e', (stem) => measure(stem) === 1 && endsCvc(stem)],
  ]);
}

const step1c = (word: Word): Word =>
  applyRuleList(word, [['y', 'i', (stem) => stem.length > 1 && isConsonant(stem, stem.length - 1)]]);

function step2(word: Word): Word {
  // NLTK applies ALLI → AL first and, when it does, runs step 2 again on the result.
  if (endsWith(word, 'alli') && hasPositiveMeasure(replaceSuffix(word, 'alli', ''))) {
    return step2(replaceSuffix(word, 'alli', 'al'));
  }
  const rules: Rule[] = (
    [
      ['ational', 'ate'],
      ['tional', 'tion'],
      ['enci', 'ence'],
      ['anci', 'ance'],
      ['izer', 'ize'],
      ['bli', 'ble'],
      ['alli', 'al'],
      ['entli', 'ent'],
      ['eli', 'e'],
      ['ousli', 'ous'],
      ['ization', 'ize'],
      ['ation', 'ate'],
      ['ator', 'ate'],
      ['alism', 'al'],
      ['iveness', 'ive'],
      ['fulness', 'ful'],
      ['ousness', 'ous'],
      ['aliti', 'al'],
      ['iviti', 'ive'],
      ['biliti', 'ble'],
      ['fulli', 'ful'],
    ] as const
  ).map(([suffix, replacement]) => [suffix, replacement, hasPositiveMeasure]);
  // The 'l' of 'logi' stays with the stem for the measure, so 'geo-', 'theo-' stems qualify.
  rules.push(['logi', 'log', () => hasPositiveMeasure(word.slice(0, -3))]);
  return applyRuleList(word, rules);
}

const step3 = (word: Word): Word =>
  applyRuleList(
    word,
    (
      [
        ['icate', 'ic'],
        ['ative', ''],
        ['alize', 'al'],
        ['iciti', 'ic'],
        ['ical', 'ic'],
        ['ful', ''],
        ['ness', ''],
      ] as const
    ).map(([suffix, replacement]) => [suffix, replacement, hasPositiveMeasure]),
  );

const step4 = (word: Word): Word =>
  applyRuleList(
    word,
    ['al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion']
      .concat(['ou', 'ism', 'ate', 'iti', 'ous', 'ive', 'ize'])
      .map((suffix): Rule => [
        suffix,
        '',
        suffix === 'ion' ? (stem) => measure(stem) > 1 && ['s', 't'].includes(stem.at(-1)!) : measureAboveOne,
      ]),
  );

/** Both E rules are tried (unlike a rule list): m > 1, or m = 1 and not *o. */
function step5a(word: Word): Word {
  if (!endsWith(word, 'e')) return word;
  const stem = word.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : word;
}

const step5b = (word: Word): Word => applyRuleList(word, [['ll', 'l', () => measure(word.slice(0, -1)) > 1]]);

/** NLTK's `PorterStemmer().stem(word)` (which lower-cases first). */
export function porterStem(word: string): string {
  const lower = word.toLowerCase();
  // NLTK looks the irregular forms and the length up on the word as given, not lower-cased.
  const irregular = POOL.get(word);
  if (irregular !== undefined) return irregular;
  if (Array.from(word).length <= 2) return lower;
  let stem: Word = Array.from(lower);
  for (const step of [step1a, step1b, step1c, step2, step3, step4, step5a, step5b]) stem = step(stem);
  return stem.join('');
}
