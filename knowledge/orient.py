"""From what a person typed to a place in the care system: the typed Orientation result."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache

from . import urgency
from .names import LAY, Mention, ruled_out_after
from .places import Place
from .store import KnowledgeBase, load
from .text import CANCER_CARE, CANCER_CUES, CANCER_WORDS, MAX_CHARS, STOPWORDS, fold, key, plain, stem, tokens

MATCH_MIN = 70       # below this a name is only a guess and is not used to orient
CLOSE = 4            # two candidates closer than this (and in different filières) are asked about
SYMPTOM_MIN = 80
SIGN_MIN = 70        # a sign's words all read, at most four other words between them
TELLING = 2.0        # a telling sign (a specific treatment, exam or sign) counts as two
OWN = 2.0            # the description kept with the disease itself ("urines qui sentent la souris"), like a telling sign
STRONG_SIGNS = 2.0   # two signs of one disease, or one telling sign: a lead of its own
FEW = 3              # a sign shared by at most this many diseases still tells them apart
ONE_CLEAR_SIGN = 0.85  # one sign of one disease only, read almost word for word
THREE_SIGNS = 3.0    # what it takes to outweigh a name read loosely, but not from a lay description
TIE_SIGNS = 1.0      # one sign read word for word, of that disease only, settles a tie between two names
NEGATIONS = {"pa", "pas", "sans", "non", "jamais", "aucun", "aucune", "ni", "not", "no", "rien"}
_MISSING = {"pas", "sans", "aucun", "aucune", "absence", "absent", "absents", "absente", "absentes", "manque", "manquent",
            "jamais", "ni", "plus", "agenesie", "no", "not", "without", "rien", "zero"}
NOT_A_DENIAL = {"arret", "cesse", "raison", "fin", "interruption", "relache", "compter"}   # "sans arrêt"
LOOSE = 90           # a disease read below this is a loose reading (part of a name, far apart words)
DISEASE_FIRST = 1.5   # signs of one disease this heavy outweigh a cancer read loosely or its organ alone
CLOSE_LEAD = 0.75    # a second disease or cancer the signs point to almost as much
SCATTERED = 72.0     # a name read from words scattered over a sentence, the loosest reading
CANCER_FIRST = 10    # a cancer read this close to a disease is the subject ("thymome avec myasthénie")
LIKENESS = 15        # a cancer's name after "ressemble à" is read only loosely
FAR_APART_READ = 80  # below this, a name's words were read far apart or a word is missing
_LIKENED = {"ressemble", "ressemblent", "ressemblant", "comme", "aspect", "allure"}
# "la génétique a confirmé un syndrome CHARGE": the diagnosis finally made
_DIAGNOSIS_CUES = {"diagnostic", "diagnostique", "diagnostiquee", "diagnostiques", "confirme", "confirmee",
                   "finalement", "conclusion", "retenu", "parle", "evoque"}
# care still to come: "chimio puis peut-être une greffe", "il attendait une greffe", "on va tester notre
# compatibilité pour une greffe de moelle"
_PLANNED = {"voire", "puis", "peut", "envisage", "envisager", "envisagee", "attente", "prevoir", "prevue", "prevu",
            "eventuellement", "attend", "attendait", "attendons", "attendaient", "parler", "discuter",
            "compatibilite", "compatible", "compatibles"}
_CLAUSES = re.compile(r"[,.;:!?()]")   # a denial does not cross these
_DENIALS = {"pas", "plus", "jamais", "ni", "non"}
_ARTICLES = {"un", "une", "le", "la", "l"}
QUESTION_WORDS = {"quoi", "quel", "quelle", "qu", "comment", "pourquoi", "explique", "expliquer",
                  "difference", "signifie", "veut", "definition", "what", "role", "sert"}


@dataclass
class Resolution:
    text: str
    mentions: list[Mention]
    place: Place | None
    urgency: str | None
    terms: list[str]
    ambiguous: bool
    candidates: list[Mention] = field(default_factory=list)
    contexts: list[str] = field(default_factory=list)   # entity ids of a cancer context ("greffé", "VIH")
    body: list[dict] = field(default_factory=list)       # organs named ("les reins"), the last resort
    keys: list[str] = field(default_factory=list)        # the message as lookup keys
    signs: list[Mention] = field(default_factory=list)   # signs of a disease or a cancer, not denied
    unknown_type: tuple[str, str, tuple[str, ...]] | None = None   # (family, type said, its filières)

    @property
    def best(self) -> Mention | None:
        named = [m for m in self.mentions if m.kind in ("disease", "cancer") and m.score >= MATCH_MIN]
        if not named:
            return None
        cancer = next((m for m in named if m.kind == "cancer"), None)
        if named[0].kind == "disease" and cancer and cancer.score >= max(90.0, named[0].score - CANCER_FIRST):
            return cancer
        return named[0]

    @property
    def symptoms(self) -> list[Mention]:
        return [m for m in self.mentions if m.kind == "symptom" and m.score >= SYMPTOM_MIN]


@dataclass
class Orientation:
    query: str
    kind: str                      # disease | cancer | symptom | question | unknown
    matches: list[dict]
    ambiguous: bool
    candidates: list[dict]
    filieres: list[dict]
    erns: list[dict]
    ern_rule: str
    cancer_networks: list[dict]
    place: dict | None
    platforms: list[dict]
    centres: list[dict]
    resources: list[dict]
    home_provider: str
    not_a_diagnosis: str | None
    emergency: str | None
    answer: dict | None
    notes: list[str]
    sources: list[dict]
    data_as_of: str
    context: str | None = None     # id of a cancer context applied to the subject ("greffé", "VIH")

    def to_dict(self) -> dict:
        return asdict(self)


def _keys(text: str) -> list[str]:
    """The message as lookup keys (folded, stemmed words), computed once per message."""
    return key(text).split()


def _glossary_terms(kb: KnowledgeBase, keys: list[str]) -> list[str]:
    toks = keys[:200]
    found = []
    for size in range(min(6, len(toks)), 0, -1):
        for start in range(len(toks) - size + 1):
            term = kb.glossary_keys.get(" ".join(toks[start:start + size]))
            if term and term not in found:
                found.append(term)
    return found


def _said_everywhere(joined: str, cue: str, window: int = 3) -> list[int]:
    """Every place the cue is in the text (keys joined between spaces) and not denied ("il
    n'a pas le VIH")."""
    found = []
    at = joined.find(f" {cue} ")
    while at >= 0:
        before = joined[:at].split()
        # "personne dans la famille": nobody ("une personne greffée" is somebody); further from the
        # cue, only with its "ne": "personne n'en a eu dans la famille"
        nobody = any(before[i] == "personne" and before[max(0, i - 1):i] not in (["une"], ["la"], ["cette"], ["chaque"], ["toute"])
                     and (i >= len(before) - window or before[i + 1:i + 2] in (["n"], ["ne"]))
                     for i in range(max(0, len(before) - 6), len(before)))
        if not NEGATIONS & set(before[-window:]) and not nobody:
            found.append(at)
        at = joined.find(f" {cue} ", at + 1)
    return found


def _said_at(joined: str, cue: str, window: int = 3) -> int:
    """Where the cue is first said and not denied, or -1."""
    return next(iter(_said_everywhere(joined, cue, window)), -1)


def _said(joined: str, cue: str, window: int = 3) -> bool:
    return _said_at(joined, cue, window) >= 0


def _body_domains(kb: KnowledgeBase, toks: list[str]) -> list[dict]:
    """The organs and body domains a message names ("une maladie rare des reins"), in the
    order of the text; the last resort of orientation, never with a cancer."""
    toks = toks[:300]
    if any(t in CANCER_WORDS or t in CANCER_CARE for t in toks):
        return []
    joined = f" {' '.join(toks)} "
    first_at: dict[str, tuple[int, dict]] = {}
    for t in set(toks):
        for entry, phrase in kb.body_words.get(t, ()):
            if _said(joined, phrase, window=4):   # "pas de souci au foie"
                at = joined.find(f" {phrase} ")
                if entry["name"] not in first_at or at < first_at[entry["name"]][0]:
                    first_at[entry["name"]] = (at, entry)
    return [entry for _, entry in sorted(first_at.values(), key=lambda f: f[0])]


_CANCER_SAID = CANCER_WORDS | {stem(w) for w in CANCER_CUES}
PATHOLOGY = {stem(w) for w in ("biopsie", "biopsies", "ponction", "anormales", "anormaux", "malades", "immatures",
                                "hematologue", "hemato", "anapath", "pathologiste", "relecture", "relire", "relue", "relues")}
# the doctor who treats, not a finding: "l'hématologue me donne de la desmopressine"
_CARER = {"hematologue", "hemato"}
# "une deuxième lecture par des experts": the pathologist's slides read again
_SECOND_READING = [key(p) for p in ("deuxième lecture", "double lecture", "seconde lecture", "second avis du pathologiste")]
_LUMP = {stem(w) for w in ("boule", "boules", "bosse")}
# a spot that grows: "une tache dans l'iris qui a grossi", "un grain de beauté qui a grossi"
_SPOT = {stem(w) for w in ("tache", "taches", "plaque", "plaques", "grain", "grains")}
_BENIGN = {"benigne", "benin", "benignes", "benins", "benign"}   # "une tumeur bénigne graisseuse au rein"
_GROWING = ("grossi", "grandi", "agrandi", "epaissi", "tripl", "doubl")
_CANCER_PHRASES = [key(p) for p in ("biopsie positive", "biopsie est positive", "biopsie était positive", "biopsie mauvaise",
                                    "biopsie est mauvaise", "biopsie revenue mauvaise", "biopsie est revenue mauvaise",
                                    "biopsie revient positive", "biopsie revenue positive", "biopsie est revenue positive",
                                    "biopsie pas bonne", "biopsie n'est pas bonne", "prolifération lymphoïde",
                                    # "ce n'est plus un simple grain de beauté": no longer benign
                                    "plus un simple grain de beauté", "plus un simple naevus",
                                    # the surgeon's words of a cancer: "c'est la forme la plus agressive"
                                    "la forme la plus agressive",
                                    # a tumour marker: "l'alpha foeto est à 900" ("alpha-fœtoprotéine", "CA-125" key the same)
                                    "alpha foeto", "alpha foetoprotéine", "alphafœtoprotéine", "ca125", "ca 125",
                                    # the slides of a tumour sent to an expert: "il envoie les lames à un expert national"
                                    "envoie les lames", "envoyer les lames", "lames partent", "lames sont parties",
                                    "relire les lames", "relecture des lames", "lames à relire", "lames en relecture")]
# cells found carrying a marker ("cellules CD30 positives"): with lymphoid cells and an organ, a lymphoma
_MARKED = {stem(w) for w in ("positives", "positifs", "positive", "positif", "marquées", "marqués")}
# an organ said after these is not the tumour's own: the graft of a transplanted person, an organ pushed aside
_NOT_ITS_ORGAN = {key(w) for w in ("greffé", "greffée", "greffés", "greffées", "repousse", "refoule", "comprime", "écrase")}
_ORIGIN = {"vient", "viendrait", "provient", "part", "origine", "nait", "nee"}
_NEGATIVE = {key(w) for w in ("négatif", "négative", "négatifs", "négatives", "neg", "nég")}
# ("une prolifération de globules blancs dans la paroi de l'estomac")
_FOUND = {stem(w) for w in ("anormales", "anormaux", "bizarres", "malades", "immatures", "identiques", "clonal", "clonale",
                            "monoclonal", "proliferation", "proliferent",
                            # "la biopsie montre des globules blancs B qui se multiplient"
                            "multiplient")}
# a child: "mon fils de 3 ans", "bébé", "ma fille de 18 mois", "notre bébé de 3 semaines"
# ("notre fils est né il y a 3 semaines"; "notre bébé de 3 semaines" is born, whatever the pregnancy
# echo said)
_CHILD = re.compile(r"\b(?:(?:bebe|bb|fils|fille|fillette|gamin|gamine|enfant|garcon|petit|petite|neveu|niece)\s+(?:de\s+|d\s+)?"
                    # ("ma petite fille d'un an")
                    r"(?:(?:[0-9]|1[0-4]|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s*ans?|\d+\s*(?:mois|semaines|jours))|"
                    r"bebe|bb|nourrisson|nouveau ne|nee? il y a \d+\s*(?:mois|semaines|jours)|\d+\s*(?:semaines|jours|mois) de vie)\b")
# the age set apart after whose child it is: "le neveu de mon mari, 5 ans," (read before folding);
# or said before: "pneumothorax à 2 ans chez ma fille"
_CHILD_APART = re.compile(r"\b(?:fils|fille|enfant|garçon|garcon|neveu|nièce|niece)\b[^,.;:!?]{0,25},\s*(?:[0-9]|1[0-4])\s*ans\b"
                          r"|\b(?:a|à) (?:[0-9]|1[0-4]) ans chez (?:ma|mon|notre) (?:fille|fils|enfant|garçon|garcon|bébé|bebe)\b")
# "notre fils (…) à 4 ans on a vu une masse", "(…) a maintenant 18 mois", "née à 28 semaines,
# maintenant 16 mois": a child's age said later
_CHILD_LATER = re.compile(r"\b(?:fils|fille|fillette|enfant|garcon)\b.{0,200}?(?:\b(?:a\s+(?:maintenant\s+|deja\s+)?|maintenant\s+)"
                          r"(?:(?:[0-9]|1[0-4])\s*ans|\d+\s*mois)\b|\b(?:[0-9]|1[0-4])\s*ans maintenant\b)")
# an adult: "mon père", "ma femme", "j'ai 47 ans", "ma fille de 22 ans"
_ADULT = re.compile(r"\b(?:(?:pere|mere|mari|epouse|epoux|papa|grand pere|grand mere|oncle|tante|conjoint|compagne|compagnon)\b"
                    r"|ma femme\b|(?:1[89]|[2-9][0-9])\s*ans\b)")
_AFTER_PREGNANCY = re.compile(r"\b(?:fausses? couches?|accouchement|accouche|accouchee|grossesse|enceinte|ivg|curetage"
                              r"|mort nee?s?|avortement)\b")
_PREGNANT = re.compile(r"\b(?:enceinte|grossesse|accouchement|accouche|accouchee)\b")
CHILDHOOD_ONLY = {"MASTERBLAST"}   # the blastemal tumours of young children
# a child's kind of tumour found in an adult or a teenager: "une tumeur du rein qu'on voit d'habitude
# chez les enfants", "un type pédiatrique", "des cellules qui ressemblent au pancréas d'un fœtus"
_CHILD_KIND = re.compile(r"\b(?:qu on (?:voit|trouve|rencontre)|vue?s?)\s+(?:d habitude |surtout |plutot |normalement |en general )?"
                         r"chez les (?:bebes|tout petits|petits enfants|jeunes enfants|enfants)\b"
                         r"|\btype pediatrique\b|\b(?:tumeur|cancer) pediatrique\b"
                         r"|\bressembl\w* (?:a|au|aux|a du|a de la|a des)\b[\w ]{0,25}\b(?:foetus|embryon)\b|\bd un foetus\b")


# A relative's cancer told as family history: "mon oncle a eu une tumeur de l'œil", "ma tante un
# cancer de la plèvre" (read on the folded text, to the end of its clause)
_RELATIVE_CANCER = re.compile(
    r"\b(?:mon|ma|mes|notre|nos|son|sa|ses|un|une|leur)\s+(?:grand\s+)?(?:oncle|tante|mere|pere|maman|papa|cousin|cousine|"
    r"frere|s(?:oe|\u0153)ur|grands? parents?|parents|grand mere|grand pere|arriere grand \w+)\b"
    r"(?:\s+(?:(?:a|avait|ont|avaient)\s+eu|est\s+(?:decedee?|morte?)\s+d\w*|aussi)){0,2}"
    r"\s+(?:(?:une?|des|d|la|le|l)\s+)?(?:cancer|cancers|tumeur|tumeurs|melanome|sarcome|lymphome|carcinome)\b[^,.;:()!?]*")
# the writer or the person asked about, said apart from the relatives: "moi, 49 ans", "j'ai 45 ans"
_SELF = re.compile(r"\b(?:moi|je|j|on me|on m|chez moi)\b")


def _relatives_history_apart(text: str) -> str:
    """The message without the cancers of relatives told as family history, when the message
    also speaks of the writer's own tumour ("dans notre famille une mutation BAP1, mon oncle a eu
    une tumeur de l'œil. moi 49 ans (…) la biopsie dit tumeur maligne de la plèvre": the pleura's).
    Without a cancer of the writer's own, the relative's cancer is what the message asks about."""
    lowered = re.sub(r"[’'-]", " ", plain(text[:MAX_CHARS]))
    spans = [m.span() for m in _RELATIVE_CANCER.finditer(lowered)]
    if not spans or not _SELF.search(lowered):
        return text
    rest = lowered
    for a, b in spans:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if not set(re.findall(r"\w+", rest)) & (CANCER_WORDS | {"biopsie", "tumeurs", "cancers"}):
        return text
    for a, b in spans:   # (the lowered text keeps each character in its place)
        text = text[:a] + " " * (b - a) + text[b:]
    return text


def age_said(text: str) -> str | None:
    """"child", "adult" or None: whom the message speaks of, when it says so."""
    folded = fold(text)
    # "enceinte (…) garder le bébé": the baby of a pregnancy is not the person the message speaks
    # of; a baby "opéré à 3 semaines de vie" is
    pregnant = bool(_PREGNANT.search(folded))
    if any(c.group(0) not in ("bebe", "bb") or not pregnant for c in _CHILD.finditer(folded)) \
            or _CHILD_APART.search(text.lower()):
        return "child"
    adult = _ADULT.search(folded)
    if _CHILD_LATER.search(folded) and not (adult and adult.group(0)[0].isdigit()):
        return "child"
    return "adult" if adult else None


def _adult_form(res: Resolution, best: Mention) -> Mention:
    """A child's tumour named for an adult: its adult form when the base has one, read from the
    same words ("mon mari de 50 ans a un néphroblastome": the nephroblastoma of the adult)."""
    return next((m for m in res.mentions if m.kind == "cancer" and m.span == best.span and m.score >= MATCH_MIN
                 and _of_adults(m.name)), best)


def _of_adults(name: str) -> bool:
    return "adulte" in fold(name).split()


def childhood_only(entity: dict) -> bool:
    """A tumour of young children only (not its adult form, which the same network reviews)."""
    networks = set(entity.get("networks") or [])
    return bool(networks) and networks <= CHILDHOOD_ONLY and not _of_adults(entity["name"])


def _cancer_said(toks: list[str], joined: str, age: str | None) -> bool:
    """A cancer is said, in words ("tumeur", "chimio") or in lay words: "une boule dans le
    ventre" of a young child, a lump that grows ("une boule dans la cuisse qui grossit depuis
    six mois"), "la biopsie est positive"."""
    return any((t in _CANCER_SAID and not _said_benign(toks, i) and not _ruled_out(toks, i))
               or (t in _LUMP and (age == "child" or _grows(toks[i + 1:i + 11]) or _large(toks[i + 1:i + 15])))
               or (t in _SPOT and (_grows(toks[i + 1:i + 17]) or _changes(toks[i + 1:i + 17]))) for i, t in enumerate(toks)) \
        or any(f" {p} " in joined for p in _CANCER_PHRASES)


_FEARED = re.compile(r"\b(?:risques? (?:de|d|du)|peur (?:de|d|du)(?: un| une)?|pensai(?:t|ent) (?:a|au)(?: un| une)?|"
                     r"pense (?:a|au)(?: un| une)?|craint\w* (?:un|une)|suspicion (?:de|d)(?: un| une)?)$")
# a tumour looked for ("on a fait la recherche de la tumeur du rein qui peut aller avec"), not found
_SCREENED = re.compile(r"\b(?:recherche|depistage) (?:de|d|du)(?: la| le| l| une| un)?$")


# "son cousin est suivi pour une tumeur du rein mais ça n'a rien à voir": not the subject (a tumour
# that "n'a rien à voir avec la chute" is the subject, unrelated to something else)
_BESIDE_THE_POINT = re.compile(r"\b(?:rien a voir|aucun rapport|sans rapport|pas de rapport)\b(?! avec)|\bc est autre chose\b")


def _ruled_out(toks: list[str], i: int) -> bool:
    """The cancer word at i is denied or only feared: "pas de tumeur", "ce ne sont pas des tumeurs",
    "aucune tumeur", "le risque de cancer", "le lymphome a été écarté"."""
    return toks[max(0, i - 2):i] in (["pas", "de"], ["ni", "de"], ["pas", "d"], ["pas", "des"]) \
        or toks[i - 1:i] in (["aucune"], ["aucun"], ["sans"]) or _feared(toks, i) \
        or bool(_SCREENED.search(" ".join(toks[max(0, i - 4):i]))) \
        or bool(_BESIDE_THE_POINT.search(" ".join(toks[i + 1:i + 14]))) \
        or any(ruled_out_after(toks, end) for end in range(i + 1, i + 5))   # ("le lymphome a été écarté")


def _cancer_only_denied(toks: list[str]) -> bool:
    """Every cancer word of the message is denied: "la biopsie dit que c'est pas un cancer", "le
    sarcome a été écarté", "on m'a dit que ce n'est pas un lymphome". Signs of a cancer then lead
    to no network: the person says what the illness is not."""
    # (a cancer only thought of counts neither way: "on pensait à un lymphome mais ce n'est pas un
    # cancer"; "pas de métastases" denies no cancer)
    said = [i for i, t in enumerate(toks) if t in _CANCER_SAID and not _said_benign(toks, i)
            and not t.startswith("metasta") and not _feared(toks, i)]
    # ("pas un cancer qui donne des métastases" denies a kind, not the cancer)
    return bool(said) and all(
        (toks[max(0, i - 2):i] in (["pas", "de"], ["pas", "d"], ["pas", "des"], ["pas", "un"], ["pas", "une"],
                                   ["rien", "de"], ["rien", "d"])
         and toks[i + 1:i + 2] not in (["qui"], ["comme"], ["habituel"], ["classique"]))
        or toks[i - 1:i] in (["aucune"], ["aucun"]) or any(ruled_out_after(toks, end) for end in range(i + 1, i + 5))
        for i in said)


def _feared(toks: list[str], i: int) -> bool:
    """A cancer feared or thought of, not found: "à cause du risque de cancer de l'os", "on pensait à un
    lymphome", "on avait peur d'une tumeur"."""
    return bool(_FEARED.search(" ".join(toks[max(0, i - 4):i])))


def _said_benign(toks: list[str], i: int) -> bool:
    """The cancer word at i is said benign: "une tumeur bénigne"."""
    return bool(_BENIGN & set(toks[i + 1:i + 3]))


_AS_BIG_AS = re.compile(r" comme (?:une |un )?(?:orange|pamplemousse|melon|poing|oeuf|balle|mandarine|clementine|citron|noix|abricot|prune) ")


def _large(after: list[str]) -> bool:
    """ "(une boule) de 4 cm", "grosse comme une orange": a lump of three centimetres or more."""
    sizes = [int(t) for i, t in enumerate(after) if t.isdigit() and after[i + 1:i + 2] == ["cm"]] \
        + [int(t[:-2]) for t in after if t.endswith("cm") and t[:-2].isdigit()]   # ("4cm")
    return any(size >= 3 for size in sizes) or bool(_AS_BIG_AS.search(f" {' '.join(after)} "))


# a spot that changes shape or colour ("une tache sur l'iris qui a changé de forme"), not one that does not
_CHANGES = re.compile(r"\b(?<!pas )(?<!jamais )chang\w* (?:de|d) (?:forme|aspect|couleur|taille)\b")


def _changes(after: list[str]) -> bool:
    return bool(_CHANGES.search(" ".join(after)))


def _grows(after: list[str]) -> bool:
    """ "(une boule) qui a grossi en trois semaines", not "(…) qui ne grossit pas" ("qui grossit
    depuis 6 mois, pas douloureuse" grows: the denial comes after)."""
    at = next((i for i, t in enumerate(after) if t.startswith(_GROWING)), None)
    # (the denial next to the growth: "pas douloureuse, qui a grossi" grows)
    return at is not None and not NEGATIONS & set(after[max(0, at - 2):at + 2])


def _organs_said(kb: KnowledgeBase, toks: list[str], joined: str) -> tuple[list[tuple], dict | None, bool]:
    """The organs said and not denied ("un cancer des ganglions, pas du thymus"), each with its
    rank; the lymphoid entry when a lymphoma is said; whether lymphocytes or white cells are."""
    # where a cancer word is: "des boules sur la peau (…) et un cancer du rein" is a kidney cancer
    # ("des métastases aux os" says where it spread, not where it began)
    # (not a tumour said benign: "une tumeur bénigne de la rétine (…) une tumeur au rein" is the kidney's)
    said_at = [i for i, t in enumerate(toks) if t in _CANCER_SAID and not t.startswith("metasta")
               and not _said_benign(toks, i)]
    # "pas de tumeur de l'ovaire": the organ of a tumour denied is not where it is
    # ("pas un cancer du testicule habituel": the usual kind is denied, not the organ)
    denied_at = [i for i in said_at if _ruled_out(toks, i) and not _USUAL & set(toks[i + 1:i + 6])]
    said_at = [i for i in said_at if i not in denied_at]
    spread_at = [i for i, t in enumerate(toks) if t.startswith("metasta")]
    # "opérée il y a 4 ans, et maintenant ça revient dans les os": where it came back, not where it began
    back_at = [i for i, t in enumerate(toks) if t in _COMES_BACK]
    organs, lymphoid, cells = [], None, False
    for site, words in kb.cancer_sites:
        if site.get("lymphoid"):
            # "des lymphocytes", "des globules blancs": a lymphoma only when an organ is said with them
            # (not cells said missing: "presque plus de lymphocytes B", "pas de lymphocytes B")
            cells = any(not _said_missing(joined, at) for w in site.get("cell_words") or []
                        for at in _said_everywhere(joined, key(w)))
        for w in words:
            found = []
            for at in _said_everywhere(joined, w):
                word_at = joined[:at].count(" ")
                if site.get("lymphoid"):
                    if _treated_long_ago(toks, word_at) or _ruled_out(toks, word_at):
                        continue   # ("on pensait à un lymphome", "pas de lymphome")
                    lymphoid = site
                    break
                if any(0 < word_at - i <= 3 for i in spread_at) and not any(0 < word_at - i <= 4 for i in said_at):
                    continue   # "des métastases aux os": where it spread, not where it began
                if word_at + len(w.split()) in spread_at:
                    continue   # (said in English: "with bone metastases")
                if any(0 < word_at - j <= 3 and not any(j < i < word_at for i in said_at) for j in back_at):
                    continue
                if any(0 < word_at - i <= 3 for i in denied_at) and not any(0 < word_at - i <= 4 for i in said_at):
                    continue
                if _NOT_ITS_ORGAN & set(toks[max(0, word_at - 3):word_at]) or toks[max(0, word_at - 2):word_at - 1] == ["pousse"]:
                    continue   # "greffée d'un rein", "une masse qui repousse le rein": not where it is
                if _spared(toks[word_at + len(w.split()):word_at + len(w.split()) + 7]):
                    continue   # "une masse sur la glande au-dessus du rein (…) le rein lui-même est sain"
                # (a cancer word said of what came before looks back: "l'analyse montre que c'est malin.
                # IRM du bassin" is no cancer of the pelvis)
                right_after = any(0 < word_at - i <= 4 and toks[i - 1:i] not in (["est"], ["etait"], ["sont"]) for i in said_at)
                # "une tumeur dans le muscle de l'utérus qui viendrait du placenta": where it comes from
                # ("d'origine neuroendocrine" says the kind of cells, not the organ it comes from)
                origin = bool(_ORIGIN & set(toks[max(0, word_at - 3):word_at])) and not site.get("cell_type")
                # the organ it comes from, the organ named right after a cancer word, an organ before a
                # kind of cell ("neuroendocrine de la peau" is of the skin), the most precise phrase, the first
                rank = 0 if origin else 1 if right_after else 2
                found.append((rank, bool(site.get("cell_type")), -len(w.split()), at, site, len(w)))
            if found:   # where the organ is said best: "des échos des reins (…) une masse sur un rein"
                organs.append(min(found, key=lambda o: o[:4]))
    # "l'os derrière l'oreille" is one organ, not also "l'os"
    organs = [o for o in organs if not any(p[3] <= o[3] and o[3] + o[5] <= p[3] + p[5] and p[5] > o[5] for p in organs)]
    return [o[:5] for o in organs], lymphoid, cells


_COMES_BACK = frozenset("revient reviennent revenu revenue revenus revenues recidive recidives propage propagee propages "
                        "propagees etendu etendue etendus etendues".split())
_TREATED = frozenset("rayon rayons irradie irradiee irradies radiotherapie chimio chimiotherapie traite traitee soigne soignee".split())
_LONG_AGO = frozenset("enfant enfance autrefois ado adolescent adolescente adolescence".split())


_SPARED = frozenset("sain saine sains saines indemne normal normale".split())
_USUAL = frozenset("habituel habituelle habituels habituelles classique classiques ordinaire ordinaires typique".split())


def _spared(after: list[str]) -> bool:
    """The organ is said untouched: "le rein lui-même est sain", "l'œil lui-même n'est pas touché"."""
    if after[:2] not in (["lui", "meme"], ["elle", "meme"]):
        return False
    said = after[2:6] if after[2:3] in (["est"], ["n"], ["semble"], ["parait"]) else after[2:3]
    # ("le vagin lui-même, col normal": the cervix is normal, not the vagina)
    return bool(_SPARED & set(said)) or any(a == "pas" and b.startswith("touch") for a, b in zip(said, said[1:]))


def _treated_long_ago(toks: list[str], at: int) -> bool:
    """A lymphoma said as what was treated long ago: "à 20 ans j'ai eu des rayons sur le thorax
    pour un cancer des ganglions (…) une tumeur de la plèvre", "enfant, une chimio pour un cancer
    du sang"; the cancer asked about is another."""
    before = toks[max(0, at - 12):at]
    if "pour" not in before[-3:] or not _TREATED & set(before):
        return False
    after = toks[at:]
    if any(t.startswith(("recidiv", "rechut")) for t in after) or any(
            a in ("ca", "il", "elle", "lymphome", "cancer", "maladie") and b.startswith("revien") for a, b in zip(after, after[1:])):
        return False   # "traité il y a 2 ans pour un lymphome (…) ça revient dans l'œil": the same one
    aged = any(before[i] == "a" and before[i + 1].isdigit() and before[i + 2] in ("ans", "an")
               for i in range(len(before) - 2))
    return aged or bool(_LONG_AGO & set(before)) or " il y a " in f" {' '.join(before)} "


def _said_missing(joined: str, at: int) -> bool:
    """The words at this place are said to be gone: "presque plus de lymphocytes B" (a "pas",
    "aucun" or "sans" before them is a denial that _said_everywhere leaves out already)."""
    return joined[:at].split()[-2:] in (["plus", "de"], ["plus", "d"])


def _organs_in(kb: KnowledgeBase, toks: list[str]) -> list[tuple]:
    """The organs said and not denied, each with its rank (see _organs_said)."""
    return _organs_said(kb, toks, f" {' '.join(toks)} ")[0]


def cancer_site(kb: KnowledgeBase, text: str, toks: list[str] | None = None,
                age: str | None = "unknown") -> tuple[dict, list[str]] | None:
    """A cancer said without its type, and the organ it is in: the probable network
    ("un cancer de la membrane autour du poumon": NETMESO), for the child or the adult.
    A lymphoma has networks of its own, which depend on the organ ("un lymphome de l'œil").
    The site carries `what` (how the answer names it) and `fits` (the networks a cancer read
    loosely may have and still be kept)."""
    toks = (_keys(text) if toks is None else toks)[:300]
    joined = f" {' '.join(toks)} "
    age = age_said(text) if age == "unknown" else age   # (orient reads it once for everything)
    said = _cancer_said(toks, joined, age)
    # "la biopsie montre des lymphocytes anormaux dans la peau", "des globules blancs bizarres
    # (…) enlever la rate": a lymphoma without the word
    # (or a lump said beside white cells: "une boule dans le testicule (…) des globules blancs B")
    lump = any(t in _LUMP for t in toks)
    if not said and not lump and not any(t in PATHOLOGY or t in _FOUND or t in _MARKED for t in toks):
        return None
    organs, lymphoid, cells = _organs_said(kb, toks, joined)
    if lymphoid is not None or cells:
        # a lymphoma's organ is one that has lymphomas of its own ("la peau"), if one is said
        organs = [o for o in organs if o[-1].get("lymphoma_networks")] or (organs if said else [])
    # ("la biopsie d'un ganglion (…) une deuxième lecture": the lymph node is the organ said)
    if not said and not (cells and organs) and lymphoid is None:
        return None
    organ = min(organs, key=lambda f: f[:4])[-1] if organs else None
    said_lymphoma = lymphoid is not None   # ("cancer des globules blancs"; not lymphocytes alone)
    if organ is not None and lymphoid is None and cells:
        lymphoid = kb.lymphoid_site
    if lymphoid is not None:
        networks = list((organ or {}).get("lymphoma_networks") or lymphoid.get("networks") or [])
        what = f"lymphome touchant {organ['name']}" if organ is not None else "lymphome"
        return ({**lymphoid, "what": what, "words": (organ or lymphoid).get("words"), "fits": set(networks),
                 "said_lymphoma": said_lymphoma}, networks) if networks else None
    if organ is None:
        return None
    # the kind of cells said before an organ without a probable network ("une tumeur neuro endo du pancréas")
    if not organ.get("child_networks" if age == "child" else "networks"):
        # or else, when the organ has rare cancers at another age only, the next organ said that
        # has some at this one ("né sans iris (…) une tumeur des reins" of a child); an organ
        # without any ("derrière les intestins") leaves the lead to the signs
        ranked = [o[-1] for o in sorted(organs, key=lambda f: f[:4])]
        other_age = organ.get("networks") or organ.get("child_networks")
        organ = next((o for o in ranked if o.get("cell_type")), None) or next(
            (o for o in ranked if other_age and o.get("child_networks" if age == "child" else "networks")), organ)
    # every network the organs named right after a cancer word (or else all organs said) lead to
    ages = {"child": ("child_networks",), "adult": ("networks",)}.get(age, ("networks", "child_networks"))
    named = [o for o in organs if o[0] < 2] or organs
    # (what an organ's cancer may also be is said of adults: a child's "tumeur du pancréas" read
    # as a neuroendocrine tumour yields to the child's network)
    also = ("also_fits",) if age != "child" else ()
    fits = {a for *_, o in named for k in ages + ("lymphoma_networks",) + also for a in o.get(k) or []}
    networks = list(organ.get("child_networks") if age == "child" else organ.get("networks") or [])
    return ({**organ, "what": f"cancer touchant {organ['name']}", "fits": fits}, networks) if networks else None


def _contexts(kb: KnowledgeBase, toks: list[str], named: list[Mention]) -> list[str]:
    """Contexts that decide the network of a cancer: a cue ("greffée") plus a cancer, or
    plus the words the context needs ("lymphome" for a lymphoma in coeliac disease)."""
    toks = toks[:300]
    joined = f" {' '.join(toks)} "
    # A cancer is said by a name read well, by a word ("une masse" after "greffé du foie") or by
    # what was found ("des lymphocytes anormaux, tous identiques"); a name read only loosely
    # ("transplant" for a post-transplant lymphoma) says no cancer.
    # (not a word of a disease's own name: "ostéopétrose maligne infantile (…) greffe de moelle")
    in_a_name = {i for m in named if m.kind == "disease" and m.score >= 85 and m.label_kind not in LAY for i in range(*m.span)}
    cancer_said = any(m.kind == "cancer" and m.score >= LOOSE for m in named) \
        or any((t in _CANCER_SAID or t in _FOUND) and i not in in_a_name for i, t in enumerate(toks)) \
        or any(f" {p} " in joined for p in _CANCER_PHRASES)

    found = []
    words = set(joined.split())
    for eid, cues, needs, nots, cue_words in kb.contexts:
        after = _after_cue(joined, cues, nots) if _may_say(words, cue_words) else None
        if after is None:
            continue
        # a lump found after the cue says a cancer too: "greffée du foie en 2016 (…) une boule dans
        # le poumon" ("des boules jaunes (…) sa tante a eu une greffe": the lump came first)
        said = cancer_said or any(t in _LUMP for t in after.split()[:20])
        # "mutation" and "reins" without any cancer are not a hereditary kidney cancer
        met = [n for n in needs if f" {n} " in joined]
        if (met and (said or any(w in _CANCER_SAID for n in met for w in n.split()))) if needs else said:
            found.append(eid)
    return found


def _may_say(words: set[str], cue_words: list[frozenset[str]]) -> bool:
    """Whether a cue can be said at all: each of its words is in the message (cheaper than
    _after_cue, which most messages do not need)."""
    return any(cue <= words for cue in cue_words)


def _after_cue(joined: str, cues: list[str], nots: list[str]) -> str | None:
    """The words from the first of a context's cues said now, outside the phrases that are not its
    cue ("une greffe de peau" after surgery, "des petites greffes sur la plèvre" are no transplant);
    None when no cue is said."""
    for phrase in nots:
        joined = joined.replace(f" {phrase} ", " ")
    spots = [a for a in (_said_now_at(joined, c) for c in cues) if a >= 0]
    return joined[min(spots):] if spots else None


def _said_now_at(joined: str, cue: str) -> int:
    """Where the cue is said, not denied, and not as a care still to come ("chimio puis peut-être
    une greffe" is not a transplanted person), or -1."""
    at = _said_at(joined, cue)
    # ("test VIH négatif": the cue is ruled out after it)
    return at if at >= 0 and not _PLANNED & set(joined[:at].split()[-5:]) \
        and not _NEGATIVE & set(joined[at + len(cue) + 1:].split()[:2]) else -1


_NORMAL = frozenset("normal normale normales normaux negatif negative negatifs negatives".split())


def _clause_starts(text: str) -> list[int]:
    """For each word of the text, where its clause begins (clauses end at , . ; : ! ? and brackets)."""
    starts, n = [], 0
    for clause in _CLAUSES.split(text):
        size = len(tokens(clause))
        starts += [n] * size
        n += size
    return starts


@lru_cache(maxsize=65536)
def _first_token(label: str) -> str | None:
    return next(iter(tokens(label)), None)


def _signs(kb: KnowledgeBase, text: str, described: list[Mention]) -> list[Mention]:
    """The signs of diseases and cancers a message describes, without those it denies
    ("pas de sang dans les urines"). A disease's own description ("urines qui sentent la
    souris") is one of its signs: it gives a lead, never the disease's name."""
    words = tokens(text)
    # a denial does not cross a comma ("sans aucune cause, la lymphoscintigraphie est anormale")
    clause_start = _clause_starts(text)

    def denied(start: int) -> bool:
        # "sans arrêt", "sans raison" say how often, not that the sign is absent
        first = max(0, start - 3, clause_start[start] if start < len(clause_start) else 0)
        return any(w in NEGATIONS and not (w == "sans" and following in NOT_A_DENIAL)
                   for w, following in zip(words[first:start], words[first + 1:start + 1])) \
            or _feared(words[first:start], start - first)   # ("on avait peur d'une tumeur qui fabrique…")

    def absent(m: Mention) -> bool:
        # a sign that says something is missing ("pas de lymphocytes B") needs the missing said:
        # "la biopsie montre des lymphocytes B" says the opposite
        return _first_token(m.label) in ("pas", "absence", "aucun", "aucune") \
            and not _MISSING & set(words[max(0, m.span[0] - 3):m.span[1]])

    def found_normal(m: Mention) -> bool:
        # "la prise de sang génétique est normale": a test said normal is no sign
        end, clause = m.span[1], clause_start[m.span[1] - 1]
        return bool(_NORMAL & {w for w, at in zip(words[end:end + 3], clause_start[end:end + 3]) if at == clause})

    found = kb.signs.find(text, limit=80)
    # a description read in part inside a sign read word for word is that sign: "piqûres d'hormone
    # de croissance" is not "trop d'hormone de croissance"
    exact = [m.span for m in found if m.score >= 100]
    inside = lambda m: any(a <= m.span[0] and m.span[1] <= b and b - a > m.span[1] - m.span[0] for a, b in exact)
    own = [Mention(m.entity_id, "sign", m.label, m.score, m.label, m.label_kind, m.matched, m.corrections, m.span)
           for m in described if m.score >= MATCH_MIN and (m.score >= 100 or not inside(m))]
    return [m for m in own + found if m.score >= SIGN_MIN and not denied(m.span[0]) and not absent(m) and not found_normal(m)]


@dataclass
class Evidence:
    """What the signs of a message say of one disease or cancer: a lead, never a diagnosis."""
    target: dict
    weight: float          # the words of a sign shared by k diseases give each 1/k
    count: float           # signs pointing to few diseases, a telling one counting double
    signs: list[Mention]

    @property
    def strong(self) -> bool:
        return self.count >= STRONG_SIGNS


def _network_of(target: dict) -> dict:
    networks = list(target.get("networks") or [])
    return {"id": "network:" + "/".join(networks), "name": " / ".join(networks), "kind": "cancer", "networks": networks}


def _target_of(kb: KnowledgeBase, sign: Mention) -> dict | None:
    """The disease or cancer a sign (not a disease's own description) is a sign of."""
    return kb.entities.get(kb.entities[sign.entity_id].get("target"))


def sign_evidence(kb: KnowledgeBase, signs: list[Mention], kind: str, by_network: bool = False) -> list[Evidence]:
    """Signs grouped by the disease (or cancer) they belong to, strongest first. Words that
    are a sign of several diseases count less for each; a telling sign counts more. Signs of
    cancers can be grouped by their network instead: two signs of two cancers of one network
    ("après un accouchement", "bêta-HCG très élevés") are two signs for that network."""
    read = []
    for m in signs:
        sign = kb.entities[m.entity_id]
        own = sign["kind"] in ("disease", "cancer")   # the disease's own description
        target = sign if own else _target_of(kb, m)
        if target is not None and target["kind"] == kind:
            target = _network_of(target) if by_network else target
            read.append((m, target, (OWN if own else TELLING if sign.get("telling") else 1.0) * m.score / 100))
    # the number of diseases the same words are a sign of (read as two signs of one disease, once)
    shared = Counter(span for span, _ in {(m.span, target["id"]) for m, target, _ in read})
    # where the words lead: the filière (the network of a cancer) of each disease they are a sign of
    leads: dict[tuple, set] = defaultdict(set)
    for m, target, _ in read:
        leads[m.span].add(tuple(target.get("networks") or []) if kind == "cancer" else tuple((target.get("filieres") or [])[:1]))
    best: dict[str, dict[tuple, tuple[float, float, Mention]]] = defaultdict(dict)
    targets = {target["id"]: target for _, target, _ in read}
    for m, target, w in read:
        # "sa mère est porteuse" is a sign of a dozen diseases in many filières: it tells none
        # of them apart; "lymphocytes de la peau" is a sign of several lymphomas of one network
        n = w if len(leads[m.span]) <= FEW else 0.0
        if w / shared[m.span] > best[target["id"]].get(m.span, (0.0, 0.0, None))[0]:
            best[target["id"]][m.span] = (w / shared[m.span], n, m)
    found = [Evidence(targets[t], sum(w for w, _, _ in spans.values()), sum(n for _, n, _ in spans.values()),
                      [m for _, _, m in spans.values()])
             for t, spans in best.items()]
    return sorted(found, key=lambda e: (-e.strong, -e.weight, e.target["name"]))


def resolve(text: str, kb: KnowledgeBase | None = None) -> Resolution:
    kb = kb or load()
    return _resolve(kb, kb.labs.in_words(text if isinstance(text, str) else ""))


def _resolve(kb: KnowledgeBase, text: str) -> Resolution:
    """The resolution of a text whose lab results are already said in words."""
    text = kb.names.typed_abbreviations(text)
    found = kb.names.find(text)
    mentions = [m for m in found if m.label_kind != "described"]
    place = kb.places.find(text)
    # "une partie de la tumeur ressemble à un sarcome": a likeness, not the cancer's name
    toks = tokens(text)
    mentions = [replace(m, score=m.score - LIKENESS) if m.kind == "cancer" and _LIKENED & set(toks[max(0, m.span[0] - 3):m.span[0]])
                else m for m in mentions]
    # a disease and the cancer of the same name (Birt-Hogg-Dubé, Cowden) read from the same words are
    # one name, the disease's: its cancer twin gives the network
    diseases_read = {(m.name, m.span) for m in mentions if m.kind == "disease"}
    mentions = [m for m in mentions if not (m.kind == "cancer" and (m.name, m.span) in diseases_read)]
    named = [m for m in mentions if m.kind in ("disease", "cancer") and m.score >= MATCH_MIN]
    if len(named) > 1 and named[1].score == named[0].score and _diagnosis_before(toks, named[1], named[0]):
        # "on a cru à un PTI (…) le diagnostic est maintenant un Bernard-Soulier": the diagnosis made
        named[:2] = named[1::-1]
        mentions = named[:1] + [m for m in mentions if m is not named[0]]
    if place and place.how not in ("postal_code", "departement"):
        words = set(place.matched.split())

        def holds_the_place(m: Mention) -> bool:
            return words <= set(key(m.matched).split()) | set(m.matched.split())
        # "Strümpell-Lorrain", "Pierre Robin": a name's own words are not a place; nor are a symptom's
        # words a letter off a place ("petite tete, petite taille" is not Petite-Terre)
        if any(holds_the_place(m) for m in named) \
                or (place.how == "fuzzy" and (named or any(holds_the_place(m) for m in mentions))):
            place = None
    ambiguous, candidates = False, []
    if len(named) > 1:
        top = named[0]
        close = [m for m in named if top.score - m.score < CLOSE]
        top_filieres = set(kb.entities[top.entity_id]["filieres"] or []) | set(kb.entities[top.entity_id]["networks"] or [])
        differs = any(set(kb.entities[m.entity_id]["filieres"] or []) | set(kb.entities[m.entity_id]["networks"] or [])
                      != top_filieres for m in close[1:])
        # Two names both read in full at different places ("lupus et sclérodermie") are two
        # mentions, not a doubt; the same words read two ways ("CMT") are a doubt.
        same_words = any(m.span == top.span for m in close[1:])
        if len(close) > 1 and differs and (top.score < 100 or same_words):
            ambiguous, candidates = True, close[:3]
    unknown_type = _type_unknown(kb, toks, named) or _number_unknown(kb, toks, named)
    picked = _of_the_type_said(toks, candidates) if ambiguous else None
    if picked:   # "glycogénose type 1a": type I, not type II nor X
        mentions = [picked] + [m for m in mentions if m is not picked]
    if unknown_type or picked:
        ambiguous, candidates = False, []
    keys = _keys(text)
    repaired, fixed = kb.names.repair(list(toks))   # (repair joins split words in the list it is given)
    # ("lymfome du grêle, elle est céliaque": a context read with its words spelt right)
    context_keys = _keys(" ".join(repaired)) if fixed else keys
    return Resolution(text, mentions, place, urgency.detect(kb, text), _glossary_terms(kb, keys),
                      ambiguous, candidates, _contexts(kb, context_keys, named), _body_domains(kb, keys), keys,
                      _signs(kb, text, [m for m in found if m.label_kind == "described"]), unknown_type)


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
          "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15, "xvi": 16, "xvii": 17, "xviii": 18,
          "xix": 19, "xx": 20}
_TYPE = re.compile(r"(\d{1,3}|x{0,2}(?:ix|iv|v?i{0,3}))([a-z]?)")


def _type_of(tok: str) -> str | None:
    """A type as a number or a letter: "3", "III" and "3a" / "IIIa" compare equal."""
    found = _TYPE.fullmatch(tok) if tok else None
    if not found:
        return None
    number, letter = found.groups()
    if not number:   # a type letter alone ("type C"), not a word of the sentence
        return letter if letter <= "h" else None
    return str(_ROMAN.get(number, number)) + letter


def _types(label: str) -> set[str]:
    return {t for t in map(_type_of, tokens(label)) if t}


def _word_after_type(toks: list[str], m: Mention) -> str | None:
    """The word written after a name read up to "type" ("glycogénose type 1a": "1a"), or after
    "type" right behind a name read without it ("Ehlers-Danlos type 14")."""
    end = m.span[1]
    if end < len(toks) and toks[end - 1] == "type":
        return toks[end]
    after = toks[end:end + 3]
    if after[:1] == ["de"]:
        after = after[1:]
    return after[1] if len(after) > 1 and after[0] == "type" else None


def _of_the_type_said(toks: list[str], close: list[Mention]) -> Mention | None:
    """Forms of one family read equally well, and the type said after them names one: its number
    and letter, or its number alone ("type 1a" is a form of type I when the base has no 1a)."""
    word = _word_after_type(toks, close[0]) if close else None
    said = _type_of(word) if word else None
    if not said:
        return None
    fits = [m for m in close if said in _types(m.label)]
    number = said.rstrip("abcdefghijklmnopqrstuvwxyz")
    if not fits and number and number != said:
        fits = [m for m in close if number in _types(m.label)]
    return fits[0] if len(fits) == 1 else None


def _type_unknown(kb: KnowledgeBase, toks: list[str], named: list[Mention]) -> tuple[str, str, tuple[str, ...]] | None:
    """"ataxie spinocérébelleuse de type 44": a type that no name of the base has, of a family
    whose close forms are followed by one filière, or by two or three. Asking which of types 1, 2
    or 3 it is would offer only wrong answers; the family's filières are still sound leads."""
    if not named or named[0].kind != "disease" or named[0].score >= 100:
        return None
    top = named[0]
    # (only forms named by their type: "ostéogenèse imparfaite type 3" is read as the whole disease)
    word = _word_after_type(toks, top) if "type" in tokens(top.label) else None
    said = _type_of(word) if word else None
    # ("type 1a" when the base has type I: a form of it, not a type the base lacks)
    if said is None or any({said, said.rstrip("abcdefgh")} & _types(m.label) for m in named):
        return None
    close = [m for m in named if top.score - m.score < CLOSE and m.kind == "disease"]
    leads = _leads([kb.entities[m.entity_id] for m in close])
    if not leads:
        return None
    name = kb.entities[top.entity_id]["name"]   # the French name when it gives the type
    family = _family_of(name if re.search(r"\btype\b", name) else top.label)
    return family, word.upper() if word in _ROMAN else word, leads


def _leads(forms: list[dict]) -> tuple[str, ...]:
    """The first filières of a family's forms, the one of most forms first; none when a form has
    none or when they go to more than three (forms followed by two or three filières: each is a lead)."""
    firsts = [(e["filieres"] or [None])[0] for e in forms]
    leads = tuple(sorted(dict.fromkeys(firsts), key=lambda f: -firsts.count(f)))
    return () if None in leads or len(leads) > 3 else leads


def _family_of(name: str) -> str:
    """ "Ataxie spinocérébelleuse de type 3": "Ataxie spinocérébelleuse"."""
    return re.split(r"\s+(?:de\s+)?type\b", name, maxsplit=1, flags=re.I)[0]


def _number_unknown(kb: KnowledgeBase, toks: list[str], named: list[Mention]) -> tuple[str, str, tuple[str, ...]] | None:
    """"ataxie SCA37": letters and a number the base knows for several types of one family
    (SCA1, SCA2, SCA3...) but not this number. Said with no other name read well."""
    if named and named[0].score >= LOOSE:
        return None
    for i, tok in enumerate(toks):
        found = re.fullmatch(r"([a-z]{2,5})(\d{1,3}[a-z]?)?", tok)
        if not found:
            continue
        letters, number = found.groups()
        if number is None and i + 1 < len(toks) and re.fullmatch(r"\d{1,3}[a-z]?", toks[i + 1]):
            number = toks[i + 1]
        forms = kb.names.numbered.get(letters) or {}
        known = {_type_of(n) for n in forms}
        if not number or len(forms) < 3 or {_type_of(number), _type_of(number.rstrip("abcdefgh"))} & known:
            continue
        entities = [kb.entities[e] for e in forms.values()]
        families = Counter(_family_of(e["name"]) for e in entities if re.search(r"\btype\b", e["name"], flags=re.I))
        if not families:
            continue
        family, count = families.most_common(1)[0]
        leads = _leads([e for e in entities if e["name"].startswith(family)]) if count >= 3 else ()
        if not leads:
            continue
        return family, number.upper() if number in _ROMAN else number, leads
    return None


def _diagnosis_before(toks: list[str], m: Mention, first: Mention | None = None) -> bool:
    """A name the message gives as the diagnosis finally made: "la génétique a confirmé un
    syndrome CHARGE", "le diagnostic est maintenant un syndrome de Bernard-Soulier"; not when
    the cue says the diagnosis of the name right before it ("syndrome CHARGE diagnostiqué à la
    naissance, colobome + atrésie des choanes")."""
    start = max(0, m.span[0] - 6)
    before = toks[start:m.span[0]]
    cue = max((i for i, t in enumerate(before) if t in _DIAGNOSIS_CUES), default=None)
    if cue is not None and first is not None and start + cue == first.span[1]:
        return False
    # ("finalement ce n'est pas une trisomie 21": not the diagnosis)
    return cue is not None and not NEGATIONS & set(before[cue:])


def _denied(text: str, m: Mention) -> bool:
    """ "ce n'est pas un Wilms", "pas une trisomie 21": the name is said to be ruled out, in
    its own clause (not "il ne transpire pas, maladie de Fabry"; and "pas de fibrinogène" is
    an absence, not a denial)."""
    toks = tokens(text)
    if ruled_out_after(toks, m.span[1]):
        return True   # "le lymphome a été écarté"
    clause_start = _clause_starts(text)
    for at in {m.span[0], m.span[1] - 1}:
        begins = clause_start[at] if at < len(clause_start) else 0
        before = toks[max(begins, at - 2):at]
        if len(before) == 2 and before[0] in _DENIALS and before[1] in _ARTICLES:
            return True
        if at == m.span[0] and m.kind == "cancer" and _feared(toks[begins:at], at - begins):
            return True   # "on pensait à un lymphome", "le risque de cancer de l'os"
        # "pas de tumeur de l'ovaire": no tumour there, a denial (a cancer word, not a missing thing)
        if at == m.span[0] and m.kind == "cancer" and len(before) == 2 and before[0] in _DENIALS \
                and before[1] in ("de", "d") and toks[at] in CANCER_WORDS:
            return True
    return False


def _filiere(kb, acronym: str, why: str) -> dict | None:
    f = kb.filieres.get(acronym)
    if not f:
        return None
    return {"acronym": acronym, "name": f.get("name"), "display": f.get("display") or acronym,
            "domain": f.get("domain"), "scope": f.get("scope"), "website": f.get("website"),
            "coordinating_city": f.get("coordinating_city"), "why": why}


def _ern(kb, acronym: str) -> dict:
    e = kb.erns.get(acronym, {})
    return {"acronym": acronym, "name_en": e.get("name_en"), "description_fr": e.get("description_fr")}


def _network(kb, acronym: str) -> dict:
    n = kb.networks.get(acronym, {})
    return {"acronym": acronym, "name": n.get("name"), "scope": n.get("scope"), "website": n.get("website")}


def _match(kb, m: Mention) -> dict:
    e = kb.entities[m.entity_id]
    return {"id": m.entity_id, "name": m.name, "orpha_code": e.get("orpha_code"), "score": m.score,
            "kind": m.kind, "matched": m.matched, "label": m.label, "label_kind": m.label_kind,
            "corrections": [list(c) for c in m.corrections],
            "filieres": e.get("filieres") or [], "networks": e.get("networks") or [], "family": bool(e.get("family"))}


def _chosen_match(e: dict) -> dict:
    """An entity taken without a name read in the text (chosen from a list, or a context)."""
    return {"id": e["id"], "name": e["name"], "orpha_code": e.get("orpha_code"), "score": 100.0,
            "kind": e["kind"], "filieres": e.get("filieres") or [], "networks": e.get("networks") or [],
            "family": bool(e.get("family"))}


def _sign_match(kb, m: Mention) -> dict:
    """A sign read in the message; a disease's own description stays a sign, without its name."""
    e = kb.entities[m.entity_id]
    if e["kind"] == "sign":
        return _match(kb, m)
    return _unnamed_match(m.name, "sign", filieres=e.get("filieres") or [])


def _sign_names(mentions: list[Mention]) -> list[str]:
    """The signs read, each said once: one sign read as two phrasings of two cancers
    ("saignements après l'accouchement", "… qui durent") is one sign."""
    names: list[str] = []
    for m in mentions:
        if not any(m.name.startswith(n) or n.startswith(m.name) for n in names):
            names.append(m.name)
    return names


def _sign_sources(kb, mentions: list[Mention]) -> list[dict]:
    """Where each sign read comes from; a disease's own description has the lexicon's source."""
    found = []
    for m in mentions:
        e = kb.entities[m.entity_id]
        source = e.get("source") if e["kind"] in ("symptom", "sign") else kb.text("described_source")
        found.append({"about": m.name, "source": source, "as_of": e.get("as_of")})
    return found


def _site_lead(kb, where: dict, acronyms: list[str]) -> tuple[dict, str, dict]:
    """A cancer known by its organ, not its type: what was understood, the note, the source."""
    return (_unnamed_match(f"un {where['what']}", "site", networks=acronyms, family=True),
            kb.text("cancer_site_lead", what=where["what"]),
            {"about": where["name"], "source": where.get("source"), "as_of": where.get("as_of")})


def _unnamed_match(name: str, kind: str, filieres=(), networks=(), family=False) -> dict:
    """What was understood when no name was read: an organ ("les reins") or a cancer's site."""
    # read word for word in the message, like a name taken from a list (score 100)
    return {"id": None, "name": name, "orpha_code": None, "score": 100.0, "kind": kind, "matched": None,
            "label": None, "label_kind": None, "corrections": [], "filieres": list(filieres),
            "networks": list(networks), "family": family}


def place_dict(place: Place | None) -> dict | None:
    return asdict(place) if place else None


def platforms_for(kb, place: Place | None) -> list[dict]:
    if not place:
        return []
    found = []
    for p in kb.platforms:
        regions = [str(r) for r in p.get("regions") or []]
        depts = [str(d).lower() for d in p.get("departements") or []]
        if (place.departement and place.departement.lower() in depts) or \
                (place.region and place.region in regions and not depts):
            found.append({k: p.get(k) for k in ("kind", "name", "host", "city", "website", "source", "as_of")})
    return found


def _covers(centre: dict, subject: dict | None) -> bool:
    """A centre is proposed for the diseases it takes care of, never for its whole filière by default."""
    covers = centre.get("covers") or []
    if "*" in covers:
        return True
    if subject is None:
        return False
    names = f"{fold(subject.get('name') or '')} {fold(subject.get('english') or '')}"
    return any(word in names for word in covers)


def _centres(kb, acronyms: list[str], place: Place | None, subject: dict | None = None) -> list[dict]:
    rows = [c for c in kb.centres if c.get("filiere") in acronyms and _covers(c, subject)]

    def nearness(c):
        if place and place.departement and str(c.get("departement", "")).lower() == place.departement.lower():
            return 0
        if place and place.region and c.get("region") == place.region:
            return 1
        return 2
    rows.sort(key=lambda c: (nearness(c), acronyms.index(c["filiere"]), c.get("role") != "coordonnateur"))
    return [{k: c.get(k) for k in ("filiere", "name", "role", "hospital", "city", "departement", "website", "source", "as_of")}
            for c in rows[:6]]


def _resources(kb, kinds: tuple[str, ...]) -> list[dict]:
    return [{k: r.get(k) for k in ("key", "name", "kind", "description", "phone", "email", "website", "hours", "source", "as_of")}
            for r in kb.resources.values() if r.get("kind") in kinds]


STRONG_BONUS = 1.5    # a disease two signs point to
BODY_WEIGHT = 0.3     # an organ, exam or treatment named beside the signs: a tie-breaker, weaker than any sign


def _lymphoma_context(kb, res: Resolution, acronyms: list[str]) -> list[str]:
    """Signs that lead to a lymphoma, in a context that gives lymphomas their own network
    ("intolérance au gluten connue (…) des ganglions dans le mésentère"): that network first.
    So for any cancer in a context that needs nothing more ("séropositif (…) des taches violacées
    sur les pieds": a Kaposi sarcoma in someone with HIV is CANCERIMMUNE's)."""
    joined = f" {' '.join(res.keys)} "
    words = set(joined.split())
    for eid, cues, needs, nots, cue_words in kb.contexts:
        if ((not needs) or (key("lymphome") in needs and "LYMPHOPATH" in acronyms)) and _may_say(words, cue_words) \
                and _after_cue(joined, cues, nots) is not None:
            return list(dict.fromkeys(list(kb.entities[eid].get("networks") or []) + acronyms))
    return acronyms


def _lymphoma_organ_first(kb, toks: list[str], acronyms: list[str], context: bool = False) -> list[str]:
    """A lymphoma of the skin, the brain or the eye has a network of its own ("un lymphome de
    la zone marginale, cutané primitif", "LBDGC cutané type jambe"): it comes first, after the
    network of a context ("la maladie de peau qui va avec le gluten (…) un cancer des ganglions
    dans l'intestin" is CELAC's, put first by its context)."""
    if "LYMPHOPATH" not in acronyms:
        return acronyms
    own = [o for o in _organs_in(kb, toks) if o[-1].get("lymphoma_networks")]
    networks = list(min(own, key=lambda o: o[:4])[-1]["lymphoma_networks"]) if own else []
    if set(networks) <= set(acronyms):
        return acronyms
    first = acronyms[:1] if context else []
    return list(dict.fromkeys(first + networks + acronyms))


_GROWTH = {stem(fold(w)) for w in ("masse", "masses", "nodule", "nodules", "lésion", "lésions", "tumeur", "tumeurs",
                             "boule", "boules", "grosseur")}


def _predisposed(kb, disease: dict, toks: list[str], age: str | None) -> dict | None:
    """The cancer a disease predisposes to, when the message says one has come: "NF1, une des
    boules a grossi d'un coup (…) le TEP" (a nerve sheath tumour), "Beckwith-Wiedemann (…) un
    nodule sur le rein" (a nephroblastoma). The one whose organ is said comes first."""
    cancers = kb.predisposes.get(disease["id"]) or []
    if not cancers:
        return None
    at_organ = [c for c in cancers if _organ_of(kb, toks, c)]
    said = _cancer_said(toks, f" {' '.join(toks)} ", age)
    if not (said or (at_organ and any(t in _GROWTH for t in toks))):
        return None
    return (at_organ or cancers)[0]


def _organ_of(kb, toks: list[str], cancer: dict) -> bool:
    """An organ said in which this cancer's networks take cancers ("mes reins" for PREDIR)."""
    networks = set(cancer.get("networks") or [])
    return any(networks & set((o[-1].get("networks") or []) + (o[-1].get("also_fits") or []) + (o[-1].get("child_networks") or []))
               for o in _organs_in(kb, toks))


def _named_and_described(res: Resolution, disease_signs: list[Evidence], disease_first: bool) -> Mention | None:
    """ "des taches violettes sur les jambes (…) ADAMTS13 indosable, du caplacizumab": a cancer read
    from everyday words yields to a disease named as firmly, whose strong signs the message gives."""
    b = res.best
    if not (b and b.kind == "cancer" and b.label_kind in LAY and disease_first):
        return None
    lead = disease_signs[0].target.get("id")
    return next((m for m in res.mentions if m.kind == "disease" and m.entity_id == lead and m.score >= b.score), None)


def _inside(best: Mention, m: Mention) -> bool:
    """The name read lies within the words of the sign m."""
    return m.span[0] <= best.span[0] and best.span[1] <= m.span[1]


def _in_a_cancers_telling_sign(kb: KnowledgeBase, best: Mention, cancer_evidence: list[Evidence], text: str) -> bool:
    """A disease's name read in the very words of a telling sign of the tumour of the placenta
    the signs clearly point to, after a pregnancy: "une fausse couche (…) un placenta anormal avec
    trois jeux de chromosomes" is a partial mole, not a baby's triploidy."""
    if best.kind != "disease" or not cancer_evidence or not _AFTER_PREGNANCY.search(fold(text)):
        return False
    top = cancer_evidence[0]
    if not (top.strong and top.weight >= DISEASE_FIRST):
        return False
    # (the words the name was read from are themselves a telling sign of that tumour)
    return any(m.score >= 100 and kb.entities[m.entity_id].get("telling")
               and (_target_of(kb, m) or {}).get("id") == top.target["id"]
               for m in kb.signs.find(best.matched, limit=10))


def _read_in_a_sign(kb: KnowledgeBase, best: Mention, signs: list[Mention], keys: list[str]) -> bool:
    """A short abbreviation that is a word of a sign read word for word: "LH et FSH basses"
    are hormones, not Hodgkin's lymphoma. So is a cancer read loosely in the very words of a
    disease's sign, read as well: "des anticorps dans la ponction (…) un tératome à l'ovaire"
    is a sign of an encephalitis, not an ovarian cancer."""
    if best.label_kind == "abbreviations" and len(best.matched) <= 2:
        return any(m.score >= 100 and _inside(best, m) for m in signs)
    # (and a cancer read loosely in the very words of another cancer's sign: "un cancer des glandes
    # grasses de la paupière" is not a salivary gland cancer)
    if best.kind == "cancer" and best.score < 100 and any(
            c.get("id") != best.entity_id for c in _cancers_whose_sign_holds(kb, best, signs)):
        return True
    # (not when a cancer is said: "une petite tumeur du pancréas qui fabrique de l'insuline", "la
    # parathyroïde enlevée était maligne")
    return best.kind == "cancer" and not _CANCER_SAID & set(keys) and any(
        m.score >= best.score and _inside(best, m) and (_target_of(kb, m) or {}).get("kind") == "disease" for m in signs)


def _lay_name_in_a_sign(kb: KnowledgeBase, best: Mention, signs: list[Mention]) -> bool:
    """A cancer's lay name read in full inside a longer sign of another network's cancer: "une
    tumeur de l'intestin grêle qui saignait" is a GIST's sign, not an ileal neuroendocrine tumour
    ("tumeur du thymus de 7 cm" stays a thymic tumour, whichever of its cancers)."""
    if best.kind != "cancer" or best.label_kind not in LAY:
        return False
    own = set((kb.entities.get(best.entity_id) or {}).get("networks") or [])
    return any(not set(c.get("networks") or []) <= own for c in _cancers_whose_sign_holds(kb, best, signs))


def _cancers_whose_sign_holds(kb: KnowledgeBase, best: Mention, signs: list[Mention]) -> list[dict]:
    """The cancers of the signs read word for word around a name and longer than it."""
    held = [_target_of(kb, m) or {} for m in signs
            if m.score >= 100 and _inside(best, m) and m.span[1] - m.span[0] > best.span[1] - best.span[0]]
    return [c for c in held if c.get("kind") == "cancer"]


def _a_gene_named(kb: KnowledgeBase, best: Mention, signs: list[Mention], keys: list[str] = ()) -> bool:
    """An abbreviation read inside a gene's sign is that gene: "gène GLA" is Fabry's gene, not a
    generalised lymphatic anomaly ("mutation NF1" stays NF1: the gene is the disease's own)."""
    if best.label_kind == "abbreviations" and {"gene", "genes"} & set(keys[max(0, best.span[0] - 3):best.span[0]]):
        return True   # "un test anormal sur un gène (CBP je crois)": a gene, not the liver's CBP
    return best.label_kind == "abbreviations" and any(
        m.score >= 100 and _inside(best, m) and m.span != best.span
        and tokens(m.label)[:1] in (["gene"], ["mutation"])
        and (_target_of(kb, m) or {}).get("id") not in (None, best.entity_id) for m in signs)


def _signs_outweigh(kb: KnowledgeBase, best: Mention, evidence: list[Evidence]) -> bool:
    """A name read only loosely yields to signs that point to another disease: a lay
    description to one clear sign, any other reading to three."""
    if not evidence or evidence[0].target["id"] == best.entity_id:
        return False
    top = evidence[0]
    own = next((e for e in evidence if e.target["id"] == best.entity_id), None)
    if own is not None and own.weight >= top.weight * CLOSE_LEAD:
        return False   # the signs also speak of the name read, almost as much
    # (so does a name read from words scattered over the message: "le poumon (…) une malformation")
    if best.label_kind in LAY or best.score <= SCATTERED:
        return top.strong or top.weight >= ONE_CLEAR_SIGN
    # (a name whose words lie far apart in a long message yields to signs as heavy as a telling
    # one: "des cancers dans les deux reins (…) une translocation qui touche le chromosome 3")
    # (not when the signs lead where the name does: "tumeur (…) de la plèvre" read loosely as a
    # tumour of the pleura, beside the signs of a pleural mesothelioma)
    if best.score < FAR_APART_READ and top.weight >= DISEASE_FIRST \
            and not _leads_to(top.target) & _leads_to(kb.entities[best.entity_id]):
        return True
    # (a person's name read, "Gougerot", is not a loose resemblance: it yields only to three signs)
    return top.count >= THREE_SIGNS or (top.strong and top.weight >= DISEASE_FIRST and not _by_person_name(best))


def _leads_to(entity: dict) -> set[str]:
    """Where a disease or a cancer leads: its networks, or its first filière."""
    return set(entity.get("networks") or []) or set((entity.get("filieres") or [])[:1])


_PERSON = re.compile(r"(?<=[\s'’-])[A-ZÀ-Ý][a-zà-ÿ]{2,}")


def _by_person_name(m: Mention) -> bool:
    """The name was read from a person's name in it: "gougerot" for "syndrome de Gougerot-Sjögren"."""
    return bool({fold(w) for w in _PERSON.findall(m.label)} & set(fold(m.matched).split()))


def _described_more_than_named(kb, best: Mention, evidence: list[Evidence]) -> bool:
    """A cancer named only by a lay name of two words ("taches violettes") while the strongest
    signs are another cancer's, with a telling sign that is not also its own: "des taches
    violettes (…) sur le sein traité par les rayons" are an angiosarcoma, not a Kaposi."""
    if best.kind != "cancer" or best.label_kind != "lay" or len(tokens(best.label)) > 2:
        return False
    its_own = {m.span for e in evidence if e.target["id"] == best.entity_id for m in e.signs}
    other = [e for e in evidence[:1] if e.target["id"] != best.entity_id]
    # (or a name no sign of the message supports, against another cancer's clear signs: "des
    # taches violettes (…) sur la peau du sein traité. Biopsie : tumeur des vaisseaux")
    return any(kb.entities[m.entity_id].get("telling") and m.span not in its_own for e in other for m in e.signs) \
        or (not its_own and any(e.weight >= TIE_SIGNS and len(e.signs) >= 2 for e in other))


def _tie_broken(kb, res: Resolution, evidence: list[Evidence], site) -> Mention | None:
    """Two names read equally well ("mésothéliome" pleural or peritoneal): the one the rest of
    the message supports, by a sign ("biopsie de la plèvre") or by the cancer's organ, is meant."""
    if not res.ambiguous:
        return None
    signed = {e.target["id"] for e in evidence if e.weight >= TIE_SIGNS}
    joined = f" {' '.join(res.keys)} "
    # "mésothéliome mais dans le ventre, pas dans la plèvre": a denied organ supports nothing
    organ = set(site[1]) if site and any(_said(joined, key(w)) for w in site[0].get("words") or []) else set()
    supported = [c for c in res.candidates
                 if c.entity_id in signed or organ & set(kb.entities[c.entity_id].get("networks") or [])]
    # one supported name, or several that lead to the same place ("mésothéliome pleural" or "pleural localisé")
    leads = {tuple(kb.entities[c.entity_id].get("filieres") or []) + tuple(kb.entities[c.entity_id].get("networks") or [])
             for c in supported}
    return supported[0] if supported and len(leads) == 1 else None


def _ask_which(kb, res: Resolution, cancer_signs: bool, site, disease_first: bool) -> bool:
    """Two names read equally well: the person is asked which one, unless both are loose
    readings and the rest of the message says more: clear signs of a cancer, strong signs of a
    disease, or a cancer's organ that neither name fits."""
    if not res.ambiguous:
        return False
    loose = all(c.score < LOOSE for c in res.candidates)
    if loose and (cancer_signs or disease_first):
        return False
    networks = lambda c: set(kb.entities[c.entity_id].get("networks") or [])
    return not (site and loose and all(not site[0]["fits"] & networks(c) for c in res.candidates))


def _cancer_lead(res: Resolution, cancer: list[Evidence], disease: list[Evidence], site,
                 age: str | None = None, blood_networks: tuple = ()) -> list[Evidence]:
    """Signs of a rare cancer lead to its network when a cancer is said ("une tumeur de la
    surrénale qui donne des crises de tension"), or when they are strong on their own. Only
    strong signs outweigh the organ of a cancer ("une tumeur du rein" in a child of 4)."""
    if not cancer:
        return []
    after_pregnancy = bool(_AFTER_PREGNANCY.search(fold(res.text)))
    if after_pregnancy:
        # after a pregnancy, signs of a tumour of the placenta come first when they weigh about as
        # much as the first ("accouché il y a 4 mois, test de grossesse positif (…) des taches sur les poumons")
        placenta = next((e for e in cancer if set(e.target.get("networks") or []) == {"TTG"}), None)
        if placenta is not None and placenta.weight >= cancer[0].weight * CLOSE_LEAD:
            cancer = [placenta] + [e for e in cancer if e is not placenta]
    top = cancer[0]
    if disease and disease[0].strong and disease[0].weight >= DISEASE_FIRST and disease[0].weight > top.weight:
        return []   # "tumeur de l'hypophyse (…) changé de pointure": signs of a disease, heavier
    if _cancer_only_denied(res.keys):
        return []   # "ganglions gonflés, sueurs la nuit, mais la biopsie dit que c'est pas un cancer"
    # (said in words, or in lay words: "une boule devant l'oreille qui grossit depuis des années")
    joined = f" {' '.join(res.keys)} "
    said = _cancer_said(res.keys, joined, age)
    heaviest = max((e.weight for e in disease), default=0.0)   # (the strong lead may weigh less)
    if not said and heaviest >= DISEASE_FIRST and heaviest > top.weight:
        # no cancer said, and a disease's signs weigh more: "deux semaines après mon accouchement
        # (…) un caillot dans la veine porte" is a thrombosis, not a tumour of the placenta
        return []
    # a pregnancy that ended ("une fausse couche", "mon accouchement") is what tumours of the
    # placenta follow: it says the cancer as a cancer word would
    placenta = set(top.target.get("networks") or []) == {"TTG"} and after_pregnancy
    said = said or placenta
    # "la biopsie montre...": a pathologist's finding lets signs of a cancer lead when they
    # weigh more than those of any disease
    # (the haematologist says a finding for a cancer of the blood cells only: "l'hémato veut enlever
    # la rate", not "règles très abondantes (…) l'hématologue me donne de la desmopressine")
    blood = bool(set(top.target.get("networks") or []) & set(blood_networks))
    examined = (any(t in PATHOLOGY - _CARER or (t in _CARER and blood) for t in res.keys)
                or any(f" {p} " in joined for p in _SECOND_READING)) and top.weight >= heaviest
    # signs that agree with the organ ("crises de tension" and "une tumeur de la surrénale") lead too
    agrees = not site or set(top.target.get("networks") or []) & site[0]["fits"]
    # (one sign read a little loosely is enough then: "hcg élevé" after a miscarriage)
    if (said or examined) and (top.strong or (top.count >= (0.7 if placenta else 1) and agrees)):
        return cancer
    # two signs of a network that are signs of no disease ("après un accouchement", "bêta-HCG très élevés")
    of_diseases = {m.span for e in disease for m in e.signs}
    # (nor the name of a disease said, which a cancer may follow: "un Gougerot-Sjögren juvénile
    # avec des parotidites" is the disease, not its lymphoma)
    named = [m.span for m in res.mentions if m.kind == "disease" and m.score >= 85 and m.label_kind not in ("described", "signs")]
    own = [m for m in top.signs if m.span not in of_diseases
           and not any(a <= m.span[0] and m.span[1] <= b for a, b in named)]
    # (against the organ said, only strong signs lead: "une tumeur qui ronge l'os derrière l'oreille")
    if (top.strong or (len(own) >= 2 and agrees)) and top.weight >= heaviest:
        return cancer
    return []


def _organ_first(cancer: list[Evidence], site) -> list[Evidence]:
    """ "L'amiante" points to the pleura and the peritoneum: the organ said picks between signs
    that weigh almost the same ("une tumeur de l'enveloppe du ventre")."""
    if not site or not cancer:
        return cancer
    near = [e for e in cancer if e.weight >= cancer[0].weight * CLOSE_LEAD]
    # (the organ's own network before those of other organs said: "l'enveloppe du ventre (…)
    # la même maladie que celle de la plèvre" is the peritoneum's)
    # (but not a network's many weak signs over one cancer's strong ones: "petites boules
    # douloureuses sur la peau, fibromes de l'utérus très jeune" and a kidney cancer is PREDIR's)
    strong = any(e.strong for e in near)
    own = [e for e in near if set(e.target.get("networks") or []) <= set(site[1]) and (e.strong or not strong)]
    fitting = own + [e for e in near if e not in own and set(e.target.get("networks") or []) <= site[0]["fits"]]
    return fitting + [e for e in cancer if e not in fitting]


def _symptom_filieres(kb, symptoms: list[Mention], body: list[dict] = (),
                      evidence: list[Evidence] = ()) -> tuple[list[str], dict[str, list[str]], list[str]]:
    weights: dict[str, float] = {}
    why: dict[str, list[str]] = {}
    systems: list[str] = []
    for ev in evidence:
        # signs that hang together (two of one disease) weigh more than the same signs scattered
        # (their words shared with other diseases count in full there: two signs that each belong
        # to several diseases, together, point to few)
        w = max(ev.weight, ev.count / STRONG_SIGNS) * STRONG_BONUS if ev.strong else ev.weight
        for rank, acr in enumerate(ev.target.get("filieres") or []):
            weights[acr] = weights.get(acr, 0) + w * (1.0, 0.6, 0.4)[min(rank, 2)]
            why.setdefault(acr, [])
            why[acr] += [m.name for m in ev.signs if m.name not in why[acr]]
    for b in body:
        for rank, acr in enumerate(b.get("filieres") or []):
            weights[acr] = weights.get(acr, 0) + BODY_WEIGHT * (1.0, 0.6, 0.4)[min(rank, 2)]
            why.setdefault(acr, []).append(b["name"])
    for m in symptoms:
        e = kb.entities[m.entity_id]
        if e.get("system") and e["system"] not in systems:
            systems.append(e["system"])
        for rank, acr in enumerate(e.get("filieres") or []):
            weights[acr] = weights.get(acr, 0) + m.score / 100 * (1.0, 0.6, 0.4, 0.3)[min(rank, 3)]
            why.setdefault(acr, [])
            if m.name not in why[acr]:
                why[acr].append(m.name)
    ranked = sorted(weights, key=lambda a: -weights[a])[:3]
    return ranked, why, systems


_NAMED = re.compile(r"\b(syndrome|maladie)\s+(?:de\s+|d['’]\s*)([^\W\d_][\w-]{3,})", re.IGNORECASE)


# "déficit en glycérol kinase", "déficit en RASGRP1": what is missing, up to the next small word
_DEFICIT_IN = re.compile(r"\b(d[ée]ficit\s+en)\s+((?:[^\W_][\w-]*)(?:\s+[^\W_][\w-]*){0,2})", re.IGNORECASE)
# "syndrome TRAMPOS", "syndrome AUTS2": initials or a gene, written in capitals
_SYNDROME_CAPS = re.compile(r"\b([Ss]yndrome)\s+([A-Z][A-Z0-9-]{2,})\b")


def _unknown_name(kb: KnowledgeBase, text: str) -> str | None:
    """'syndrome de Wazlowski', 'déficit en RASGRP1', 'syndrome TRAMPOS': a disease the person names,
    by a person's name, a gene, an enzyme or initials that are neither French words nor words of
    any name the base knows, even misspelt."""
    unknown = lambda w: not kb.names.knows(w) and not kb.signs.knows(w)
    text = text or ""
    for found in _NAMED.finditer(text):
        if unknown(found.group(2)):
            return " ".join(found.group(0).split())   # as the person wrote it
    for found in _SYNDROME_CAPS.finditer(text):
        if unknown(found.group(2)):
            return f"{found.group(1)} {found.group(2)}"
    for found in _DEFICIT_IN.finditer(text):
        words = []
        for w in found.group(2).split():
            if fold(w) in STOPWORDS:
                break
            words.append(w)
        if words and unknown(words[0]):
            return " ".join([*found.group(1).split(), *words])
    return None


def orient(text: str = "", kb: KnowledgeBase | None = None, *, entity_id: str | None = None,
           place_text: str | None = None, place: Place | None = None,
           context_id: str | None = None) -> Orientation:
    """Orient from a message (or from a chosen entity id and the context remembered with it),
    optionally with a place."""
    kb = kb or load()
    query = text if isinstance(text, str) else ""
    text = kb.labs.in_words(query)   # "plaquettes à 8000" is read as "plaquettes basses"
    told = text
    text = _relatives_history_apart(text)
    res = _resolve(kb, text)
    if place is None:
        place = res.place or (kb.places.find(told) if told != text else None) or (
            kb.places.find(place_text) if place_text else None)
    notes: list[str] = []
    sources: list[dict] = []
    filieres: list[dict] = []
    erns: list[str] = []
    networks: list[dict] = []
    matches: list[dict] = []
    not_a_diagnosis = None
    answer = None

    chosen = kb.entities.get(entity_id) if entity_id else None
    best = None
    asked = False   # two names read equally well: the person is asked which one
    age = age_said(text or "")
    child_kind = bool(_CHILD_KIND.search(fold(text or "")))
    grown = age == "adult" and not child_kind   # (a grown-up with a child's kind of tumour is not one here)
    # the organ of a cancer whose type is not said (a child's kind of tumour: the child's network)
    site = cancer_site(kb, text, res.keys, "child" if child_kind else age)
    if site is None and res.ambiguous and all(c.kind == "cancer" for c in res.candidates):
        # "mesoteliome bifasique de la plevre": a cancer's name misspelt says a cancer all the same
        at = res.candidates[0].span[0]
        site = cancer_site(kb, text, res.keys[:at] + ["cancer"] + res.keys[at + 1:], age)
    disease_signs = sign_evidence(kb, res.signs, "disease")
    # the blastemal tumours of young children are not a lead for an adult ("mon père", "j'ai 47 ans")
    cancer_evidence = [e for e in sign_evidence(kb, res.signs, "cancer")
                       if not (grown and childhood_only(e.target))]
    by_network = [e for e in sign_evidence(kb, res.signs, "cancer", by_network=True)
                  if not (grown and childhood_only(e.target))]
    blood = tuple(kb.lymphoid_site.get("networks") or []) + tuple(kb.lymphoid_site.get("lymphoma_networks") or [])
    # strong signs of a disease, heavier than any of a cancer ("une image en dent molaire",
    # "des tumeurs de cartilage dans les os de la main"): a disease described, not a cancer
    disease_first = bool(disease_signs) and disease_signs[0].strong and disease_signs[0].weight >= DISEASE_FIRST and (
        not cancer_evidence or disease_signs[0].weight > cancer_evidence[0].weight)
    # (signs shared by several cancers of one network add up for that network; without a cancer
    # said, they do not outweigh the disease: "grosse rate, plaquettes basses (…) ashkénaze")
    cancer_said = _cancer_said(res.keys, f" {' '.join(res.keys)} ", age) if disease_first else None
    quiet = disease_first and not site and not cancer_said
    cancer_signs = [] if quiet else _organ_first(
        _cancer_lead(res, by_network, disease_signs, site, age, blood), site)
    settled = _tie_broken(kb, res, disease_signs + cancer_evidence, site) if entity_id is None else None
    if chosen is None and not res.unknown_type and (settled or (res.best and not res.ambiguous)):
        best = settled or _named_and_described(res, disease_signs, disease_first) or res.best
        if grown and best.kind == "cancer" and childhood_only(kb.entities[best.entity_id]):
            best = _adult_form(res, best)
        chosen = kb.entities[best.entity_id]
        # (two capitals are a loose reading too: "LH FSH effondrées" is a hormone, not Hodgkin)
        # (and a cancer's lay description read less than word for word: "bouffées de chaleur,
        # diarrhée" beside a high tryptase is not a carcinoid syndrome)
        loose = (best.score < LOOSE or (best.label_kind == "abbreviations" and len(best.matched) <= 2)
                 or _a_gene_named(kb, best, res.signs, res.keys)
                 or (best.kind == "cancer" and best.label_kind in LAY and best.score < 100)
                 or _lay_name_in_a_sign(kb, best, res.signs)
                 or _described_more_than_named(kb, best, cancer_evidence)
                 or _in_a_cancers_telling_sign(kb, best, cancer_evidence, text)) \
            and entity_id is None and not res.contexts
        # "la biopsie de la plèvre est cancéreuse": a cancer said with its organ outweighs a disease
        # read only loosely; so do strong signs of another disease ("urines noires" read as
        # alkaptonuria, when "quand il mange des fèves" says G6PD), or of another cancer
        if loose and ((site or cancer_signs or _signs_outweigh(kb, best, disease_signs)) if best.kind == "disease"
                      else ((cancer_signs and _signs_outweigh(kb, best, cancer_evidence))
                            or _read_in_a_sign(kb, best, res.signs, res.keys)
                            or (site and not site[0]["fits"] & set(chosen.get("networks") or []))
                            or (grown and childhood_only(chosen)) or disease_first)):
            # a cancer read loosely yields to the organ said with it ("une tumeur de la pinéale"
            # is not a salivary gland tumour) and to the person's age
            chosen, best = None, None
        elif entity_id is None and _denied(text, best) and (
                site or cancer_signs or disease_signs or ruled_out_after(tokens(text), best.span[1])):
            # "une tumeur du rein, ce n'est pas un Wilms": what else the message says leads
            chosen, best = None, None
    if entity_id is not None:
        context = kb.entities.get(context_id) if context_id else None
    else:
        context = kb.entities[res.contexts[0]] if res.contexts else None
        if context is not None and chosen is None and disease_first and not cancer_said:
            # "la moelle est vide (…) sérum antilymphocytaire et ciclosporine": a disease's
            # treatment, and no cancer said, is no cancer's setting
            context = None
    if context is not None and (chosen is None or chosen["kind"] != "cancer"):
        # "greffé du rein et maintenant un cancer": the context is all that is known of the cancer
        chosen, best = context, next((m for m in res.mentions if m.entity_id == context["id"]), None)
    if context is not None and chosen is context:
        context = None
    if chosen is not None:
        kind = chosen["kind"] if chosen["kind"] in ("disease", "cancer") else "disease"
        matches = [_match(kb, best) if best else _chosen_match(chosen)]
        sources.append({"about": chosen["name"], "source": chosen.get("source"), "as_of": chosen.get("as_of")})
        for acr in chosen.get("filieres") or []:
            f = _filiere(kb, acr, f"{chosen['name']} fait partie des maladies suivies par cette filière.")
            if f:
                filieres.append(f)
        erns = list(chosen.get("erns") or [])
        if not erns:
            for f in filieres:
                erns += [e for e in kb.filieres[f["acronym"]].get("erns") or [] if e not in erns]
        acronyms = list(chosen.get("networks") or [])
        if context is not None:
            # the context's network comes first: Kaposi in someone with HIV goes to CANCERIMMUNE;
            # unless the cancer is one the context yields to (a familial Wilms tumour stays with
            # the children's network, a kidney-cancer heredity second)
            lead = context.get("networks") or []
            yields = chosen["name"] in (context.get("context_yields_to") or [])
            acronyms = list(dict.fromkeys(acronyms + lead if yields else lead + acronyms))
            matches.append(_chosen_match(context))
            notes.append(context["context_note"])
            sources.append({"about": context["name"], "source": context.get("source"), "as_of": context.get("as_of")})
        if kind == "cancer" and chosen.get("family") and context is None and site and len(acronyms) > 1:
            # a family of cancers shared by two networks, its organ said: "un mésothéliome (…) la
            # membrane qui tapisse le ventre" is the peritoneum's (RENAPE), not the pleura's
            acronyms.sort(key=lambda a: a not in site[1])
        if kind == "cancer":
            acronyms = _lymphoma_organ_first(kb, res.keys, acronyms, context is not None)
        if chosen.get("context_note"):
            notes.append(chosen["context_note"])
        # the cancer a disease predisposes to (Birt-Hogg-Dubé: PREDIR)
        twin = kb.cancer_twin.get(chosen["name"]) if kind == "disease" and entity_id is None else None
        predisposed = _predisposed(kb, chosen, res.keys, age) if kind == "disease" and entity_id is None \
            and not twin else None
        twin = twin or predisposed
        if kind == "disease" and not acronyms and site and entity_id is None:
            # "une myasthénie, et une masse devant le cœur, là où est le thymus": a cancer said
            # with its organ beside the disease is a second subject, with its network (the
            # network of the disease itself when it predisposes to cancer)
            where, acronyms = site
            acronyms = list(twin.get("networks") or []) if twin else acronyms
            match, note, source = _site_lead(kb, where, acronyms)
            matches.append(match)
            notes.append(note)
            sources.append(source)
        elif twin and not acronyms:
            # "syndrome de Birt-Hogg-Dubé", "une mutation FLCN, faut-il surveiller mes reins ?": the
            # disease predisposes to a cancer; its network is given too
            acronyms = list(twin.get("networks") or [])
            notes.append(kb.text("cancer_twin", name=chosen["name"]))
        networks = [_network(kb, a) for a in acronyms]
        if kind == "cancer" or networks:
            notes.append(kb.text("cancer_network"))
    elif res.unknown_type and entity_id is None:
        # a type the base does not hold: the family and its filière, said as such
        family, said, leads = res.unknown_type
        kind = "disease"
        matches = [dict(_unnamed_match(family, "family", filieres=list(leads), family=True), type_said=said)]
        why = (f"Les formes de « {family} » que je connais sont suivies par cette filière." if len(leads) == 1 else
               f"Certaines formes de « {family} » que je connais sont suivies par cette filière.")
        for acr in leads:
            f = _filiere(kb, acr, why)
            if f:
                filieres.append(f)
                erns += [e for e in kb.filieres[acr].get("erns") or [] if e not in erns]
        notes.append(kb.text("unknown_type" if len(leads) == 1 else "unknown_type_several", name=family, type=said))
    elif _ask_which(kb, res, bool(cancer_signs), site, disease_first):
        asked = True
        kind = res.best.kind if res.best else "unknown"
        matches = [_match(kb, m) for m in res.candidates]
    elif cancer_signs and not (site and not disease_first
                               and (set(cancer_signs[0].target.get("networks") or []) <= set(site[1])
                                    # a lymphoma said outright ("biopsie = cancer des globules blancs")
                                    or site[0].get("said_lymphoma"))):
        # (signs that agree with the organ said: the organ is the clearer answer)
        # "une grossesse en grappe de raisin", "le ventre rempli de gelée": the signs say the cancer
        kind = "cancer"
        leads = [e for e in cancer_signs if e.weight >= cancer_signs[0].weight * CLOSE_LEAD][:2]
        acronyms = _lymphoma_context(kb, res, list(dict.fromkeys(a for e in leads for a in e.target.get("networks") or [])))
        said = _sign_names([m for e in leads for m in e.signs])
        matches = [_unnamed_match("un cancer décrit par ses signes", "signs", networks=acronyms, family=True)]
        networks = [_network(kb, a) for a in acronyms]
        notes.append(kb.text("cancer_sign_lead", signs=", ".join(said[:3])))
        notes.append(kb.text("cancer_network"))
        sources += _sign_sources(kb, [m for e in leads for m in e.signs])
    elif site and not disease_first:
        # "on a trouvé un cancer de la membrane autour du poumon": the type is not said, the organ is
        kind = "cancer"
        where, acronyms = site
        if where.get("lymphoid"):   # "des cellules T clonales dans le duodénum" of a coeliac person
            acronyms = _lymphoma_context(kb, res, list(acronyms))
        match, note, source = _site_lead(kb, where, acronyms)
        matches = [match]
        networks = [_network(kb, a) for a in acronyms]
        notes += [note, kb.text("cancer_network")]
        sources.append(source)
    elif res.symptoms or disease_signs:
        kind = "symptom"
        signs = list({m.entity_id: m for e in disease_signs for m in e.signs}.values())
        matches = [_match(kb, m) for m in res.symptoms] + [_sign_match(kb, m) for m in signs]
        ranked, why, systems = _symptom_filieres(kb, res.symptoms, res.body, disease_signs)
        for acr in ranked:
            f = _filiere(kb, acr, "Signes évoqués : " + ", ".join(why[acr][:3]) + ".")
            if f:
                filieres.append(f)
        not_a_diagnosis = kb.text("not_a_diagnosis")
        named = _unknown_name(kb, text) if entity_id is None else None
        if named:   # the leads come from the signs alone: the name itself is not known here
            notes.append(kb.text("unknown_name_signs", name=named))
        notes.append(kb.text("symptom_lead", systems=", ".join(systems)) if systems else kb.text("sign_lead"))
        sources += _sign_sources(kb, res.symptoms + signs)
        lead = disease_signs[0].target if disease_signs and disease_signs[0].strong else None
        predisposed = _predisposed(kb, lead, res.keys, age) if lead and entity_id is None and not site else None
        twin = kb.cancer_twin.get(lead["name"]) if lead and entity_id is None and site else None
        if twin and set(twin.get("networks") or []) & site[0]["fits"]:
            # signs of Birt-Hogg-Dubé and "une tumeur au rein": the kidney tumour of that syndrome,
            # whose network (PREDIR) takes it, rather than the kidney's first network
            site, predisposed = None, twin
        if site and entity_id is None:
            # signs of a disease and a cancer said with its organ ("anticorps de la myasthénie et
            # une masse dans le médiastin"): the cancer's network is given too
            where, acronyms = site
            match, note, source = _site_lead(kb, where, acronyms)
            matches.append(match)
            networks = [_network(kb, a) for a in acronyms]
            notes += [note, kb.text("cancer_network")]
            sources.append(source)
        elif predisposed:
            # signs of a disease that predisposes to a cancer, and a growth where that cancer
            # arises ("une grosse langue (…) un nodule sur le rein"): that cancer's network too
            networks = [_network(kb, a) for a in predisposed.get("networks") or []]
            notes += [kb.text("cancer_twin", name=lead["name"]), kb.text("cancer_network")]
            sources.append({"about": predisposed["name"], "source": predisposed.get("source"),
                            "as_of": predisposed.get("as_of")})
    elif res.body and not (res.terms and set(tokens(text)) & QUESTION_WORDS):
        # "une maladie rare des reins": no name, no known sign, but the organ says which domain
        kind = "symptom"
        matches = [_unnamed_match(b["name"], "body", filieres=b.get("filieres") or []) for b in res.body]
        ranked, why, _ = _symptom_filieres(kb, [], res.body)
        for acr in ranked:
            f = _filiere(kb, acr, "Domaine évoqué : " + ", ".join(why[acr][:3]) + ".")
            if f:
                filieres.append(f)
        not_a_diagnosis = kb.text("not_a_diagnosis")
        notes.append(kb.text("body_lead", names=", ".join(b["name"] for b in res.body)))
        for b in res.body:
            sources.append({"about": b["name"], "source": b.get("source"), "as_of": b.get("as_of")})
    elif res.terms and (set(tokens(text)) & QUESTION_WORDS or "?" in text or len(tokens(text)) <= 6):
        kind = "question"
        g = kb.glossary[res.terms[0]]
        answer = {"term": g["term"], "title": g["title"], "text": g["answer"]}
        sources.append({"about": g["title"], "source": g.get("source"), "as_of": g.get("as_of")})
    else:
        kind = "unknown"
        if tokens(text) and not place:
            said_cancer = any(t in CANCER_WORDS for t in res.keys)
            named = None if said_cancer else _unknown_name(kb, text)
            notes.append(kb.text("unknown_name", name=named) if named
                         else kb.text("unknown_cancer" if said_cancer else "unknown"))

    for f in filieres:
        row = kb.filieres[f["acronym"]]
        sources.append({"about": f"filière {f['display']}", "source": row.get("source"), "as_of": row.get("as_of")})
    ern_rows = [_ern(kb, a) for a in erns]
    for e in ern_rows:
        row = kb.erns.get(e["acronym"], {})
        sources.append({"about": e["acronym"], "source": row.get("source"), "as_of": row.get("as_of")})
    for n in networks:
        row = kb.networks.get(n["acronym"], {})
        sources.append({"about": n["acronym"], "source": row.get("source"), "as_of": row.get("as_of")})

    platforms = platforms_for(kb, place)
    outside = None if place else _elsewhere(kb, " ".join(t for t in (text, place_text) if t))
    if outside:
        notes.append(outside["note"])
    if place and not platforms and place.region:
        notes.append(kb.text("no_platform"))
    for p in platforms:
        sources.append({"about": p["name"], "source": p.get("source"), "as_of": p.get("as_of")})
    subject = chosen if chosen is not None and chosen["kind"] != "cancer" else None
    centres = _centres(kb, [f["acronym"] for f in filieres], place, subject) if subject is not None else []
    if subject is not None and filieres and not centres:
        notes.append(kb.text("no_centre"))
    for c in centres:
        sources.append({"about": c["name"], "source": c.get("source"), "as_of": c.get("as_of")})

    resource_kinds = ("helpline", "directory") if kind != "unknown" or not tokens(text) else ("helpline", "directory", "portal")
    return Orientation(
        query=query, kind=kind, matches=matches, ambiguous=asked,
        candidates=[_match(kb, m) for m in res.candidates] if asked else [],
        filieres=filieres, erns=ern_rows, ern_rule=kb.text("ern_rule") if ern_rows else "",
        cancer_networks=networks, place=place_dict(place), platforms=platforms, centres=centres,
        resources=_resources(kb, resource_kinds), home_provider=kb.text("home_provider"),
        not_a_diagnosis=not_a_diagnosis, emergency=res.urgency, answer=answer, notes=[n for n in notes if n],
        sources=sources, data_as_of=str(kb.meta.get("data_as_of", "")),
        context=context["id"] if context is not None else None)


def _elsewhere(kb: KnowledgeBase, text: str) -> dict | None:
    """A place outside the French system Ariane describes, with the sentence that says so."""
    outside = kb.places.outside(text)
    if not outside:
        return None
    return {"name": outside["name"], "kind": outside["kind"],
            "note": kb.text(f"elsewhere_{outside['kind']}", name=outside["name"])}


def locate(text: str, kb: KnowledgeBase | None = None) -> dict:
    """The place contract of DESIGN §4: region, departement, territory, platforms."""
    kb = kb or load()
    place = kb.places.find(text if isinstance(text, str) else "")
    return {
        "query": text,
        "elsewhere": None if place else _elsewhere(kb, text if isinstance(text, str) else ""),
        "region": place.region_name if place else None,
        "region_code": place.region if place else None,
        "departement": place.departement if place else None,
        "departement_name": place.departement_name if place else None,
        "territory": place.territory if place else None,
        "commune": place.commune if place else None,
        "postal_code": place.postal_code if place else None,
        "platforms": platforms_for(kb, place),
        "matched": place.matched if place else None,
        "alternatives": place.alternatives if place else [],
    }
