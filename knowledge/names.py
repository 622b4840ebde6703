"""Find disease, cancer and symptom mentions inside a whole French sentence.

Three passes over the message, cheapest first:
1. typo repair: a token unknown to the names' vocabulary is replaced by the
   vocabulary token that sounds the same ("charko" -> "charcot") or is nearest
   in spelling (rapidfuzz), so "myopatie de duchene" reads "myopathie de duchenne";
2. exact phrases: every n-gram of the repaired message is looked up among the keys
   of all names (official, synonyms, lay names, abbreviations, English);
3. partial names: a name whose words are all present, in any order, or whose
   distinctive words are ("Duchenne" for "dystrophie musculaire de Duchenne"),
   weighted by how rare each word is. Words are compared by sound here.
"""
from __future__ import annotations

import math
import os
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .text import ANATOMY, CANCER_CUES, CANCER_WORDS, EQUIVALENT, GENERIC, SHORTHAND, STOPWORDS, concept, fold, longest_from, said_alike, sign_concept, sound, stem, tokens, verb_root
from .text import concept as name_concept

# Short English words that are also acronyms ("ARM" anorectal malformation, "WAS" Wiskott-Aldrich,
# "ALL" acute lymphoblastic leukaemia): read as acronyms only in capitals, as in French.
ENGLISH_WORDS = frozenset("""
    all and any are arm art ask bad bed big boy but can car cut day did dry ear eat end eye far fat few
    fit fly for fun gap gas get got had has her him his hot ice ill job key kid lab law lay leg let lie
    lip lot low man map may mix mom net new nor not now off oil old one our out own pay per put raw red
    run sad say sea see set sex she shy sit six sky son sun tax tea ten the tie tip toe too top toy try
    two use van war was way wet who why win yes yet you
    """.split())
# Everyday English words of a question are never typos of a name: "who treats this" is not Treacher Collins
ENGLISH_PLAIN = frozenset("""
    about after also because been before being could daughter does doctor doctors find from have help
    hospital husband into know like looking mother father need needs please should since some someone
    specialist than that their them then there these they this those treat treats treated treating what
    when where which while with would years
    """.split())
# "atteint de" is a verb ("il est atteint de ..."), "une atteinte de la rétine" a noun
_ATTEINT = frozenset(("atteint", "atteinte", "atteints", "atteintes"))
_BEFORE_A_NOUN = (["avec"], ["sans"], ["une"], ["l"], ["d"], ["son"], ["sa"], ["leur"], ["cette"], ["la"])
_NEGATION = re.compile(r"\b(?:pas|non|ni|not)\b")
# "le lymphome a été écarté", "sarcome éliminé", "lymphoma was ruled out": ruled out after it is said
_RULED_OUT = re.compile(r"(?:(?:a|ont|avait|avaient|est|sont|etait|etaient) )?(?:(?:bien|deja|aussi) )?(?:ete )?"
                        r"(?:(?:bien|deja) )?(?:ecarte|elimine|exclu)e?s?\b|(?:(?:was|were|has been|have been) )?ruled out\b")


# "éliminé" also says a disease was treated away: "son lymphome a été éliminé par la chimiothérapie"
_TREATED_AWAY = re.compile(r" (?:grace\b|(?:par|avec|sous|apres)(?: \w+){0,2}? (?:chimio|radio|chirurg|operation|traitement|"
                           r"greffe|immuno|therap|medicament|ablation|intervention|curie))")


def ruled_out_after(raw: list[str], end: int) -> bool:
    """The name that ends at `end` is said to be ruled out right after it (not treated away)."""
    said = _RULED_OUT.match(" ".join(raw[end:end + 10]))
    return bool(said) and not (said.group().endswith(("elimine", "eliminee", "elimines", "eliminees"))
                               and _TREATED_AWAY.match(said.string, said.end()))


_FAMILY = re.compile(r"famil|heredit")
_LINKED = [[w, a] for w in ("lie", "liee", "lies", "liees") for a in ("au", "a")]
_COUNTS = frozenset("deux trois quatre cinq 2 3 4 5".split())
_FAMILY_DENIED = frozenset("aucun aucune jamais sans".split())
MAX_TOKENS = 300          # a message is cut here: names sit in the first lines
MAX_NGRAM = 12
COMMON_DF = 150           # words in more names than this never propose candidates alone
NEARLY_COMMON_DF = 230    # ...except for names made only of such words, by their rarest one up to this
# (this second count holds for a base of this many curated names and grows with it: "tumeur du rein
# de l'enfant" is not silenced because cancers named "tumeur ..." were added elsewhere)
CALIBRATED_NAMES = 19_709
ONE_FAMILY = 12          # ...and a person's name in the names of at most this many diseases (their forms)
DISTINCTIVE_DF = 25       # a word in at most this many names can stand for its name
SHARED_HEAD = 8           # ...but one in at least this many ("kinase") names none beside another word
FAMILY_YIELD = 70         # a precise cancer read at least this well replaces its family
SAME_SOUND_SPELLING = 70  # a one-word name read by its sound must also be spelt close to what was typed
ONE_WORD_CONTEXT = 8      # content words in a message beyond which one ordinary word of a name is not read alone
# a number followed by one of these is a quantity: "mon fils de 12 ans" says no "facteur 12"
UNITS = frozenset(("ans", "an", "mois", "semaine", "jour", "heure", "minute", "kg", "kilo", "g", "cm", "mm"))
SMALL_WORDS = ("dans", "depuis", "alors", "donc", "avec", "comme", "comment", "quand", "car", "que", "quel", "qui",
               "quoi", "merci", "moins", "nous", "vous", "notre", "votre", "aussi", "pourquoi", "salut", "suis")
COLOURS = ("rouge", "rouges", "blanc", "blancs", "blanche", "blanches", "noir", "noirs", "noire", "noires", "bleu", "bleus",
           "bleue", "bleues", "jaune", "jaunes", "vert", "verts", "verte", "vertes", "marron", "brun", "brune", "violet",
           "violette", "violacé", "gris", "grise", "rose", "roses", "orange", "beige")
# the person a sign is about: "poumons abîmés bébé" is not read from "mes poumons sont abîmés"
WHOM = ("bébé", "bébés", "nourrisson", "nouveau-né", "enfant", "enfants", "frère", "frères", "sœur", "sœurs")
# relatives: "ma mère et ma tante" says who, never which sign (parents who are cousins do say one)
KIN = WHOM + ("mère", "père", "tante", "tantes", "oncle", "oncles", "grand-mère", "grand-père", "neveu", "nièce")
SYMBOL_READ = 92         # a lay name read by its gene symbol as written ("un gène PTPN11" for "mutation PTPN11")
PART_SPREAD = 20          # a name read in part: its words are never further apart than this
FAR_APART = 74            # every word of a name read, but far apart in a long message: a usable reading
PART_WEIGHT = 0.3          # a name read in part: the share of its weight the words said must carry
SIGN_BUT_ONE_WEIGHT = 0.6  # a sign read with all its words but one: the share of its weight they must carry
LABEL_PRIORITY = {"name": 0, "synonyms": 1, "lay": 2, "described": 2, "abbreviations": 3, "english": 4, "variants": 2}
LAY = ("lay", "described")   # everyday words: a nickname, or a description of signs
EPONYM_HEADS = {"maladie", "syndrome", "tumeur", "cancer", "carcinome", "sarcome", "neuropathie", "ataxie",
                "dystrophie", "myopathie", "anomalie", "malformation", "anemie", "amaurose", "dysplasie"}
_CAPITALISED = re.compile(r"(?<=[^.!?\s]\s)[A-ZÀ-Ý][a-zà-ÿ'-]+")   # inside a sentence, not at its start
_FIRST_CAPITAL = re.compile(r"^\s*([A-ZÀ-Ý][a-zà-ÿ'-]+)")
_SEX_CHROMOSOME = re.compile(r"\bchromosomes? ([XY])\b")
_SYMBOL = re.compile(r"\b(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d|[A-Z]{3,}\b)[A-Z0-9-]{3,}\b")   # MMUT, FMR1, STK11


_NUMERAL = re.compile(r"\d+[a-z]?|[ivx]{1,4}")   # "type 1a" is a type's number too


def _sign_but_one_size(content: list[str], present: list[str], weight: float) -> bool:
    """What a sign read with all its words but one needs first, before the costlier checks of
    Index._sign_read_but_one: three words or more, one missing, the rest weighty enough."""
    return len(content) >= 3 and len(present) == len(content) - 1 and weight >= SIGN_BUT_ONE_WEIGHT


def _family_denied(before: list[str]) -> bool:
    """ "personne n'a jamais eu ça dans ma famille", "pas de cas dans la famille": no family, not a
    family's disease ("on ne savait pas que c'était dans la famille" says there is one)."""
    # ("personne dans sa famille n'en a eu": nobody; "une personne de ma famille" is somebody)
    nobody = any(w == "personne" and i >= len(before) - 3
                 and before[i - 1:i] not in (["une"], ["la"], ["cette"], ["chaque"], ["toute"], ["seule"], ["autre"])
                 for i, w in enumerate(before))
    # ("rien dans la famille"; "rien à faire, c'est dans la famille" says there is one)
    return bool(_FAMILY_DENIED & set(before)) or nobody or "rien" in before[-3:] or any(a == "pas" and b in ("de", "d") for a, b in zip(before, before[1:]))


def _closest(positions: dict[str, list[int]], present: list[str]) -> dict[str, list[int]]:
    """Where the words of a name are read: a word said twice is read where it stands nearest
    the others ("une tumeur (…) c'est une tumeur embryonnaire qu'on voit chez les petits enfants")."""
    if all(len(positions[t]) == 1 for t in present):
        return positions
    anchor = min(present, key=lambda t: len(positions[t]))
    spans = []
    for a in positions[anchor]:
        chosen = {t: [min(positions[t], key=lambda i: (abs(i - a), i))] for t in present}
        spots = [v[0] for v in chosen.values()]
        spans.append((max(spots) - min(spots), a, chosen))
    return {**positions, **min(spans, key=lambda s: s[:2])[2]}


_TOLD = {"on", "nous", "me", "m", "lui", "leur", "vous"}


def _idioms(words: list[str]) -> list[str]:
    """Stemmed words with the idioms that say nothing of a sign left out (as function words, so
    that positions stay): the "arrêt" of "sans arrêt" says how often, not what ("j'urine sans
    arrêt" is not "arrête d'uriner"); "on nous parle de greffe" says what doctors talk about,
    not how the person speaks."""
    def idiom(i: int, w: str) -> bool:
        if w == "arret":
            return words[i - 1:i] == ["san"]
        return w.startswith("parl") and i > 0 and words[i - 1] in _TOLD and words[i + 1:i + 2] in (["de"], ["d"], ["du"], ["des"])
    return ["de" if idiom(i, w) else w for i, w in enumerate(words)]


_POSSESSIVE = frozenset("mon ma mes notre nos son sa ses leur leurs ton ta tes".split())
_PERSON = frozenset("""fils fille filles enfant enfants bebe mari femme epouse pere mere papa maman frere soeur
    neveu niece oncle tante cousin cousine grand grand-pere grand-mere conjoint compagnon compagne petit petite""".split())
_BEING = frozenset("sont est etait etaient tout toute toutes tous".split())
_FAMILY_NAMES = frozenset("maman papa mamie papi papy".split())   # "de maman": whose, without "ma"


def _whose(seq: list[str]) -> list[int]:
    """1 for the words that only say whose body is described ("de ma fille", "de maman",
    "sont tout"), so that "les os de ma fille sont tout blancs" reads as "les os tout blancs"."""
    filler = [0] * len(seq)
    for i, t in enumerate(seq):
        if t in _POSSESSIVE and i + 1 < len(seq) and seq[i + 1] in _PERSON:
            filler[i] = filler[i + 1] = 1
            if i and seq[i - 1] in ("de", "d"):
                filler[i - 1] = 1
        elif t in _BEING:
            filler[i] = 1
        elif t in _FAMILY_NAMES and i and seq[i - 1] in ("de", "d"):
            filler[i - 1] = filler[i] = 1
    return filler


def _written_as(symbol: str) -> re.Pattern:
    """A symbol as it may be written: "nphs2" or "nphs 2"."""
    parts = re.findall(r"[a-z]+|\d+", symbol)
    return re.compile(r"\b" + r"\s?".join(parts) + r"\b")


_CAPS = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_CAPITAL_WORD = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ]{2,}")
_HYPHENED = re.compile(r"([^\W\d_]{3,})-(?=([^\W\d_]{3,}))")


@lru_cache(maxsize=None)
def _persons_in(label: str) -> frozenset[str]:
    """The capitalised words of a name, folded, but its heads ("Syndrome"): its persons' names."""
    return frozenset(fold(w) for w in _CAPITAL_WORD.findall(label)) - EPONYM_HEADS


_NUMBERED = re.compile(r"([a-z]{2,5})(\d{1,3}[a-z]?)")


_LINK_WORDS = frozenset(("lie", "liee", "lies", "liees", "type", "forme"))


def _own_words_unread(m: Mention, beginning: str) -> bool:
    """None of the words a name has after its beginning ("C9orf72" in "SLA liée à C9orf72") is in
    what was read."""
    own = [t for t in tokens(m.label)[len(tokens(beginning)):] if t not in STOPWORDS and t not in _LINK_WORDS]
    read = m.matched.split()
    return bool(own) and not any(fuzz.ratio(t, r) >= 80 for t in own for r in read)


def _begins_with(longer: str, shorter: str) -> bool:
    short = tokens(shorter)
    return 0 < len(short) < len(tokens(longer)) and tokens(longer)[:len(short)] == short


def _hyphen_pairs(text: str) -> set[tuple[str, str]]:
    """The words joined by a hyphen, folded: "Meier-Gorlin" gives ("meier", "gorlin")."""
    return {(fold(a), fold(b)) for a, b in _HYPHENED.findall(text[:5000])} if "-" in text else set()


_PERSONS_JOINED = re.compile(r"\b([A-ZÀ-Ý][a-zà-ÿ]{2,})-([A-ZÀ-Ý][a-zà-ÿ]{2,})")
_PROPER = re.compile(r"(?<=[\s'’-])[A-ZÀ-Ý][a-zà-ÿ]{2,}")   # a capitalised word after the first: a person's name
_DOTTED = re.compile(r"\b((?:[A-Za-z]\.){2,})")   # "S.L.A." -> "SLA"
# an abbreviation and its type said apart: "MPS de type 2" for "MPS 2", "CMT type 2A" for "CMT2A"
_ABBR_TYPE = re.compile(r"\b([A-Z][A-Z]{1,5})\s+(?:de\s+|du\s+)?[Tt]ype\s+(\d{1,2}[A-Za-z]?|[IVX]{1,4}[A-Za-z]?)\b")


# French paperwork that shares a disease's abbreviation: "reconnu en ALD" (affection de longue
# durée, not adrenoleukodystrophy), "un PAI à l'école" (projet d'accueil individualisé, not acute
# intermittent porphyria), "un PAP" (plan d'accompagnement personnalisé, not alveolar proteinosis),
# "en CDD" (a fixed-term contract, not CDKL5 deficiency disorder)
_PAPERWORK = frozenset({"ald", "pai", "pap", "cdd"})
# (the plans are masculine, the diseases feminine: "un PAI", "une PAI")
_PAPERWORK_BEFORE = frozenset("le un du au ce son mon ton notre votre leur en l d".split())
_PAPERWORK_AROUND = frozenset("ecole scolaire cantine classe college lycee creche maitresse maitre periscolaire "
                              "instit institutrice enseignant enseignante mdph cpam secu".split())


def _said_as_paperwork(raw: list[str], at: int) -> bool:
    """The word at `at` is one of those abbreviations, said as paperwork: after a masculine article or
    a preposition, or in a message about school or social security."""
    return raw[at] in _PAPERWORK and (
        (at > 0 and raw[at - 1] in _PAPERWORK_BEFORE) or bool(_PAPERWORK_AROUND & set(raw)))


@dataclass
class Mention:
    entity_id: str
    kind: str
    name: str
    score: float
    label: str
    label_kind: str
    matched: str
    corrections: list[tuple[str, str]] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)


class NameIndex:
    def __init__(self, labels: list[dict], entities: dict[str, dict], common_words: set[str] = frozenset(),
                 signs: bool = False, familiar: set[str] = frozenset(), known_words: set[str] = frozenset()):
        self.entities = entities
        self.known_words = known_words   # words of other lexicons (signs): see _repaired
        self.familiar = {stem(w) for w in familiar} | set(familiar)
        self.common = {stem(w) for w in common_words} | set(common_words)
        # An index of signs ("urines couleur coca") reads every word of a phrase spelt close to
        # what was written: by sound alone, "denses" would be "dents".
        self.for_signs = signs
        concept = self.concept = sign_concept if signs else name_concept
        self.counts = {concept(stem(w)) for w in _COUNTS}   # "deux", "2" as the index reads them
        if signs:
            labels = [r for r in labels if not self._everyday(r, entities)]
        self.labels: list[tuple] = []
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.caps_only: dict[str, list[int]] = defaultdict(list)
        self.by_sound: dict[str, list[int]] = defaultdict(list)
        df: Counter = Counter()
        surface: Counter = Counter()
        imported_words: set[str] = set()
        french_words: set[str] = set()
        self.spelling_entities: dict[str, set[str]] = defaultdict(set)   # per word as spelt, its diseases
        self.imported: list[bool] = []   # per label: read from the optional import, not curated
        for row in labels:
            k = " ".join(_idioms(row["key"].split())) if signs else row["key"]
            content = tuple(dict.fromkeys(concept(t) for t in k.split() if t not in STOPWORDS))
            if not content:
                content = (k,)
            i = len(self.labels)
            self.labels.append((row["entity_id"], row["label"], row["label_kind"], k, content))
            self.imported.append((entities.get(row["entity_id"]) or {}).get("origin") not in (None, "curated"))
            if row["label_kind"] == "abbreviations" and (len(k) < 3 or k in STOPWORDS or k in self.common
                                                          or k in ENGLISH_WORDS):
                # "LES", "DM": read only when written in capitals, never inside ordinary words
                self.caps_only[k].append(i)
                continue
            self.exact[k].append(i)
            for t in content:
                self.by_sound[t].append(i)
            df.update(set(content))
            if row["label_kind"] != "abbreviations":  # a typo is never repaired into an abbreviation
                words = [t for t in k.split() if t not in STOPWORDS and len(t) >= 4]
                if not self.imported[i]:
                    surface.update(words)
                    if row["label_kind"] != "english":
                        french_words.update(words)
                    for w in words if not signs else ():
                        self.spelling_entities[w].add(row["entity_id"])
                else:   # known, but never the target of a repair: French typos are repaired into French names
                    imported_words.update(words)
        n = max(len(self.labels), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        # numbered forms of one family by their letters ("sca": {"3": SCA3's entity, "17": ...}):
        # "SCA37", which the base lacks, is still a spinocerebellar ataxia
        self.numbered: dict[str, dict[str, str]] = defaultdict(dict)
        for eid, _, kind, k, _ in self.labels if not signs else ():
            found = _NUMBERED.fullmatch(k.replace(" ", ""))
            if kind == "abbreviations" and found:
                self.numbered[found.group(1)].setdefault(found.group(2), eid)
        growth = max(1.0, sum(not i for i in self.imported) / CALIBRATED_NAMES)
        self.nearly_common_df = NEARLY_COMMON_DF * growth
        # small words once stemmed and sounded ("dans" is "dan"): never a name's telling word, nor
        # one of a description's two words
        # (only words whose sound no content word shares: "sommes" sounds like "sommet")
        self.small_words = {concept(stem(w)) for w in SMALL_WORDS}
        # per label, computed once: the weight of all its words, and the spelling of a one-word name
        self.total_idf = [sum(self.idf.get(t, 0.0) for t in l[4]) or 1.0 for l in self.labels]
        # per label, its rarest word: a lay description is not read without it
        self.telling = [max(l[4], key=lambda t: -1.0 if t.isdigit() or len(t) < 3 or t in self.small_words
                            else self.idf.get(t, 0.0))
                        for l in self.labels]
        self.telling_word = [next((w for w in l[3].split() if concept(w) == t), t) for l, t in zip(self.labels, self.telling)]
        # per label, the words that are gene or test symbols ("MMUT", "FMR1"): read only as written
        # ("DES", "KIT": a symbol that is also a French word is read only in capitals)
        # (and "un chromosome Y en trop" needs its Y: "y" is a small word, "un jeu de chromosomes
        # en trop" is not the Y)
        self.symbols = [[(re.compile(rf"\b{w}\b"), True) if fold(w) in STOPWORDS or fold(w) in self.common
                         else (_written_as(fold(w)), False) for w in _SYMBOL.findall(l[1])]
                        + [(re.compile(rf"\bchromosomes? {x.lower()}\b"), False) for x in _SEX_CHROMOSOME.findall(l[1])]
                        for l in self.labels]
        self.single_word = [next((t for t in l[3].split() if t not in STOPWORDS), "") if len(l[4]) == 1 else ""
                            for l in self.labels]
        # per label, its proper names ("Sorsby" in "dystrophie du fond d'œil de Sorsby"): a name
        # read in part is read with them, "fond d'œil" alone is not Sorsby's
        proper = [_PROPER.findall(l[1]) for l in self.labels]
        # (and the joined spelling the index also reads: "ehlersdanlos" is Ehlers-Danlos)
        self.proper_words = [{concept(fold(w)) for w in p}
                             | {concept(t) for t in l[3].split() for w in p if len(t) > len(stem(fold(w))) > 2
                                and t.startswith(stem(fold(w))) and t not in STOPWORDS}
                             for p, l in zip(proper, self.labels)]
        self.person_names = {stem(fold(w)) for p in proper for w in p} - EPONYM_HEADS   # see _eponym_near
        # per label, an everyday word left alone once small words are dropped ("double Y"):
        # such a name is read only as written in full
        self.everyday_only = [len(l[4]) == 1 and len(l[3].split()) > 1 and not p
                              and next((t for t in l[3].split() if t not in STOPWORDS), "") in self.common
                              for l, p in zip(self.labels, self.proper_words)]
        self.df = df
        self.entity_df: dict[str, set[str]] = defaultdict(set)   # per word, the entities whose names have it
        for l in self.labels if not signs else ():   # (read for names only, see distinctive)
            for t in l[4]:
                self.entity_df[t].add(l[0])
        self.spelling_df = surface   # per word as spelt (curated names only), beside df per sound
        # signs, by their rarest word: a sign is read only in full, so never without it
        # (and every name's rarest word, which a name read in part from ordinary words must contain)
        self.rarest = [max(l[4], key=lambda t: (self.idf.get(t, 0.0), t)) if l[4] else None for l in self.labels]
        self.by_rarest: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.rarest if signs else ()):
            self.by_rarest[word].append(i)
        # a name made only of common words ("tumeur du rein de l'enfant") is still proposed by its
        # rarest word when that word has only just become common: a name added elsewhere that
        # makes "tumeur" common must not silence it ("cancer du rein de l'enfant", all of whose
        # words are very common, is read only as written)
        self.common_only: dict[str, list[int]] = defaultdict(list)
        for i, l in enumerate(self.labels if not signs else ()):
            if l[2] != "abbreviations" and l[4] and all(df[t] > COMMON_DF for t in l[4]) \
                    and df[self.rarest[i]] <= self.nearly_common_df:
                self.common_only[self.rarest[i]].append(i)
        # per sign, how each of its words is spelt (signs compare spellings, not only sounds)
        self.spelt = []
        for l in self.labels if signs else ():
            spelt: dict[str, str] = {}
            for w in l[3].split():
                if w not in STOPWORDS:
                    spelt.setdefault(concept(w), w)   # "tousse tout le temps": the first word of that sound
            self.spelt.append(spelt)
        self.vocab = set(surface) | imported_words
        # the short symbols of genes and tests ("GLA", "MET"): words of their own, never repaired into
        # another ("gène GLA" is not "gène glace")
        self.symbol_words = {fold(w) for l in self.labels for w in _SYMBOL.findall(l[1]) if len(w) <= 3}
        self.symbol_spellings = {stem(fold(w)) for l in self.labels for w in _SYMBOL.findall(l[1])}
        # pairs of words that follow each other in a name ("pseudo obstruction"): such a pair in a
        # message is not a word split in two
        self.pairs = {p for l in self.labels for p in zip(l[3].split(), l[3].split()[1:])}
        self.imported_only = imported_words - set(surface)
        self.french_words = french_words   # curated words of names other than English ones
        # the spellings of each sound, most common first, to repair a misspelt token
        self.homophones: dict[str, list[str]] = defaultdict(list)
        for t, _ in surface.most_common():
            self.homophones[sound(t)].append(t)
        self.spelling: dict[str, str] = {s: spelt[0] for s, spelt in self.homophones.items()}
        # Typos rarely touch the first letter: candidates are bucketed by (first letter, length).
        by_len: dict[tuple[str, int], list[str]] = defaultdict(list)
        for t in surface:
            if len(t) >= 4 and t.isalpha():
                by_len[t[0], len(t)].append(t)
        self.by_len = by_len
        sounds: dict[str, list[str]] = defaultdict(list)
        for s in self.spelling:
            if len(s) >= 5:
                sounds[s[0]].append(s)
        self.sounds = sounds
        self.generic = {sound(stem(g)) for g in GENERIC}
        self.cancer_words = {concept(stem(w)) for w in CANCER_WORDS | {"gliome"}}
        # an organ alone never names a cancer: "la glande", "le cartilage"
        self.anatomy = {concept(stem(w)) for w in ANATOMY}
        self.whom = {concept(stem(fold(w))) for w in WHOM}
        self.kin = {concept(stem(fold(w))) for w in KIN}
        self.colours = {concept(stem(fold(w))) for w in COLOURS}
        self.gene_words = {concept(stem(fold(w))) for w in ("gène", "mutation", "muté", "mutée", "variant", "anomalie")}
        # words of cancer care that say a cancer is the subject without naming it
        self.cancer_cues = {concept(stem(w)) for w in CANCER_CUES}
        # the sound of a frequent French word cannot stand alone for a name ("arrière", "adulte")
        self.sound_common = {sound(w) for w in self.common if len(w) >= 4}
        # per label, whether it may be read in part at all (not for signs: see _sign_read_but_one)
        self.read_in_part = [not imported and (entities.get(l[0]) or {}).get("kind") not in ("symptom", "sign")
                             and not (entities.get(l[0]) or {}).get("context_cues")
                             for l, imported in zip(self.labels, self.imported)]
        # per label, what the fuzzy pass must find before it looks closer (most candidates fail
        # there, so it is a set operation): its words (none for an abbreviation, read only as
        # written), and for a sign whether it may be read with one word missing (_sign_but_one_size)
        self.fuzzy_words = [frozenset() if l[2] == "abbreviations" else frozenset(l[4]) for l in self.labels]
        self.one_may_miss = [signs and not imported and len(l[4]) >= 3 for l, imported in zip(self.labels, self.imported)]
        # every word of each entity's labels, as written and stemmed (see _joined_to_another): built
        # here, as building it on the first message that needs it took seconds
        self._entity_words: dict[str, set[str]] = defaultdict(set)
        for row in self.labels:
            words = fold(row[1]).split()
            self._entity_words[row[0]].update(words + [stem(w) for w in words])
        self.max_ngram = min(MAX_NGRAM, max((len(l[3].split()) for l in self.labels), default=1))
        # per first word of a name, the most words a name beginning with it has: the exact pass
        # looks only where a name can begin, and no further than its longest name
        self.longest_from = longest_from(self.exact)
        self._pools: dict[tuple[str, int], list[str]] = {}
        self._with_word: dict[str, tuple[frozenset[int], frozenset[int]]] = {}   # see _labels_with
        self._correct = lru_cache(maxsize=50000)(self._repaired)

    def _part_needs(self, idx: int, missing: int) -> float | None:
        """The share of its weight a label needs said, with `missing` of its words not said, to
        pass the first tests of the fuzzy pass (see find); None if it cannot. Every word said
        needs nothing. (A margin below the thresholds of find keeps this a bound, whatever the
        order in which the weights are summed.)"""
        if not missing:
            return 0.0
        one_missing = missing == 1 and self.one_may_miss[idx]
        if self.read_in_part[idx]:
            need = min(PART_WEIGHT, SIGN_BUT_ONE_WEIGHT) if one_missing else PART_WEIGHT
        elif one_missing:
            need = SIGN_BUT_ONE_WEIGHT
        else:
            return None
        return need - 1e-9

    def _labels_with(self, t: str) -> tuple[frozenset[int], frozenset[int]]:
        """The labels that have the word t, and those of them that pass the first tests of the
        fuzzy pass (see find) when t is the only word of theirs a message says: built once per word."""
        found = self._with_word.get(t)
        if found is None:
            labels = frozenset(self.by_sound.get(t, ()))
            alone = set()
            for idx in labels:
                words = self.fuzzy_words[idx]
                if t not in words:
                    continue   # (an abbreviation: read only as written)
                need = self._part_needs(idx, len(words) - 1)
                if need is None or self.idf[t] < need * self.total_idf[idx]:
                    continue
                alone.add(idx)
            found = self._with_word[t] = (labels, frozenset(alone))
        return found

    def _pool(self, first: str, n: int) -> list[str]:
        """The name words a typo of `n` letters beginning with `first` may stand for (two letters
        more or fewer), built once per bucket."""
        pool = self._pools.get((first, n))
        if pool is None:
            pool = self._pools[first, n] = [t for m in range(n - 2, n + 3) for t in self.by_len.get((first, m), ())]
        return pool

    def _only_sounds_like(self, written: str, concept_key: str, label_key: str, english: bool = False) -> bool:
        """A correctly spelt French word that only sounds like the name's word ("denses", "dents"),
        or a word French names spell so, far from the name's spelling ("myosite" is no "myosis")."""
        if written in label_key.split():
            return False
        word = next((w for w in label_key.split() if self.concept(w) == concept_key), written)
        if written not in self.common:
            # (not an English spelling of a French name: "coeliac" is "cœliaque"; nor its feminine: "intracrânienne")
            return not english and len(written) >= 5 and written in self.french_words and fuzz.ratio(written, word) < 80
        # ("rein" for "rénale", "peau" for "cutanée": an organ and its adjective are one word)
        return EQUIVALENT.get(word, word) != EQUIVALENT.get(written, written) and verb_root(word) != verb_root(written) \
            and fuzz.ratio(written, word) < 75

    @staticmethod
    def _spelt_close(written: str, word: str) -> bool:
        """A word of a sign as written: "gonflent" for "gonfle", never "cou" for "coude"."""
        if verb_root(written) == verb_root(word) or said_alike(written, word):
            return True   # "perdu" for "perd", "rigole" for "rit"
        if min(len(written), len(word)) <= 4:
            return written == word or fuzz.ratio(written, word) >= 90
        return fuzz.ratio(written, word) >= SAME_SOUND_SPELLING

    def _everyday(self, row: dict, entities: dict[str, dict]) -> bool:
        """A sign said in one everyday word ("ne grossit pas"), or in qualifiers only ("depuis la
        naissance"), says nothing of a disease."""
        key_words = row["key"].split()
        words = [t for t in key_words if t not in STOPWORDS and t not in GENERIC and t != "pas"]
        # (an organ said missing is no everyday word: "pas d'utérus", "sans thymus")
        missing_organ = len(words) == 1 and words[0] in ANATOMY and {"pas", "san", "sans", "absence"} & set(key_words)
        return not words or (len(words) == 1 and words[0] in self.common and not missing_organ
                             and not (entities.get(row["entity_id"]) or {}).get("telling"))

    def _sign_read_but_one(self, idx: int, present: list[str], weight: float, span: int,
                           positions: dict, seq: list[str]) -> bool:
        """A sign of three words or more read with all its words but one: its most telling word
        among them, close together, spelt as in the sign, and more than organs ("oreilles et
        yeux" is not "yeux rouges et oreille rouge"), nor only relatives ("ma mère et ma tante"
        is not "lymphœdème chez la mère et la tante"). The word left out is neither whom the sign
        is about ("bébé", "frère"), nor where it is ("lymphocytes de la peau devenus cancéreux"),
        nor a number ("facteur 2 bas" is not "le facteur 8 est bas")."""
        content = self.labels[idx][4]
        return (_sign_but_one_size(content, present, weight)
                and not any(t in self.whom or t in self.anatomy or t.isdigit() or len(t) == 1
                            for t in set(content) - set(present))
                and self.telling[idx] in present and span <= len(content) + 3
                and any(t not in self.anatomy and t not in self.cancer_words and t not in self.kin for t in present)
                and all(self._spelt_close(seq[positions[t][0]], self.spelt[idx].get(t, t)) for t in present)
                and not self._other_colour(idx, present, positions))

    @staticmethod
    def _denial_in_order(content: list[str], positions: dict) -> bool:
        """ "sans" or "pas" comes before the word it denies, as in the sign."""
        for i, t in enumerate(content[:-1]):
            if t in ("sans", "pas") and positions[t][0] > max(positions[content[i + 1]]):
                return False
        return True

    def _count_beside_its_word(self, content: list[str], positions: dict) -> bool:
        """ "deux" comes right before the word it counts, as in the sign."""
        for i, t in enumerate(content[:-1]):
            if t in self.counts and not 0 < positions[content[i + 1]][0] - positions[t][0] <= 2:
                return False
        return True

    def _other_colour(self, idx: int, present: list[str], positions: dict) -> bool:
        """The colour a sign says was left out and the message says another: "petits boutons
        blancs" is not "petits boutons rouges"."""
        content = self.labels[idx][4]
        return any(t in self.colours for t in content if t not in present) \
            and any(t in self.colours and t not in content for t in positions)

    def _lay_read_enough(self, idx: int, present: list[str], weight: float, positions: dict, seq: list[str]) -> bool:
        """A lay description read in part needs half its weight, its most telling word spelt as
        in the name, and two of its words, unless a gene or test symbol was written; and its
        numbers ("anticorps contre le facteur 8") and whom it is about ("un bébé de quelques semaines")."""
        telling = self.telling[idx]
        return (weight >= 0.5 and telling in present
                and not any(t in self.whom for t in self.labels[idx][4] if t not in present)
                and all(t in present for t in self.labels[idx][4] if t.isdigit())
                and (sum(t not in self.small_words for t in present) >= min(2, len(self.labels[idx][4]))
                     or bool(self.symbols[idx]))
                and not self._other_colour(idx, present, positions)
                and any(fuzz.ratio(seq[i], self.telling_word[idx]) >= SAME_SOUND_SPELLING for i in positions[telling]))

    def knows(self, word: str) -> bool:
        """Is this a French word or a word of a known name (after typo repair)?"""
        toks = tokens(word)
        return any(t in STOPWORDS or stem(t) in self.common or stem(t) in self.vocab or self._correct(stem(t))
                   for t in toks)

    # -- pass 1 ---------------------------------------------------------------
    def _repaired(self, tok: str) -> str | None:
        """The name word a typo stands for. A word of the signs' lexicon ("eculizumab") is
        repaired only into its own family ("phénylcétonurique" -> "phénylcétonurie"), never
        into another word spelt close ("emicizumab")."""
        word = self._correct_uncached(tok)
        if word and tok in self.known_words and len(os.path.commonprefix([tok, word])) < len(word) - 3:
            return None
        return word

    def _correct_uncached(self, tok: str) -> str | None:
        if tok in self.imported_only and len(tok) >= 7:
            # "steiner" is an imported word, but "Steinert" a curated name one letter away
            close = process.extractOne(tok, self.by_len.get((tok[0], len(tok) + 1), []) + self.by_len.get((tok[0], len(tok)), []),
                                       scorer=fuzz.ratio, score_cutoff=92)
            return close[0] if close else None
        if tok in self.vocab or tok in STOPWORDS or tok in self.common or not 3 <= len(tok) <= 40 or not tok.isalpha():
            return None
        if tok in self.exact or tok in self.caps_only or tok in self.symbol_words:   # "SPR" is a name already
            return None
        n = len(tok)
        if tok[0] == "k" and n >= 6:
            # a hard "ch", "c" or "qu" written as it sounds: "kondrosarcome"
            hard = next((w + tok[1:] for w in ("ch", "c", "qu") if w + tok[1:] in self.vocab), None)
            if hard:
                return hard
        pool = self._pool(tok[0], n) if n >= 5 else []
        heard = sound(tok)
        by_sound = self.spelling.get(heard)
        if by_sound and abs(len(by_sound) - len(tok)) <= 3:
            # of the words that sound alike, the one spelt nearest ("disemine" is "dissemine", not "disseminee")
            by_sound = min(self.homophones[heard], key=lambda w: OSA.distance(tok, w))
        if by_sound in self.symbol_spellings and n <= 4:
            by_sound = None   # a short word is never a gene symbol it sounds like: "IgM" is no "IGHM"
        if by_sound and abs(len(by_sound) - len(tok)) <= 3 and len(heard) >= 3:
            if n < 7 or fuzz.ratio(tok, by_sound) >= 80:
                return by_sound
            # a homophone spelt far apart ("oculair" -> "occulte"): one wrong letter is nearer
            close = process.extractOne(tok, pool, scorer=fuzz.ratio, score_cutoff=92)
            if close:
                return close[0]
            # (a sound key cut short by its silent ending: "atrseie" is "atresie", not "attr")
            near = process.extractOne(tok, pool, scorer=fuzz.ratio, score_cutoff=84) if fuzz.ratio(tok, by_sound) < 60 else None
            return near[0] if near else by_sound
        if n < 5:
            return self._one_swap(tok) if n == 4 else None   # "loyes" for "Loeys"
        close = process.extract(tok, pool, scorer=fuzz.ratio, score_cutoff=80 if n >= 10 else 82, limit=5)
        if close:
            # two names as close: the one a letter swapped or changed away, then the one more names share
            # ("hipple" is von Hippel's, not Happle's)
            tied = [w for w, score, _ in close if score == close[0][1]]
            # (at the same distance, the letters typed all kept, only swapped: "hipple" is "hippel")
            return min(tied, key=lambda w: (OSA.distance(tok, w), sorted(w) != sorted(tok),
                                            -self.df.get(self.concept(w), 0), tied.index(w)))
        # two letters swapped ("loyes" for "loeys") cost one edit, not two
        # (in a word of five letters, only a swap: "bield" is Biedl's)
        swap = self._one_swap(tok) if n == 5 else None
        if swap:
            return swap
        best = process.extractOne(tok, pool, scorer=OSA.normalized_similarity, score_cutoff=0.8)
        if best:
            return best[0]
        near = process.extractOne(heard, self.sounds.get(heard[:1], ()), scorer=fuzz.ratio, score_cutoff=88)
        return self.spelling[near[0]] if near else None

    def _one_swap(self, tok: str) -> str | None:
        """The single name word with the same letters as `tok`, two of them swapped."""
        swaps = [t for t in self.by_len.get((tok[0], len(tok)), ()) if sorted(t) == sorted(tok) and OSA.distance(t, tok) == 1]
        return swaps[0] if len(swaps) == 1 else None

    def _joined_to_another(self, m: Mention, raw: list[str], seq: list[str], joined: set[tuple[str, str]]) -> bool:
        """'Meier-Gorlin', 'Swyer-James-MacLeod': the person's name of a disease joined by a hyphen
        to a name that none of its labels has is a part of another disease's name."""
        own = _persons_in(m.label)
        if not own:
            return False
        start, end = m.span
        for at in range(max(0, start - 1), min(len(raw), end + 1)):
            for own_at in (at - 1, at + 1):
                # (the name's word as written or as repaired: "chachi-pena" is not Cacchi-Ricci)
                if not (start <= own_at < end and (raw[own_at] in own or seq[own_at] in own)):
                    continue
                first, second = sorted((at, own_at))
                other = raw[at]
                # (the other word as written or as repaired: "Wolf-Hirschorn" is Wolf-Hirschhorn)
                if (raw[first], raw[second]) in joined and len(other) >= 3 and other.isalpha() \
                        and other not in STOPWORDS and not {other, seq[at]} & self._entity_words[m.entity_id] \
                        and not any(fuzz.ratio(other, w) >= 80 for w in self._entity_words[m.entity_id]):
                    return True   # (nor one spelt close to a word of its names: "Blan-White-Garland")
        return False

    def _other_person_named(self, idx: int, seq: list[str], where: dict[str, list[int]], eponym) -> bool:
        """A name of a person's disease read in part, whose 'syndrome de' stands in the message with
        another person's name after it: that is another syndrome, one the index may not know."""
        own = None
        for word in self.labels[idx][3].split():
            head = self.concept(word)
            if word not in EPONYM_HEADS or head not in where:
                continue
            if own is None:   # (a person's name may come first: "Rett syndrome")
                own = self.proper_words[idx] | {self.concept(w) for w in _persons_in(self.labels[idx][1])}
            if not own:
                return False
            at = where[head][0] + 2
            if at < len(seq) and eponym(at) and seq[at] not in STOPWORDS \
                    and self.concept(seq[at]) not in self.generic and self.concept(seq[at]) not in own:
                return True
        return False

    def _other_qualifier(self, idx: int, present: list[str], where: dict[str, list[int]], seq: list[str]) -> bool:
        """A name read only by a word many names share ("kinase", "réductase"), written in the
        message right beside a word no name of the index has, where the name has its own: "déficit
        en glycérol kinase" is not "déficit en pyruvate kinase", it is another enzyme, one the index
        may not know."""
        _, _, _, key, content = self.labels[idx]
        read = [t for t in present if t not in self.generic]
        if len(read) != 1 or self.df.get(read[0], 0) < SHARED_HEAD:
            return False
        t = read[0]
        k = content.index(t)
        for step in (-1, 1):
            j, i = k + step, where[t][0] + step
            if not 0 <= j < len(content) or content[j] in present or content[j] in self.generic \
                    or not 0 <= i < len(seq):
                continue
            w = seq[i]
            own = next((x for x in key.split() if self.concept(x) == content[j]), content[j])
            if len(w) >= 4 and w.isalpha() and w not in STOPWORDS and self.concept(w) not in self.df \
                    and w not in self.common and w not in self.familiar and fuzz.ratio(w, own) < 75:
                return True
        return False

    def _eponym_near(self, tok: str) -> str | None:
        """After 'maladie de', a person's name: a first name or an everyday word one letter away from
        a single name of the index ('ataxie de Friedrich'), or a word that is none, spelt further
        from one ('ataxie de Freidrick'), is that name."""
        if len(tok) < 6 or not tok.isalpha():
            return None
        if tok in self.common:
            near = [w for m in (len(tok) - 1, len(tok), len(tok) + 1) for w in self.by_len.get((tok[0], m), ())
                    if w not in self.common and OSA.distance(w, tok) == 1]
            return near[0] if len(near) == 1 else None
        if len(tok) < 7:
            return None
        scored = sorted(((fuzz.ratio(tok, w), w) for m in range(len(tok) - 2, len(tok) + 3)
                         for w in self.by_len.get((tok[0], m), ()) if w in self.person_names), reverse=True)
        if scored and scored[0][0] >= 72 and (len(scored) == 1 or scored[1][0] <= scored[0][0] - 5):
            return scored[0][1]
        return None

    def _split_and_misspelt(self, a: str, b: str) -> bool:
        """"medulo blastome": one name word, split and misspelt, when one half is no word at all."""
        if len(a) < 3 or len(b) < 3 or len(a + b) < 10 or not (a + b).isalpha():
            return False
        # (a half that is a misspelt word by itself stays apart: "wiskot aldrich" is two names)
        unknown = lambda w: w not in self.vocab and stem(w) not in self.common and w not in self.common \
            and not self._correct(stem(w))
        if not (unknown(a) or unknown(b)):
            return False
        word = self._correct(stem(a + b))
        return bool(word) and fuzz.ratio(word, stem(a + b)) >= 88

    def _article_against(self, t: str) -> bool:
        """ "liris", "loeil", "dutérus": an article or "de" elided against a word of the names, the
        apostrophe left out (a real word never: "laine", "dame")."""
        return len(t) >= 5 and t[0] in "ld" and t[1] in "aeiouyh" and t not in self.vocab and t not in self.common \
            and stem(t) not in self.common and t[1:] in self.vocab

    def repair(self, toks: list[str], people: frozenset[str] = frozenset()) -> tuple[list[str], dict[int, str]]:
        # "pseudo myxome" -> "pseudomyxome" when only the joined word is a known one
        merged: list[str] = []
        for t in toks:
            if self._article_against(t):
                t = t[1:]   # "melanome de liris": "l'iris" typed without its apostrophe
            elif t.endswith("ic") and len(t) >= 6 and t not in self.vocab and t[:-2] + "ique" in self.vocab:
                t = t[:-2] + "ique"   # "anaplasic": a French -ique spelt the English way
            # ("chorio carcinome" too: one of the two halves is not a word of any name)
            # ("extra mammaire": both are words of names, but never one after the other)
            # ("nouveau né" is two words: "né" is a small word, never the end of a word split in two)
            if merged and (t not in self.vocab or merged[-1] not in self.vocab or (stem(merged[-1]), stem(t)) not in self.pairs) \
                    and merged[-1] not in STOPWORDS and t not in STOPWORDS and (merged[-1] + t in self.vocab or (len(t) >= 3 and stem(merged[-1] + t) in self.vocab)
                                                                                or self._split_and_misspelt(merged[-1], t)):
                merged[-1] += t
            else:
                merged.append(t)
        toks[:] = merged
        out, fixed = [], {}
        for i, t in enumerate(toks):
            s = stem(SHORTHAND.get(t, t))
            if t in ENGLISH_PLAIN and s not in self.vocab and t not in STOPWORDS:
                out.append("_")   # nor read by its sound ("treats" sounds like "Treacher")
                continue
            if not self.for_signs and t in _ATTEINT and toks[i + 1:i + 2] in (["de"], ["d"], ["du"], ["des"]) and toks[i - 1:i] not in _BEFORE_A_NOUN:
                out.append("_")   # "elle est atteinte de mucoviscidose" says she has it: no "atteinte hépatique"
                continue
            c = self._correct(s)
            if c is None and s not in self.vocab and i >= 2 and toks[i - 1] in ("de", "d") and toks[i - 2] in EPONYM_HEADS:
                c = self._eponym_near(s)
            if c and t in people and c not in self.person_names:
                c = None   # a person's name is repaired into a person's name only ("Yunis" is not "immunité")
            if c and c.endswith("ic") and not s.endswith("ic") and c[:-2] + "ique" in self.vocab:
                c = c[:-2] + "ique"   # "thymik" is the French "thymique", not the English "thymic"
            if c and c != s:
                fixed[i] = c
            out.append(c or s)
        return out, fixed

    # -- passes 2 and 3 -------------------------------------------------------------
    def typed_abbreviations(self, text: str) -> str:
        """ "MPS de type 2" written as the abbreviation of that type when the base knows it ("MPS 2"),
        so that it is read as that type, not as a family the base does not name."""
        def typed(m: re.Match) -> str:
            for joined in (f"{m.group(1)} {m.group(2)}", f"{m.group(1)}{m.group(2)}"):
                if any(self.labels[i][2] == "abbreviations" for i in self.exact.get(" ".join(self.repair(tokens(joined))[0]), ())):
                    return joined
            return m.group(0)
        return _ABBR_TYPE.sub(typed, text) if "ype" in text else text

    def find(self, text: str, limit: int = 10) -> list[Mention]:
        text = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), text[:5000])
        raw = tokens(text)[:MAX_TOKENS]
        if not raw:
            return []
        # "Yunis-Varon": two capitalised words joined are a person's names
        people = frozenset(fold(w) for pair in _PERSONS_JOINED.findall(text[:5000]) for w in pair) if "-" in text else frozenset()
        seq, fixed = self.repair(raw, people)
        if self.for_signs:
            seq = _idioms(seq)
        best: dict[tuple[str, bool], Mention] = {}

        def offer(label_idx: int, score: float, start: int, end: int):
            eid, label, lkind, _, _ = self.labels[label_idx]
            corr = [(raw[i], seq[i]) for i in range(start, end) if i in fixed]
            score -= 3 * len(corr)
            ent = self.entities.get(eid)
            if ent is None:
                return
            if ent.get("origin") not in (None, "curated"):
                # an imported name (English, no lay names) yields to a curated one
                score -= 3 if score >= 100 else 8
            slot = (eid, lkind == "described")   # a description of a disease's signs never hides its name
            m = best.get(slot)
            # a whole name read with a typo repaired is what was said, not a shorter name of the same
            # entity read inside it: "lupus érythémateux disséminné" is more than "lupus"
            # (read as well as the shorter name: the entity is read word for word either way)
            wider = False
            if m is not None and not self.for_signs:
                if score >= 90.0 and start <= m.span[0] and m.span[1] <= end and end - start > m.span[1] - m.span[0]:
                    score, wider = max(score, m.score), True
                elif m.score >= 90.0 and m.span[0] <= start and end <= m.span[1] and m.span[1] - m.span[0] > end - start:
                    if score > m.score:
                        best[slot] = replace(m, score=round(score, 1))
                    return
            if m is None or wider or (score, -LABEL_PRIORITY.get(lkind, 5)) > (m.score, -LABEL_PRIORITY.get(m.label_kind, 5)):
                best[slot] = Mention(eid, ent["kind"], ent["name"], round(score, 1), label, lkind,
                                    " ".join(raw[start:end]), corr, (start, end))

        n = len(seq)
        folded = fold(text)

        written: dict[tuple[re.Pattern, bool], bool] = {}   # many names share a symbol: search it once

        def as_written(idx: int) -> bool:
            """A gene or test symbol is read only as written: "gène MMUT" is not "le gène est muté"."""
            for symbol in self.symbols[idx]:
                if symbol not in written:
                    written[symbol] = bool(symbol[0].search(text if symbol[1] else folded))
                if not written[symbol]:
                    return False
            return True

        longest = [self.longest_from.get(t, 0) for t in seq]
        starts = [i for i in range(n) if longest[i]]
        for size in range(min(self.max_ngram, n), 0, -1):
            for start in starts:
                if start + size > n:
                    break
                if longest[start] < size:
                    continue
                for idx in self.exact.get(" ".join(seq[start:start + size]), ()):
                    if self.for_signs and not as_written(idx):
                        continue   # "hello there" is not TERT
                    if self.labels[idx][2] == "abbreviations" and (
                            any(i in fixed for i in range(start, start + size)) or (size == 1 and _said_as_paperwork(raw, start))):
                        # an abbreviation is read as written, never out of a repaired word ("cortex"
                        # is no CORD); "reconnu en ALD", "un PAI pour l'école": paperwork, not a disease
                        continue
                    offer(idx, 100.0, start, start + size)
        in_capitals = _CAPS.findall(text[:2000])
        # (a message written all in capitals says no abbreviation by them)
        acronyms = {fold(c) for c in in_capitals} \
            if in_capitals and sum(map(str.islower, text[:2000])) > sum(map(str.isupper, text[:2000])) else set()
        for caps in in_capitals:
            k = fold(caps)
            if k in self.caps_only and k in raw:
                pos = raw.index(k)
                if _said_as_paperwork(raw, pos):
                    continue
                for idx in self.caps_only[k]:
                    offer(idx, 96.0, pos, pos + 1)

        filler = _whose(seq) if self.for_signs else []
        positions: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(seq):
            if t not in STOPWORDS and len(t) <= 40 and not (_FAMILY.match(t) and _family_denied(seq[max(0, i - 6):i])):
                positions[self.concept(t)].append(i)
        def eponym(i: int) -> bool:
            """'maladie de Paget', 'tumeur de Merkel': a common word used as a person's name (never
            a part of the body: "une maladie de peau")."""
            return i >= 2 and seq[i - 1] in ("de", "d") and seq[i - 2] in EPONYM_HEADS and self.concept(seq[i]) not in self.anatomy

        cancer_word_said = any(t in self.cancer_words or t in self.cancer_cues for t in positions)
        # a name written with a capital inside a sentence, or alone: "douleurs dans les os, Gaucher"
        capitals = _CAPITALISED.findall(text) + (_FIRST_CAPITAL.findall(text) if len(raw) <= 2 else [])
        proper = {concept(stem(fold(w))): stem(fold(w)) for w in capitals}
        # a person's name of a disease typed in lower case, spelt as in the name and no everyday
        # word ("mon fils a un bartter", "behcet"): written as a name all the same
        for w in raw:
            if len(w) >= 4 and w.isalpha() and stem(w) in self.person_names and w not in self.common \
                    and w not in self.familiar and w not in ENGLISH_WORDS:
                proper.setdefault(concept(stem(w)), stem(w))

        def distinctive(present: list[str], label_key: str, own: set[str] = frozenset()) -> bool:
            """A word that can stand alone for a name: rare in names, not a plain French word
            ("arrière", "adulte") and not a qualifier ("type", "maladie"); or the name's own
            word written with a capital ("Gaucher")."""
            said_as_name = lambda t: t in proper and proper[t] in label_key.split()
            # a name written with a capital counts its own spelling, not its sound: "Gaucher" stays
            # Gaucher's however many names say "gauche"
            # a person's name shared by the few forms of one disease ("Ehlers-Danlos") stands for them
            rare = lambda t: (self.spelling_df.get(proper[t], 0) if said_as_name(t) else self.df[t]) <= DISTINCTIVE_DF \
                or (said_as_name(t) and len(self.spelling_entities[proper[t]]) <= ONE_FAMILY) \
                or (t in own and len(self.entity_df[t]) <= ONE_FAMILY)
            return any(rare(t) and (len(t) >= 4 or said_as_name(t)) and t not in self.generic
                       and (t not in self.sound_common or eponym(positions[t][0]) or said_as_name(t)) for t in present)

        candidates = set()
        if self.for_signs:
            for t in positions:
                candidates.update(self.by_rarest.get(t, ()))
        else:
            for t in positions:
                if 0 < self.df.get(t, 0) <= COMMON_DF:
                    candidates.update(self.by_sound[t])
                else:
                    candidates.update(self.common_only.get(t, ()))
        # a number said only as a quantity is no number of a disease's name (a description, a
        # sign or a symptom may say one: "fièvre toutes les 4 semaines")
        quantities = set() if self.for_signs else {i for i in range(n - 1) if seq[i].isdigit() and seq[i + 1] in UNITS}
        only_quantity = {t for t, spots in positions.items() if quantities.issuperset(spots)} if quantities else set()
        said = set(positions)
        # Most candidates have only one word in the message: whether that word alone passes the
        # tests below is known once per word. Those with several go through the tests.
        seen, by_several, by_one = set(), set(), set()
        for t in said:
            labels, passing = self._labels_with(t)
            here = labels & candidates
            by_several |= seen & here
            seen |= here
            by_one |= passing & here
        kept = by_one | by_several
        fuzzy_words = self.fuzzy_words
        idf_of = self.idf.__getitem__
        for idx in candidates:
            if idx not in kept:
                continue
            # (the first tests below, in a few set operations: nothing said, a part where none will
            # do, or too light a part)
            hit = fuzzy_words[idx] & said
            if not hit:
                continue
            if len(hit) < len(fuzzy_words[idx]):
                need = self._part_needs(idx, len(fuzzy_words[idx]) - len(hit))
                if need is None or sum(map(idf_of, hit)) < need * self.total_idf[idx]:
                    continue
            eid, _, lkind, key, content = self.labels[idx]
            if lkind == "abbreviations":  # read only as written, in the exact pass
                continue
            present = [t for t in content if t in positions and not (
                t in only_quantity and lkind not in LAY and self.entities[eid]["kind"] in ("disease", "cancer"))]
            if not present:
                continue
            imported = self.imported[idx]
            if imported and len(present) < len(content):
                continue   # an imported name is read only in full
            weight = sum(self.idf[t] for t in present) / self.total_idf[idx]
            if len(present) < len(content) and not (self.read_in_part[idx] and weight >= PART_WEIGHT) and not (
                    self.for_signs and _sign_but_one_size(content, present, weight)):
                continue   # (cheap first: a name read in part needs these, see the branches below)
            if not as_written(idx):
                continue
            where = _closest(positions, present)
            spots = [where[t][0] for t in present]
            start, end = min(spots), max(spots) + 1
            word = self.single_word[idx]
            if word and seq[start] != word and (seq[start] in self.common or raw[start] in self.common
                                                or fuzz.ratio(raw[start], word) < (90 if len(word) <= 4 else SAME_SOUND_SPELLING)):
                continue   # a one-word name met only by its sound: "mollets" (a French word) is not "môle"
            if self.everyday_only[idx]:
                continue   # "double Y" is read in full, in the exact pass; "double" is a word
            if len(present) == len(content):
                if self.for_signs and not all(self._spelt_close(seq[where[t][0]], self.spelt[idx].get(t, t)) for t in present):
                    continue
                if self.for_signs and not self._denial_in_order(content, where):
                    continue   # "l'œil sans effet" is not "né sans œil"
                if self.for_signs and not self._count_beside_its_word(content, where):
                    continue   # "une tumeur au rein droit (…) deux gènes collés" is not "tumeurs des deux reins"
                if not self.for_signs and self._other_person_named(idx, seq, where, eponym):
                    continue   # "syndrome de Troyer (…) les jambes raides" is not "syndrome de Rett"
                if not self.for_signs and any(raw[where[t][0]] in acronyms and raw[where[t][0]] not in key.split() for t in present):
                    continue   # capitals are an abbreviation, read as written: "syndrome de MAS" is not "syndrome de Mast"
                spread = max(0, (end - start) - len(content) - 1)
                if self.for_signs and spread:
                    # "les os de ma fille sont tout blancs": whose they are is not a word between
                    spread = max(0, spread - sum(filler[start:end]))
                if spread == 0 or not imported:
                    score = 94.0 - 6 * spread
                    if score < FAR_APART and self.entities[eid]["kind"] not in ("symptom", "sign") and (
                            sum(t not in self.generic for t in present) >= 2 or distinctive(present, key, self.proper_words[idx])):
                        # "une plaie sur la vulve (…) c'est un cancer": every word is there, far apart
                        score = FAR_APART
                    offer(idx, score, start, end)
            elif self.for_signs and self._sign_read_but_one(idx, present, weight, end - start, where, seq):
                offer(idx, 70.0 + 20.0 * (weight - SIGN_BUT_ONE_WEIGHT) / (1 - SIGN_BUT_ONE_WEIGHT), start, end)
            elif self.read_in_part[idx] and weight >= PART_WEIGHT:
                # (a context such as "VIH" is read only with a cancer: see orient._contexts)
                if end - start - len(present) > PART_SPREAD:
                    continue   # "délétion du chromosome 3" is not "3 jours (… forty words …) chromosome X"
                alone = distinctive(present, key, self.proper_words[idx])
                # Nothing else inside the span ("malformation de Chiari" for "Malformation de
                # Chiari de type 1"): a shortened name, not a loose resemblance.
                inside = {self.concept(t) for t in seq[start:end] if t not in STOPWORDS and self.concept(t) not in self.generic}
                tight = inside <= set(present)
                # Several words stand together for a name only if two of them are more than
                # qualifiers, or one is more than an everyday word: "cancer du poumon" is not
                # "cancer du poumon de l'enfant", "hypertension artérielle pulmonaire" is a name.
                # (so is the number of a type: "diabétique type 1" names no "glycogénose de type 1";
                # not that of a factor, "facteur 11")
                qualified = {t for prev, t in zip(content, content[1:]) if prev in self.generic and _NUMERAL.fullmatch(t)}
                specific = [t for t in present if t not in self.generic and t not in qualified]
                telling = len(specific) >= 2 or any(t not in self.sound_common or eponym(where[t][0]) for t in specific)
                several = len(present) >= 2 and weight >= 0.45 and telling
                if not ((alone or several) and (tight or weight >= 0.5)) and not (self.symbols[idx] and lkind in LAY):
                    continue   # (what the offers at the end need, before the costlier tests that may refuse them)
                if self.entities[eid]["kind"] == "cancer" and not any(eponym(where[t][0]) for t in present) \
                        and (all(t in self.anatomy for t in present)
                             or (not alone or lkind in LAY) and not cancer_word_said):
                    # "après une greffe" alone is not "lymphome après une greffe", "le cartilage" not
                    # "cancer du cartilage"; an organ is not a cancer's name even when a cancer is said
                    # ("la biopsie de la plèvre est cancéreuse": the organ leads, see orient.cancer_site)
                    continue
                if self.entities[eid]["kind"] == "cancer" and inside & self.anatomy - set(present) \
                        and any(t in self.anatomy for t in content if t not in present):
                    continue   # "cancer du système lymphatique à petites cellules" is not the ovary's
                if self.entities[eid]["kind"] == "disease" and (cancer_word_said or len(positions) <= 2) \
                        and all(t in self.anatomy and not eponym(where[t][0]) for t in present):
                    # beside a cancer, or alone, organs are no disease's name: "adénocarcinome du col
                    # utérin" is no "agénésie du col utérin", "pancréas annulaire" is not cystic fibrosis
                    continue
                if self.rarest[idx] not in present and len(present) >= 2 and lkind not in LAY and self.entities[eid]["kind"] == "disease" and all(
                        t in self.anatomy or t in self.generic or t in self.sound_common for t in present):
                    continue   # "le poumon gauche du bébé à la naissance" is no "coronaire gauche naissant de l'artère pulmonaire"
                if any(self._only_sounds_like(seq[where[t][0]], t, key, lkind == "english") for t in present):
                    continue   # "les os trop denses" is not "les dents": a French word spelt otherwise
                if self.proper_words[idx] and not self.proper_words[idx] & set(present):
                    continue   # "fond d'œil" is not "dystrophie du fond d'œil de Sorsby"
                if self._other_person_named(idx, seq, where, eponym):
                    continue   # "syndrome de Troyer (…) les jambes raides" is not "syndrome de Rett"
                if self._other_qualifier(idx, present, where, seq):
                    continue   # "déficit en glycérol kinase" is not "déficit en pyruvate kinase"
                if lkind not in LAY and len(content) >= 3 and \
                        set(present) <= {self.concept(stem(fold(w))) for w in _SYMBOL.findall(self.labels[idx][1])}:
                    continue   # a gene alone ("FGFR3") is shared by several diseases: a sign, not this name
                if lkind == "english" and len(present) < 2 and max(
                        fuzz.ratio(raw[where[present[0]][0]], w) for w in fold(self.labels[idx][1]).split()) < 90:
                    continue   # "un respirateur" is French: not "recurrent respiratory papillomatosis"
                if lkind in LAY and (any(t in self.anatomy for t in content if t not in present)
                                     or all(t in self.anatomy or t in self.generic for t in present)):
                    # "une image en grappe de raisin" (a pregnancy) is not "un rein en grappe de raisin";
                    # "la moelle épinière" alone is not "moelle épinière coupée en deux"
                    continue
                if lkind in LAY and not self._lay_read_enough(idx, present, weight, where, seq):
                    continue   # "globules rouges" is not "globules rouges déshydratés"
                if lkind in LAY and len(present) < len(content) and raw[max(0, start - 2):start] in _LINKED:
                    continue   # "une maladie des muscles liée au chromosome X" is how it is passed on, not Turner's
                # one ordinary word of a name, not written as a name ("maladie de Paget", "Gaucher")
                at = where[present[0]][0] if len(present) == 1 else None
                if at is not None and present[0] not in proper and not eponym(at) and (
                        # in a long description ("hernie", "cataracte")
                        (len(content) >= 2 and len(positions) > ONE_WORD_CONTEXT and seq[at] in self.familiar
                         and self.entities[eid]["kind"] != "cancer")
                        # or spelt otherwise, only sounding like it: "une pince de crabe" is not Krabbe
                        or (raw[at] in self.familiar and raw[at] not in fold(self.labels[idx][1]).split())):
                    continue
                if self.symbols[idx] and lkind in LAY and all(t in self.gene_words for t in content if t not in present) \
                        and not (cancer_word_said and self.entities[eid]["kind"] == "disease"):
                    # "un gène PTPN11": the gene written is the name's (beside a cancer said, the
                    # gene of a predisposition is not the subject: "paragangliome, mutation SDHB")
                    offer(idx, SYMBOL_READ, start, end)
                elif tight and (alone or several):
                    offer(idx, 72.0 + 20.0 * weight, start, end)
                elif weight >= 0.5 and (alone or several):
                    offer(idx, 50.0 + 35.0 * weight, start, end)

        found = list(best.values())
        joined = _hyphen_pairs(text)
        if joined:
            found = [m for m in found if not self._joined_to_another(m, raw, seq, joined)]
        # "maladie de Charcot" inside "maladie de Charcot-Marie-Tooth" is not a second mention.
        # Likewise a generic word ("lymphome") inside a longer name that was read ("lymphome cérébral").
        # (a description of signs never hides a name: it is a lead, the name is the subject)
        found = [m for m in found if not any(
            o is not m and o.label_kind != "described" and o.span[0] <= m.span[0] and m.span[1] <= o.span[1]
            and (o.span[1] - o.span[0]) > (m.span[1] - m.span[0])
            # (a telling sign said word for word stays inside another disease's sign read less
            # closely: "la calcitonine est très élevée" is not only a sign of MEN2)
            and not (self.for_signs and m.score >= 100 > o.score and self.entities[m.entity_id].get("telling")
                     and self.entities[m.entity_id].get("target") != self.entities[o.entity_id].get("target"))
            # (a form read without its own words hides not the abbreviation it begins with, read
            # word for word: "SLA familiale liée au gène TIA1" is no "SLA liée à C9orf72")
            and not (m.label_kind == "abbreviations" and m.score >= 100 > o.score
                     and _begins_with(o.label, m.label) and _own_words_unread(o, m.label))
            # (a sign read loosely hides no word read exactly inside it: "fèves" in "après un plat de fèves")
            and (o.score >= m.score or (o.score >= (85.0 if self.for_signs else 80.0) and m.span[1] - m.span[0] == 1)
                 # "maladie de Charcot-Marie-Tooth" begins where "maladie de Charcot" begins;
                 # "mon mari a la maladie de Charcot" is not a loose Charcot-Marie-Tooth
                 # (not for signs: "bébé né avec des dents" read far apart does not hide "dent molaire")
                 # (a nickname read loosely hides no name read word for word: "carcinome métatypique du nez"
                 # is not only "cancer du nez")
                 or (not self.for_signs and o.score >= 85.0 and o.label_kind != "abbreviations" and o.span[0] == m.span[0]
                     and o.kind == m.kind and not _NEGATION.search(" ".join(raw[o.span[0]:o.span[1]]))
                     and not (o.label_kind in LAY and o.score < 100 <= m.score and m.label_kind not in LAY)))
            for o in found)]
        # an abbreviation two names share stands for the one also read by its name: "CAK (carcinome
        # adénoïde kystique) du palais" is the salivary gland's, not the cervix's
        read_by_name = {m.entity_id for m in found if m.label_kind != "abbreviations" and m.score >= 90.0}
        def shared_and_named(m: Mention) -> bool:
            if m.label_kind != "abbreviations" or m.entity_id in read_by_name:
                return False
            owners = {self.labels[i][0] for i in self.exact.get(" ".join(seq[m.span[0]:m.span[1]]), ())}
            return len(owners) > 1 and bool(owners & read_by_name)
        found = [m for m in found if not shared_and_named(m)]
        # A family ("lymphome", "sarcome") is what was said only when nothing more precise was:
        # "lymphome ... de Hodgkin" is Hodgkin's lymphoma, "mésothéliome" alone stays the family.
        def precise_beyond(family: Mention) -> bool:
            return any(o.kind == "cancer" and not self.entities[o.entity_id].get("family")
                       and o.score >= FAMILY_YIELD and not (family.span[0] <= o.span[0] and o.span[1] <= family.span[1])
                       for o in found)
        found = [m for m in found if not (self.entities[m.entity_id].get("family") and precise_beyond(m))]
        # equal scores: the name written first is the subject ("syndrome CHARGE (… atrésie des choanes)")
        ranked = sorted(found, key=lambda m: (-m.score, m.span[0], LABEL_PRIORITY.get(m.label_kind, 5), m.name))
        # "ce n'est pas une trisomie 21, c'est une trisomie 18", "pas le Charcot-Marie-Tooth":
        # a name that is denied comes after the names that are not, when there are some
        denied = {id(m) for m in ranked if m.kind in ("disease", "cancer") and (
            _NEGATION.search(" ".join(raw[max(0, m.span[0] - 3):m.span[0]])) or ruled_out_after(raw, m.span[1]))}
        if denied and any(m.kind in ("disease", "cancer") and id(m) not in denied for m in ranked):
            ranked = [m for m in ranked if id(m) not in denied] + [m for m in ranked if id(m) in denied]
        return ranked[:limit]
