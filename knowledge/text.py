"""French text normalisation shared by every resolver.

Matching ignores case, accents and punctuation, and folds plurals, so that
"Myopathies", "myopathie" and "MYOPATHIE" meet on the same key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

MAX_CHARS = 2000  # a message longer than this is cut: names sit in the first lines

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_NON_WORD = re.compile(r"[^a-z0-9]+")   # "VIH+" is "VIH"; "NETSARC+" is read as "netsarc" on both sides

# Short function words that never carry a name on their own.
STOPWORDS = frozenset(
    """
    a au aux avec c ca ce ces cet cette chez comme d dans de des du elle elles en est et etc
    il ils j je l la le les leur leurs lui m ma mais me mes moi mon n ne ni nos notre nous o on
    ou par pour qu que qui s sa se ses si son sont sur t ta te tes toi ton tu un une vos votre
    vous y the of and or in with to for is my an at as be by it on this that from
    ai as avons avez ont suis es sommes etes etait ete fait faire peut peux veux voudrais
    bonjour bonsoir salut merci svp stp bien tres moins aussi alors donc car quand
    quoi quel quelle quels quelles comment pourquoi ou est-ce depuis
    """.split()
)

# Words that qualify a name but never identify one on their own: "adulte" must not
# bring "maladie de Still de l'adulte" when someone writes "chez un adulte".
GENERIC = frozenset(
    """
    maladie maladies syndrome syndromes type forme formes adulte adultes enfant enfants infantile juvenile
    chronique aigue primitif primitive primaire secondaire familial familiale hereditaire genetique
    neonatal neonatale neonataux
    congenital congenitale rare rares malin maligne benin benigne tumeur tumeurs cancer cancers
    deficit deficience atteinte anomalie anomalies trouble troubles isole isolee progressive
    severe grave precoce tardif tardive lie liee associe associee disease disorder deficiency
    dilate dilatee dilates dilatees
    pas plus jamais sans naissance immature immatures metastatique metastatiques
    lymphome lymphomes leucemie leucemies sarcome sarcomes melanome melanomes gliome gliomes
    gastro hepato neuro cardio pneumo dermato endocrino nephro hemato onco ophtalmo pedo
    """.split()
)


# A patient writes "cancer du rein" where the medical name says "carcinome rénal": the
# adjective of an organ and a carcinoma are compared as the organ and a cancer.
EQUIVALENT = {
    "renal": "rein", "renale": "rein", "hepatique": "foie", "pulmonaire": "poumon",
    "cutane": "peau", "cutanee": "peau", "osseux": "os", "osseuse": "os", "cerebral": "cerveau",
    "cerebrale": "cerveau", "oculaire": "oeil", "uterin": "uterus", "uterine": "uterus",
    "ovarien": "ovaire", "ovarienne": "ovaire", "thyroidien": "thyroide", "thyroidienne": "thyroide",
    "intestinal": "intestin", "intestinale": "intestin", "gastrique": "estomac", "mammaire": "sein",
    "vulvaire": "vulve", "vaginal": "vagin", "vaginale": "vagin", "pancreatique": "pancreas",
    "thymique": "thymus", "peritoneal": "peritoine", "peritoneale": "peritoine", "pleural": "plevre",
    "pleurale": "plevre", "carcinome": "cancer", "nasal": "nez", "nasale": "nez", "nasaux": "nez",
    "abdominal": "ventre", "abdominale": "ventre", "abdominaux": "ventre", "abdomen": "ventre",
    "rectal": "rectum", "rectale": "rectum", "cardiaque": "coeur",
    # a tumour "de l'enfant" is the one a parent describes in "mon fils", "ma fille", "notre bébé"
    "fils": "enfant", "fille": "enfant", "bebe": "enfant", "nourrisson": "enfant", "garcon": "enfant",
    "pediatrique": "enfant",
}


# Shorthand of medical notes and texting: "sd de Rett" is "syndrome de Rett".
SHORTHAND = {"sd": "syndrome", "sdr": "syndrome", "synd": "syndrome", "mdie": "maladie", "mld": "maladie",
             "angio": "angiographie",   # "à l'angio": the exam, not "angio-œdème"
             # texting: "ttes les 2h" is "toutes", not the abbreviation TTE
             "ttes": "toutes", "tjrs": "toujours", "tjs": "toujours", "bcp": "beaucoup", "qd": "quand",
             # a common slip: "tumeure du thymus"
             "tumeure": "tumeur", "tumeures": "tumeurs"}

# Parts of the body: named alone, they say where, never which disease
ANATOMY = frozenset("""
    glande glandes cartilage placenta thymus globule globules salivaire salivaires surrenale surrenales pelvis
    thyroide hypophyse rein reins os peau poumon poumons sein seins foie coeur cerveau moelle nerf nerfs
    muscle muscles oeil yeux paupiere orbite sinus nez bouche langue levre gorge larynx pharynx
    oesophage estomac intestin intestins colon rectum anus pancreas rate vessie uterus ovaire ovaires
    testicule testicules prostate vulve vagin col peritoine plevre vaisseau vaisseaux sang ganglion
    ganglions annexe annexes membrane ventre thorax cou visage crane machoire vertebre vertebres oreille oreilles
    lymphatique lymphatiques dent dents epiniere conduit auditif tympan
    """.split())

# Words that say a cancer is meant even when no precise cancer is named.
CANCER_WORDS = frozenset(
    "cancer tumeur lymphome sarcome carcinome melanome leucemie metastase malin maligne neoplasie "
    "neoplasme kaposi blastome".split())


# Words of cancer care: a cancer is the subject, and an organ alone does not give its network
CANCER_CARE = frozenset("chimio chimiotherapie radiotherapie protontherapie curietherapie oncologue oncologie cancerologue "
                        "oncopediatre cancero cancerologie onco "
                        # the cancer centres people name: "il l'envoie à Curie", "suivie à Gustave Roussy"
                        "curie roussy bergonie lambret baclesse calmettes clcc".split())
# Words that say a cancer is the subject without naming its type: its care, its signs, a family name
CANCER_CUES = CANCER_CARE | frozenset("""
    masse grosseur anatomopathologiste anapath metastases mesotheliome thymome chordome adenocarcinome amiante
    neuroblastome nephroblastome retinoblastome glioblastome hepatoblastome paragangliome
    pheochromocytome corticosurrenalome carcinoide seminome insulinome gastrinome cancereux cancereuse
    carcinoma tumor tumour sarcoma lymphoma melanoma malignant lnh
    """.split())


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    # after NFKD an accent is a separate mark: dropping non-ASCII drops the accents
    # (and other scripts, which carry no name Ariane knows)
    text = text.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_WORD.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower-case, strip accents and ligatures, keep letters and digits."""
    return _fold(text[:MAX_CHARS]) if text else ""


def longest_from(keys) -> dict[str, int]:
    """Per first word of the keys (words joined by spaces), the most words of a key beginning with
    it: a reader of word groups looks only where a key can begin, and no further than its longest."""
    longest: dict[str, int] = {}
    for k in keys:
        words = k.split(" ")
        longest[words[0]] = max(longest.get(words[0], 0), len(words))
    return longest


def plain(text: str) -> str:
    """Lower case, without accents, each character in its place (the spans found in it are the
    text's own)."""
    return text.lower() if text.isascii() else "".join(map(_plain_char, text))


@lru_cache(maxsize=4096)
def _plain_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[0].lower()
    return base if len(base) == 1 else ch


# Words that end in -s in the singular too.
INVARIABLE = frozenset("fils pays corps temps poids bras dos repos".split())

# "type I" and "type 1" are the same type. "x" stays a letter: "X fragile", "lié à l'X".
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9",
         "xi": "11", "xii": "12", "xiii": "13"}


@lru_cache(maxsize=65536)
def stem(token: str) -> str:
    """Light French/English plural folding: myopathies -> myopathie, renaux -> renal."""
    if token in ROMAN:
        return ROMAN[token]
    if len(token) <= 3 or token.isdigit() or token in INVARIABLE:
        return token
    if token.endswith("aux") and len(token) > 5:
        return token[:-3] + "al"
    if token.endswith(("s", "x")) and not token.endswith(("ss", "us", "is")):
        return token[:-1]
    return token


def tokens(text: str) -> list[str]:
    return fold(text).split()


def key(text: str) -> str:
    """The lookup key of a whole name: folded and stemmed tokens."""
    return " ".join(stem(t) for t in tokens(text))


def content_tokens(text: str) -> list[str]:
    return [stem(t) for t in tokens(text) if t not in STOPWORDS]


_PHONETIC = [
    (re.compile(r"ph"), "f"), (re.compile(r"qu"), "k"), (re.compile(r"[cs]h"), "x"),   # "sharko" is "charcot"
    (re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"c"), "k"), (re.compile(r"th"), "t"),
    (re.compile(r"gu(?=[ei])"), "g"), (re.compile(r"y"), "i"), (re.compile(r"z"), "s"),
    (re.compile(r"eau|au"), "o"), (re.compile(r"ai|ei"), "e"), (re.compile(r"w"), "v"),
    (re.compile(r"(?<![cs])h"), ""), (re.compile(r"(.)\1+"), r"\1"),
    (re.compile(r"(?<=[aeiou])m(?=[pbf])"), "n"),   # "linfome" sounds like "lymphome"
]


@lru_cache(maxsize=65536)
def concept(token: str) -> str:
    """The sound key of a word after folding organ adjectives onto their organ."""
    return sound(EQUIVALENT.get(token, token))


# In a sign, a son is not a daughter: "seuls les garçons sont touchés"
_SIGN_EQUIVALENT = {k: v for k, v in EQUIVALENT.items() if v != "enfant"} | {
    # everyday verbs said for the same thing: "quand il rigole" is "quand il rit"
    w: "rit" for w in ("rire", "riant", "rient", "rigole", "rigoler", "rigolant", "rigolent")} | {
    # a colour said two ways: "des taches violacées" are "des taches violettes"
    w: "violet" for w in ("violace", "violacee", "violaces", "violacees", "violette", "violettes", "violets")} | {
    # a result said two ways: "ferritine haute" is "ferritine élevée"
    w: "eleve" for w in ("elevee", "eleves", "elevees", "haut", "haute", "hauts", "hautes")}


def said_alike(a: str, b: str) -> bool:
    """Two words a sign takes as one: "rigole" and "rit"."""
    return a in _SIGN_EQUIVALENT and _SIGN_EQUIVALENT[a] == _SIGN_EQUIVALENT.get(b, b)


def verb_root(token: str) -> str:
    """The root of a verb as people conjugate it in a sign: "perdu", "perdent", "perdre" and
    "perd" are one word ("a perdu la parole" is the sign "perd la parole")."""
    if len(token) >= 5:
        if token.endswith(("dues", "dus", "due", "du")):
            return token[:token.rindex("du") + 1]
        if token.endswith("dre"):
            return token[:-2]
        if token.endswith("ent") and len(token) >= 6:
            return token[:-3]
    return token


@lru_cache(maxsize=65536)
def sign_concept(token: str) -> str:
    """The sound key of a word of a sign: organ adjectives fold, people's words do not."""
    return sound(verb_root(_SIGN_EQUIVALENT.get(token, token)))


@lru_cache(maxsize=65536)
def sound(token: str) -> str:
    """A rough French sound key, so "charko" meets "charcot" and "marphan" meets "marfan"."""
    if len(token) <= 2 or not token.isalpha():
        return token
    s = token
    for pattern, repl in _PHONETIC:
        s = pattern.sub(repl, s)
    s = re.sub(r"(?<=..)er[sx]?$", "e", s)   # "gaucher" sounds like "gauche", "Angers" like "angé"
    s = re.sub(r"(?<=..)[estxd]+$", "", s)
    return s or token
