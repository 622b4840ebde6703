"""Find where a person lives: postal code, département (number or name), region, town."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .text import MAX_CHARS, STOPWORDS, fold, longest_from, sound as _word_sound

# What after a number makes it a quantity or a date, not a département: "du 14 ans", "du 12 h30",
# "les feux du 14 juillet" (the text is folded: no accents). Whole words only: "dans le 92 mais"
# is the Hauts-de-Seine, "le 74 annecy" the Haute-Savoie.
_NOT_A_DEPT_AFTER = (r"\s*(?:(?:ans|an|kg|cm|mois|semaines?|jours|fois|h\d*|min|heures|ml|euros|mg"
                     r"|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b|%)")
_POSTAL = re.compile(r"\b(\d{5})\b")
_POSTAL_SPACED = re.compile(r"\b(\d{2}) (\d{3})\b")
_DEPT_CUE = re.compile(
    r"(?<!\d )\b(?:departement|dept|dpt|dep|dans le|ds le|du|le|au|en|sur le)\s+(\d{2,3}|2 ?a|2 ?b)\b(?!" + _NOT_A_DEPT_AFTER + r")"
    # ("passée du 42 au 45": a range, a shoe size, neither number a département)
    r"(?!\s*au\s+\d)"
    # ("un déficit en 11 bêta hydroxylase", "en 17-alpha-hydroxylase", "en 17,20-lyase": an enzyme, not the Aude)
    r"(?!\s*(?:\d{1,2}\s*)?-?\s*(?:alpha|beta|hydroxylase|hydroxy|lyase|desmolase|reductase)\b)")
_DEPT_ALONE = re.compile(r"^(?:le |dans le |ds le |du )?(\d{2,3}|2 ?a|2 ?b)$")
# "deux bouts de chromosomes en moins, le 1 et le 19": chromosomes, not a département
_CHROMOSOMES = re.compile(r"\b(?:chromosomes?|caryotype|(?:micro)?deletion|duplication|trisomie|monosomie|translocation|"
                          r"morceaux? qui manquen?t?)\b(?:\W+\w+){0,8}\W*$")   # ("un morceau qui manque sur le 15")
# "un chromosome en plus, fait d'un morceau du 11 et d'un morceau du 22": a piece of a chromosome
_PIECE = re.compile(r"\b(?:morceaux?|bouts?)\s*$")
_CHROMOSOME_SAID = re.compile(r"\b(?:chromosomes?|caryotype|translocation)\b")
# "dans le 9-4", "dans le 9.2": a département said digit by digit
_DEPT_DIGITS = re.compile(r"\b(?:dans le|du|le|en)\s+(\d)\s(\d)\b(?!\s*\d)(?!" + _NOT_A_DEPT_AFTER + ")")
# "ferritine à 10000", "ferritin over 10000", "plaquettes basses depuis toujours (60 000)": a measure, not a postal code
# "il chausse déjà du 36": a shoe size, not the Indre
_SHOE_SIZE = re.compile(r"\b(?:chausse\w*|pointure|taille)\b(?: deja| maintenant| encore)?\s*$")
_MEASURED = re.compile(r"\b(?:ferritine|ferritin|plaquettes|platelets|cpk|ck|leucocytes|globules blancs|lymphocytes|taux|dosage|"
                       r"ige|ldh|hcg|afp|psa|tryptase|over|above|superieure?|sup)\b\W*(?:\w+\W+){0,3}$")
_EMERGENCY_NUMBER = re.compile(r"\b(?:appel\w*|numero|composer|tel\w*)\s+(?:le\s+)?(?:15|112|114|18|17|3114)\b")
# Words before a town name that make a small commune's name safe to read as a place.
_PLACE_CUE = re.compile(r"\b(?:a|au|aux|j?habite|habitons|vis|vit|vivons|pres d[eu]|proche d[eu]|pas loin d[eu]|non loin d[eu]|vers|region d[eu]|cote d[eu]|cote|sur|from|in|secteur d[eu]|ville de|commune de|en|dans le|dans la|dans les|dans l|ds le|ds la|ds les|suis de|sommes de|on est de|on est d|viens de|nord d[eu]|sud d[eu]|est de|ouest d[eu]|venons de|originaire de|originaires de|agglo d[eu]|agglomeration d[eu]|banlieue d[eu]|fin fond d[eu]|km d[eu]|kilometres d[eu]|metropole de|environs d[eu]|alentours d[eu]|autour d[eu]|cirque de|bonjour de|bonsoir de|salut de|coucou de|ecris de|ecrit de|appelle de)\s*$")
# Before a town whose name is also an everyday word ("Menton", "Cause", "Poisson"): only these
# ("il vit seul à La Mure", "près du Tréport")
_STRONG_CUE = re.compile(r"\b(?:(?:j?habite|habitons|habitez|vis|vit|vivons)(?: seule?s?| toujours| maintenant| actuellement| encore| desormais)?|pres d[eu]|proche d[eu]|pas loin d[eu]|non loin d[eu]|ville de|commune de|secteur d[eu]|region d[eu])\s*(?:a|au|aux)?\s*$")
# "né à Lille mais j'habite à Pau", "suivi au CHU de Bordeaux, on vit à Agen": where the person lives
# ("on habitait Grenoble avant": where the person lived, not where they live)
_RESIDENCE = re.compile(r"\b(?:j?habit(?!ai|ion|iez|u)\w*|vis|vit|vivons|vivez|vivent|resid(?!ai|ion|iez)\w*|domicili\w*|"
                        r"(?<!\bs )install\w*|demenage\w*|(?:ma|notre) maison est|(?:vous )?ecri[st] de|"
                        # "2 mois de réa à Paris, enfin rentrés à la maison à Beauvais"
                        r"(?:rentre\w*|retour)\b[^,.;]{0,20}?\bmaison(?= (?:a|au|aux|en) )|"
                        # "opéré à Paris, on rentre chez nous à Lisieux demain"
                        r"chez (?:nous|moi)(?= (?:a|au|aux|en) (?!\d))|"
                        # "originaire de la Réunion, maintenant à Mamoudzou"
                        r"(?:maintenant|desormais|actuellement)(?= (?:a|au|aux|en) (?!\d))|"
                        r"(?:(?:depuis|maintenant|desormais)\b[^,.;]{0,30}\b)?"
                        r"(?:je suis|jsuis|j suis|on est|nous sommes)(?= (?:a|au|aux|en|dans|sur|de|d|du|des) ))\b")
# "Figeac, c'est là qu'on habite": the place is said before the cue
_LEFT_FOR = re.compile(r"\bquitt(?:e|er|es|ons|ez|ent)\b[^.;!?]{1,60}?(?:\bpour (?:aller |venir |vivre |habiter )?|"
                       # "on quitte Bordeaux, on sera à Angoulême cet été"
                       r"\b(?:on|nous) (?:sera|serons|va etre|allons etre|part|partons|va|allons|s installe|nous installons)"
                       r" (?=(?:a|au|aux|en) ))([^.;!?]*)")
_HERE = re.compile(r"\bc ?est (?:(?:la|ici) )?(?:qu ?on|que j|que nous|ou on|ou j|ou nous)\s*$"
                   r"|\b(?:j|on|nous|il|elle|ils|elles) y\s*$")   # ("étudiante à Poitiers et j'y vis")
# "je suis montluçonnais", "berckoise depuis 10 ans": a town said by its inhabitants' name
_GENTILE_ENDINGS = ("iennes", "ienne", "iens", "ien", "ennes", "enne", "ens", "aises", "aise", "ais", "oises", "oise", "ois",
                    "aines", "aine", "ains", "ain")
# "l'aigle (61)": a town followed by its département in brackets
_WITH_DEPARTEMENT = re.compile(r"([^\W\d][\w' -]{1,60}?)\s*\(\s*(\d{2,3}|2a|2b)\s*\)", re.I)
# the same without brackets, as a whole short answer: "evron 53"
_TOWN_THEN_DEPARTEMENT = re.compile(r"^\s*([^\W\d][\w' -]{1,40}?)\s+(\d{2,3}|2a|2b)\s*$", re.I)
# The writer's own home, set against that of the person the message is about: "moi je suis à
# Lyon" (a cue after "moi"), "moi à Paris" (no cue); not when the writer is the one who is ill
_MINE = re.compile(r"\b(?:moi|perso|pour ma part|de mon cote)\s*,?\s*(?:j|je)?\s*$")
# (not "ma mère et moi avons…": the writer and another said together)
_MINE_AT = re.compile(r"\bmoi (?!j |je |jsuis |avons |sommes |nous |qui )(?:a |au |en |sur )?(?=\w)")
_ILL_MYSELF = re.compile(r"\bj ?(?:ai|'ai) (?:une|un|la|le|des)\b|\bje suis atteinte?\b|\bje souffre\b|\bc est moi qui (?:ai|suis)\b")
# the message is for someone else: "c'est pour elle", "près de chez eux", "elle a une aplasie"
_FOR_OTHER = re.compile(r"\bc est pour (?:elle|lui|eux|ma|mon|mes)\b|\b(?:cherche|demande|renseigne|ecris) pour (?:elle|lui|eux)\b|\bpres de chez (?:elle|lui|eux)\b|\b(?:elle|il) a (?:une|un|la|le|des)\b")
# the writer asks for themselves: "c'est pour moi que je demande"
_FOR_ME = re.compile(r"\bc est pour moi\b|\b(?:demande|ecris|cherche) pour moi\b|\bpour moi meme\b")
# "ma soeur qui habite en métropole": a relative's home, not the writer's when the writer says theirs too
# ("ma soeur Germaine habite Orléans", "ma belle-mère habite à Metz", "son parrain habite Toulon")
# A person's relatives, as written after "ma", "mon", "ses"...; only close family's home is read as
# theirs rather than the writer's ("mes parents sont au Lorrain"), not a friend's or a godfather's.
_CLOSE_FAMILY = ("mere", "pere", "parents", "maman", "papa", "soeur", "frere", "grand mere", "grand pere",
                 "grands parents")
_RELATIVES = _CLOSE_FAMILY + (
    "fille", "fils", "enfant", "enfants", "tante", "oncle", "cousin", "cousine", "belle mere", "beau pere",
    "belle soeur", "beau frere", "ami", "amie", "petite fille", "petit fils", "petits enfants", "parrain",
    "marraine", "neveu", "niece", "belle fille", "beau fils", "gendre")
_RELATIVE_WHO = re.compile(r"\b(?:ma|mon|mes|sa|son|ses|notre|nos) (?:"
                           + "|".join(sorted(_RELATIVES, key=len, reverse=True)) + r")(?: \w+)?( qui)?\s*$")
# where that person lives: "mes parents sont au Lorrain", "ma mère vit à Issoire"
_THEIR_HOME = re.compile(r"\b(?:ma|mon|mes|notre|nos|sa|son|ses) (?:" + "|".join(_CLOSE_FAMILY)
                         + r") (?:est|sont|vit|vivent|habite|habitent)(?= (?:a|au|aux|en|sur) )")
# the end of the writer's clause in folded text, which keeps no punctuation: "moi à Nice mais…"
_CLAUSE_END = re.compile(r"\b(?:mais|et)\b")
# a first word set apart ("castraise, ma fille…"), or followed by these, may be an inhabitants' name
_SET_APART = re.compile(r"\s*[\w-]+\s*[,.;:]")
_AFTER_GENTILE = frozenset("depuis ici de d et moi".split())
_GENTILE_CUE = re.compile(r"\b(?:suis|sommes|est|etes|sont|moi)\s*(?:un|une)?\s*$")
_SPACES = re.compile(r"[\s,;.!?]+")
_ELISION = re.compile(r"\b([dl]) (?=[aeiouyh])")
_SAINT = {"st": "saint", "ste": "sainte"}
_SUR = re.compile(r"\b[sS]/(?!\w*/)")
_ARTICLES = ("le", "la", "les", "l")
# Place names that are also everyday words ("une réunion", "cher monsieur", "il aura"): read as
# places only after a place cue or with a capital. Other known places ("Lyon", "Aveyron") are
# places wherever they are written, even though they are frequent words too.
_EVERYDAY = frozenset("""
    aura aube blanc bordeaux bourg calvados cannes cantal champagne cher cognac creuse croix die digne
    fleche fontaine francois gap garde grasse havre landes lens lot lourdes manche marin medoc medocs menton moule
    moulins nice nord orange orne pantin plaisir port possession puy rennes reunion robert romans saintes sainte
    salon sens somme tampon tours trinite valence vannes vienne vitre macon
    """.split())
_ACCENTED = re.compile(r"\b(\w+?)[éÉ](?:e|es|s)?\b")
# everyday place words whose place has no final "é" (Vitré, La Trinité, Saint-Dié have their own)
_WITHOUT_E_ACUTE = _EVERYDAY - {"vitre", "trinite", "die"}
# Place names of several everyday words, read the same way: "entre deux crises"
_EVERYDAY_PHRASES = frozenset({"entre deux"})
_DETERMINERS = frozenset("un une des ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs".split())
_BEARINGS = frozenset({"nord", "sud", "est", "ouest"})
_BODY = frozenset({"menton", "bras", "cou", "dos", "ventre", "pied", "pieds", "nez", "coude", "genou"})   # "au menton"
# The words of the cues themselves: "on vit près de…" is not the village of Près (26)
_CUE_WORDS = frozenset("pres proche vers cote region ville commune secteur banlieue agglo environs alentours km".split())
# "l'hôpital Saint-Louis", "rue Saint-Michel", "quartier Saint-Michel": a name after these is
# a building or a street, not the commune of that name
# (nor after a street's "de": "rue de Chambéry à Voiron"; nor a doctor's name: "le Dr Rochefort")
_NOT_A_TOWN = re.compile(r"\b(?:hopital|hopitaux|chu|clinique|quartier|rue|avenue|boulevard|bd|place|lycee|"
                         r"college|ecole|eglise|gare|parc|pont|service|centre|fondation|institut|maternite|"
                         r"(?:rue|avenue|av|boulevard|bd|allee|impasse|chemin|route|quai|cours) (?:de|du|des|d)|"
                         r"dr|docteur|professeur|mme|madame|monsieur)\s*$")
# Small words that never stand before a place: "avec plaisir", "y aller", "se vendre"
_NOT_BEFORE_PLACE = frozenset("avec y ne se me te lui leur tres bien plus sans".split())
# the words before a first comma, after a greeting: "bonsoir, epernai ici, ma femme…"
_LEADING = re.compile(r"\s*(?:(?:bonjour|bonsoir|salut|coucou|hello)\s*[,.!]\s*)?([^,.:;!?()]{3,40}?)\s*(?:[,:;]|\.(?= ))", re.I)
# "salazie dans les hauts": the name before the area it lies in
_HEAD = re.compile(r"\s*(\w[\w' -]*?)\s+(?:dans|en|pres|vers|sur|au|a cote)\b")
_FIRST_WORD = re.compile(r"\s*([A-ZÀ-Ý][\w-]+)\s*[,.:;]")
_CAPITALISED = re.compile(r"(?<=[\s,;('’])[A-ZÀ-Ý][\w-]+")   # a capital inside the text, not at its start
# "à Vienne" is the town, "dans la Vienne" or "en Vienne" the département.
_TOWN_CUE = re.compile(r"\b(?:a|j?habite|vis|vivons|pres de|proche de|pas loin de|non loin de|ville de|commune de|chu de|hopital de|"
                       r"(?:est|sommes|suis) sur|(?:bonjour|bonsoir|salut|coucou) de)\s*$")
_AREA_CUE = re.compile(r"\b(?:dans le|dans la|dans les|dans l|en|du|de la|des|departement de la|departement du)\s*$")
# Letters a town's name ends with that are not heard: "Angé" is how "Angers" is said
_SILENT_ENDINGS = frozenset("s x t e es rs ts".split())
_EN = re.compile(r"en(?=[^aeiouy]|$)")
_SILENT_LAST = "stxd"


def _a_chromosome(text: str, at: int) -> bool:
    """The number said at `at` is a chromosome's: "le 1 et le 19" after "chromosomes", "un morceau du 22"
    in a message that speaks of a chromosome."""
    return bool(_CHROMOSOMES.search(text[max(0, at - 80):at])
                or (_PIECE.search(text[max(0, at - 20):at]) and _CHROMOSOME_SAID.search(text[max(0, at - 300):at])))


def _relatives_home(folded: str, at: int, only_who: bool = False) -> bool:
    """The cue at `at` says where a relative lives: "ma soeur qui habite", "ma belle-mère habite"."""
    said = _RELATIVE_WHO.search(folded[max(0, at - 40):at])
    return bool(said) and (bool(said.group(1)) or not only_who)


def _before(toks: list[str], start: int) -> str:
    """The words just before a position: every cue above is at most three words, read at its end."""
    return " ".join(toks[max(0, start - 4):start])


def _cue_then_article(toks: list[str], start: int, cue: re.Pattern = _PLACE_CUE) -> bool:
    """An article right before, and a place cue before it: "on habite l'entre deux", "j'habite les yveline"."""
    return start > 0 and toks[start - 1] in _ARTICLES and bool(cue.search(_before(toks, start - 1)))


def _cued(toks: list[str], start: int, before_article: re.Pattern = _PLACE_CUE) -> bool:
    """A place cue right before, or before an article: "habitons les alpes maritime" (a stricter cue
    before the article may be asked for: "Caen, à la Guérinière" is Caen)."""
    return bool(_PLACE_CUE.search(_before(toks, start))) or _cue_then_article(toks, start, before_article)


def _hyphened(text: str) -> set[str]:
    """The words that are part of a hyphenated name: "loir" in "loir-e-cher"."""
    if "-" not in text:
        return set()
    return {t for w in _SPACES.split(text[:MAX_CHARS]) if "-" in w for t in fold(w).split()}


def _said_as(short: str, town: str) -> bool:
    """ "ange" is how "angers" is said: the town's name with a silent ending ("saint" aside)."""
    return short not in _SAINT.values() and town.startswith(short) and town[len(short):] in _SILENT_ENDINGS


_SAID = [(re.compile(r"([aeou])ill"), r"\1y"), (re.compile(r"q$"), "c"), (re.compile(r"mps?$"), "n"),
         # "Forbach" is said "forbak"
         (re.compile(r"ach$"), "ak"),
         # "Auxerre" is said "ausserre", and written "ocserre" by ear
         (re.compile(r"(?<=[aeiouy])(?:x|[ck]s)(?=[aeiouy])"), "ss"),
         # "Châtellerault" is said "chatelero": the last letters of -ault are silent
         (re.compile(r"ault\b"), "o"),
         # "Ensisheim" is said "ensisem": the Alsatian -heim
         (re.compile(r"heim\b"), "em"),
         # "Yvetot" is said, and written by ear, "ivetot"
         (re.compile(r"^y(?=[^aeiouy])"), "i"),
         # "Le Crotoy" is said, and written by ear, "le crotoi"
         (re.compile(r"oy\b"), "oa"),
         # "Figeac" is said, and written by ear, "fijac"
         (re.compile(r"ge(?=[aou])"), "j")]


def _spelt_as_said(name: str) -> str:
    """ "Cavaillon" is said "cavayon", "Fécamp" "fécan", "Figeac" as "figeaq" is, "Auxerre" "ausserre",
    "Châtellerault" "chatelero"."""
    name = _EN.sub("an", name).replace("oi", "oa")
    for pattern, said in _SAID:
        name = pattern.sub(said, name)
    return name


@lru_cache(maxsize=50000)
def sound(name: str) -> str:
    """A town's sound key: "Rouan" sounds like "Rouen", "Bloa" like "Blois" (kept to places:
    "Caen" is not "cancer")."""
    return _word_sound(_spelt_as_said(name))


_MUTE_E = re.compile(r"(?<=[^aeiouy])e(?=[^aeiouy])")


def mute(key: str) -> str:
    """A sound key without the "e" speech swallows between two consonants: "Yvetot" is said
    "ivto", "Hazebrouck" "azbrouk", "Sarreguemines" "sargmine"."""
    return key[:1] + _MUTE_E.sub("", key[1:])


_HARD_C = frozenset("ckq")


def _same_first_sound(name: str, said: str) -> bool:
    """ "kimperlé" begins as Quimperlé, "endaye" as Hendaye (a silent h)."""
    name, said = name.lstrip("h"), said.lstrip("h")
    a, b = name[:1], said[:1]
    soft = lambda w: w[:1] == "c" and w[1:2] in ("e", "i", "y")   # ("sivray" for Civray)
    return a == b or {a, b} <= _HARD_C or {a, b} == {"i", "y"} or ({a, b} == {"s", "c"} and (soft(name) or soft(said)))


def _cedilla(name: str) -> str | None:
    """ "Luçon" is said, and often written, "lusson": the key its sound is read from."""
    low = name.lower()
    return fold(low.replace("ç", "ss")) if "ç" in low else None


def _plural(key: str) -> str:
    return key if key.endswith(("s", "x")) or " " in key else key + "s"


@dataclass
class Place:
    departement: str | None
    departement_name: str | None
    region: str | None
    region_name: str | None
    territory: str | None
    commune: str | None
    postal_code: str | None
    matched: str
    how: str           # postal_code | departement | region | commune | fuzzy
    # other places with the same name ("Saint-Denis": 93 or La Réunion), with the reply that picks each
    alternatives: list[dict] = field(default_factory=list)


def _clearly_closest(said: str, names, cutoff: int) -> str | None:
    """The one name spelt closest to what was said, if it is clearly closer than any other."""
    near = process.extract(said, names, scorer=fuzz.ratio, score_cutoff=cutoff, limit=2)
    if len(near) == 1 or (len(near) == 2 and near[0][1] - near[1][1] >= 4):
        return near[0][0]
    return None


def _denied_place(toks: list[str], start: int) -> bool:
    """The place is said not to be the one: "pas en Haute-Savoie", "et non à Lyon"."""
    before = toks[max(0, start - 3):start]
    while before and before[-1] in ("en", "a", "au", "aux", "dans", "le", "la", "les", "l", "sur"):
        before = before[:-1]
    return bool(before) and before[-1] in ("pas", "non")


_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
          "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}
_NUMBER_SAID = re.compile(r"\b(dans le|ds le|departement|dept)\s+((?:(?:et|vingts?|trente|quarante|cinquante|soixante|"
                          r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize)\b\s*)+)")


def _number_of(words: list[str]) -> int | None:
    """ "quarante sept" is 47, "quatre vingt treize" 93, "soixante et onze" 71."""
    total, i = 0, 0
    words = [w for w in words if w != "et"]
    if words[:2] in (["quatre", "vingt"], ["quatre", "vingts"]):
        total, i = 80, 2
    elif words and words[0] in _TENS:
        total, i = _TENS[words[0]], 1
    rest = words[i:]
    if rest == ["dix"] or (len(rest) == 2 and rest[0] == "dix" and rest[1] in ("sept", "huit", "neuf")):
        total += 10 + (_UNITS[rest[1]] if len(rest) == 2 else 0)
    elif len(rest) == 1 and rest[0] in _UNITS:
        total += _UNITS[rest[0]]
    elif rest:
        return None
    return total or None


def _numbers_in_figures(folded: str) -> str:
    """ "on est dans le quarante sept": a département said in words, written in figures."""
    def figures(m):
        n = _number_of(m.group(2).split())
        return f"{m.group(1)} {n:02d} " if n and n <= 95 else m.group(0)
    return _NUMBER_SAID.sub(figures, folded)


def _place_key(text: str) -> str:
    # No plural folding here: "Bordeaux" must not become "bordeal".
    # ("villeneuve s/ lot": "s/" is how "sur" is shortened)
    return " ".join(_SAINT.get(t, t) for t in fold(_SUR.sub(" sur ", text)).split())


def _alternative(p: Place) -> dict:
    if p.commune:
        label = f"{p.commune} ({p.departement_name}, {p.departement})"
        reply = p.postal_code or f"{p.commune} {p.departement}"
    elif p.departement:
        label, reply = f"{p.departement_name} (département {p.departement})", f"département {p.departement}"
    else:
        label, reply = f"région {p.region_name}", p.region_name
    return {"label": label, "reply": reply, "departement": p.departement, "region": p.region_name,
            "commune": p.commune}


def _area_named(p: Place | None, context: set[str]) -> bool:
    """The place's département or region is also named in the text."""
    return p is not None and bool({_place_key(p.region_name or ""), _place_key(p.departement_name or "")} & context)


_FIGURES = {"deux": "2", "trois": "3", "quatre": "4"}


def _in_figures(k: str) -> str:
    """A place's key with its small numbers after its article written as figures."""
    first, *rest = k.split(" ")
    return " ".join([first] + [_FIGURES.get(w, w) for w in rest])


class PlaceIndex:
    def __init__(self, regions: list[dict], departements: list[dict], communes: list[dict],
                 elsewhere: list[dict] = (), common_words: set[str] = frozenset()):
        self.common = set(common_words)
        self.regions = {r["code"]: r for r in regions}
        self.depts = {d["code"].lower(): d for d in departements}
        self.names: dict[str, list[tuple[str, str]]] = {}   # key -> [(kind, code or commune idx)]
        self.communes = communes
        self.postal: dict[str, list[int]] = {}
        self.small: dict[str, list[int]] = {}
        self.cedilla: dict[str, str] = {}   # "lusson" (as said) -> "lucon" (the key)
        for r in regions:
            for name in [r["name"]] + r.get("aliases", []):
                self._add(_place_key(name), ("region", r["code"]))
        for d in departements:
            for name in [d["name"]] + d.get("aliases", []):
                self._add(_place_key(name), ("departement", d["code"].lower()))
            for alias in d.get("aliases", []):   # "les Lozériens", "des Corréziennes"
                self._add_plural(_place_key(alias), ("departement", d["code"].lower()))
        for i, c in enumerate(communes):
            if c.get("postal_code"):
                self.postal.setdefault(c["postal_code"], []).append(i)
            names = [c["name"]] + (c.get("aliases") or [])
            keys = {_place_key(n) for n in names}
            aliases = {_place_key(n) for n in c.get("aliases") or []} if c.get("curated") else set()
            # "au Puy-en-Velay", "à Havre": people drop the article of "Le Puy-en-Velay"
            keys |= {k.split(" ", 1)[1] for k in keys if k.split(" ")[0] in _ARTICLES and " " in k}
            # "les 3 ilets" for Les Trois-Îlets, after its article only: "entre 2 contrôles" is
            # no Entre-Deux, "j'ai 2 jumeaux" no Deux-Jumeaux
            keys |= {_in_figures(k) for k in keys if k.split(" ")[0] in _ARTICLES}
            for k in keys:
                if not k:
                    continue
                if c.get("curated"):
                    self._add(k, ("commune", i))
                    if k in aliases:
                        self._add_plural(k, ("commune", i))   # "des Belfortains"
                else:
                    self.small.setdefault(k, []).append(i)
                    joined = _ELISION.sub(r"\1", k)   # "lisle sur la sorgue" for L'Isle-sur-la-Sorgue
                    if joined != k:
                        self.small.setdefault(joined, []).append(i)
            said = _cedilla(c["name"])
            if said:
                self.cedilla[said] = _place_key(c["name"])
        for k, found in self.small.items():
            # homonyms: the one named exactly so before one whose article was dropped ("cluses" is
            # Cluses, before Les Cluses)
            found.sort(key=lambda i: _place_key(communes[i]["name"]) != k)
        # a village named without the end of its name ("le Malzieu" for Le Malzieu-Ville), when
        # every village so begun lies in one département
        begun: dict[str, list[int]] = {}
        for k, found in self.small.items():
            words = k.split()
            for n in range(1, len(words)):
                head = " ".join(words[:n])
                if words[n - 1] not in STOPWORDS and (n > 1 or (len(head) >= 6 and head not in self.common)):
                    begun.setdefault(head, []).extend(found)
        for head, found in begun.items():
            if head not in self.small and head not in self.names \
                    and len({communes[i]["departement"] for i in found}) == 1:
                self.small[head] = sorted(set(found), key=lambda i: communes[i]["name"])
        self.max_words = max((len(k.split()) for k in list(self.names) + list(self.small)), default=1)
        # per first word, the most words of a name or a village's name that begins with it
        self.longest_from = longest_from(list(self.names) + list(self.small))
        self.word_like = {w for w in self.common if w not in self.names} | _EVERYDAY
        self.small_by_letter: dict[str, list[str]] = {}
        self.small_by_sound: dict[str, set[str]] = {}
        self.small_by_mute: dict[str, set[str]] = {}
        for k in self.small:
            if " " not in k and len(k) >= 5:
                self.small_by_letter.setdefault(k[0], []).append(k)
                self.small_by_sound.setdefault(sound(k), set()).add(k)
                self.small_by_mute.setdefault(mute(sound(k)), set()).add(k)
        self.small_by_first: dict[str, list[str]] = {}   # "villers" -> ["villers cotterets", ...]
        # names of several words by the words after their first, villages and known towns alike:
        # "la romaine" -> ["vaison la romaine", ...], "sur mer" -> [..., "berck sur mer"]
        self.by_rest: dict[str, list[str]] = {}
        self.small_joined_sound: dict[str, list[str]] = {}   # "osoarlaferier" -> ["ozoir la ferriere"]
        for k in self.small:
            if " " in k:
                first, rest = k.split(" ", 1)
                self.small_by_first.setdefault(first, []).append(k)
                self.by_rest.setdefault(rest, []).append(k)
                self.small_joined_sound.setdefault(sound(k.replace(" ", "")), []).append(k)
        for k in self.names:   # ("berck sur mer" is a known town's other name)
            if " " in k and k not in self.small:
                self.by_rest.setdefault(k.split(" ", 1)[1], []).append(k)
        for said, k in self.cedilla.items():
            if " " not in said and k in self.small:
                self.small_by_sound.setdefault(sound(said), set()).add(k)
        self.elsewhere: dict[str, dict] = {}
        for e in elsewhere:
            for name in [e["name"]] + list(e.get("aliases") or []):
                self.elsewhere[_place_key(name)] = e
        self.fuzzy_keys: dict[str, list[str]] = {}
        # "Biarits" sounds like "Biarritz": one-word names by their French sound key
        self.by_sound: dict[str, list[str]] = {}
        self.by_mute: dict[str, list[str]] = {}
        for k in self.names:
            if len(k) >= 5:
                self.fuzzy_keys.setdefault(k[0], []).append(k)
                if " " not in k:
                    self.by_sound.setdefault(sound(k), []).append(k)
                    self.by_mute.setdefault(mute(sound(k)), []).append(k)
        self.joined_sound: dict[str, list[str]] = {}
        for k in self.names:
            if " " in k and len(k) >= 8:
                self.joined_sound.setdefault(sound(k.replace(" ", "")), []).append(k)
        for said, k in self.cedilla.items():
            if " " not in said and k in self.names and k not in self.by_sound.get(sound(said), []):
                self.by_sound.setdefault(sound(said), []).append(k)
        self._fuzzy = lru_cache(maxsize=20000)(self._fuzzy_uncached)
        self._village = lru_cache(maxsize=20000)(self._village_uncached)

    def _add(self, k: str, target):
        if k and target not in self.names.setdefault(k, []):
            self.names[k].append(target)
        joined = _ELISION.sub(r"\1", k)
        if joined != k and target not in self.names.setdefault(joined, []):
            self.names[joined].append(target)   # "Val doise", "Côtes darmor": the apostrophe dropped

    def _add_plural(self, k: str, target):
        """An inhabitants' name also in the plural, unless that plural is an everyday word."""
        if _plural(k) not in self.common:
            self._add(_plural(k), target)

    def _village_uncached(self, t: str) -> str | None:
        """The one small commune spelt closest to t, if it is clearly the closest."""
        return _clearly_closest(t, self.small_by_letter.get(t[0], ()), 88)

    def _hard_k(self, t: str) -> str | None:
        """A village whose "qu" or hard "c" was written "k": "kemperlé" for Quimperlé."""
        return next((v for v in (self._village(w + t[1:]) for w in ("qu", "c")) if v), None) if t[0] == "k" else None

    def _village_said_as(self, t: str) -> str | None:
        """The one small commune that sounds like t: "cavayon" is Cavaillon, "fecan" Fécamp."""
        said = sound(t)
        same = [k for k in self.small_by_sound.get(said, ()) if _same_first_sound(k, t)] \
            or [k for k in self.small_by_mute.get(mute(said), ()) if _same_first_sound(k, t)]
        if len(same) > 1:   # ("ivetot": Yvetot, spelt far closer than Les Yveteaux)
            near = sorted(((fuzz.ratio(_spelt_as_said(k), _spelt_as_said(t)), k) for k in same), reverse=True)
            same = [near[0][1]] if near[0][0] - near[1][0] >= 10 else same
        return same[0] if len(same) == 1 else None

    def _fuzzy_uncached(self, k: str):
        # a long name bears one more slip: "sarguemine" for Sarreguemines
        found = process.extractOne(k, self.fuzzy_keys.get(k[:1], ()), scorer=fuzz.ratio,
                                   score_cutoff=86 if len(k) >= 10 else 87)
        if found and k.endswith("x") and not found[0].endswith(("x", "s", "z")):
            found = None   # a written "x" is not silent in a word: "le cortex" is not Corte
        if found and found[1] < 90 and " " not in k and sound(found[0]) != sound(k) and sound(k) in self.by_sound:
            # a name said the same beats one a letter closer, unless that one is very close: "stefanois"
            # is stéphanois, not stanois; "rouanne" is Roanne
            near = self._said_the_same(k, 80)
            if near:
                return near
        if not found and " " in k and len(k) >= 8 and not any(w in self.names for w in k.split()) \
                and not all(w in self.common for w in k.split()):   # ("grande taille" is words)
            # a name written apart as it sounds: "chato roux", "capestere belle o" (not "haute
            # corrèze", a name already, read as Haute-Corse)
            joined = k.replace(" ", "")
            near = {n for n in self.by_sound.get(sound(joined), []) + self.joined_sound.get(sound(joined), [])
                    if _same_first_sound(n, joined) and fuzz.ratio(joined, n.replace(" ", "")) >= 70}
            if len(near) == 1:
                return near.pop()
        if not found and k.count(" ") == 2 and k.split()[1] in STOPWORDS:
            # "lon le sonier", "fontené le conte": a name of three words, each of its two words
            # misspelt a little and its small word as it is
            near = process.extractOne(k, self.fuzzy_keys.get(k[:1], ()), scorer=fuzz.ratio, score_cutoff=80)
            said, name = k.split(), (near[0].split() if near else [])
            if near and len(name) == 3 and name[1] == said[1] and all(
                    fuzz.ratio(a, b) >= 75 or sound(a) == sound(b) for a, b in zip(said[::2], name[::2])):
                return near[0]
        if not found and " " not in k and len(k) >= 5 and k[-1] in _SILENT_LAST:
            # a silent last letter written as another: "nevert" for Nevers
            swapped = next((k[:-1] + e for e in _SILENT_LAST if e != k[-1] and k[:-1] + e in self.names), None)
            if swapped:
                return swapped
        if not found and " " not in k and len(k) >= 4 and sound(k) in self.by_sound:
            # same sound and close spelling: "biarits", "somur"; not "cancer" for "Cannes"
            return self._said_the_same(k, 70)
        if not found and " " not in k and len(k) >= 4:
            # the one name said so once its swallowed "e" is dropped: "azbrouck" for Hazebrouck
            same = {n for n in self.by_mute.get(mute(sound(k)), ()) if _same_first_sound(n, k)}
            if len(same) == 1:
                return same.pop()
        return found[0] if found else None

    def _said_the_same(self, k: str, cutoff: int) -> str | None:
        """The name of k's sound spelt closest to it, each as it is said ("bloa" is spelt as "blois" is said)."""
        near = process.extractOne(k, self.by_sound[sound(k)], scorer=fuzz.ratio, score_cutoff=cutoff,
                                  processor=_spelt_as_said)
        if near and k.endswith("x") and not near[0].endswith(("x", "s")):
            return None   # a written "x" is not silent in a word: "le cortex" is not Corte
        return near[0] if near else None

    # -- building a Place ------------------------------------------------------
    def _from_dept(self, code: str, matched: str, how: str, commune=None, postal=None) -> Place | None:
        d = self.depts.get(code.lower())
        if not d:
            return None
        r = self.regions.get(d["region_code"], {})
        return Place(d["code"], d["name"], r.get("code"), r.get("name"), r.get("territory"),
                     commune, postal, matched, how)

    def _from_region(self, code: str, matched: str) -> Place | None:
        r = self.regions.get(code)
        if not r:
            return None
        depts = [d for d in self.depts.values() if d["region_code"] == code]
        if len(depts) == 1:  # Guadeloupe, Martinique, Guyane, La Réunion, Mayotte
            return self._from_dept(depts[0]["code"], matched, "region")
        return Place(None, None, r["code"], r["name"], r["territory"], None, None, matched, "region")

    def _from_commune(self, idx: int, matched: str, how: str) -> Place | None:
        c = self.communes[idx]
        return self._from_dept(c["departement"], matched, how, c["name"], c.get("postal_code"))

    def _postal_dept(self, code: str) -> str | None:
        if code.startswith("97"):
            return code[:3]
        if code.startswith("20"):
            return "2a" if code[:3] in ("200", "201") else "2b"
        return code[:2]

    def _homonym(self, k: str, context: set[str]) -> int:
        """Among villages of one name, the one whose département or region the text also names
        ("port louis guadeloupe" is not Port-Louis in Brittany)."""
        return next((i for i in self.small[k] if _area_named(self._from_commune(i, k, "small_commune"), context)),
                    self.small[k][0])

    def _pick(self, targets, context: set[str], matched: str, how: str, before: str = "") -> Place | None:
        """Among homonyms, prefer the one whose département or region the text also names,
        then the one the preposition points to; the others are kept as alternatives."""
        places = []
        for kind, ref in targets:
            if kind == "region":
                places.append(self._from_region(ref, matched))
            elif kind == "departement":
                places.append(self._from_dept(ref, matched, how if how == "fuzzy" else "departement"))
            else:
                places.append(self._from_commune(ref, matched, how if how == "fuzzy" else "commune"))
        places = [p for p in places if p]
        if how == "fuzzy":
            for p in places:
                p.how = "fuzzy"
        for p in places:
            if _area_named(p, context):
                return p
        if not places:
            return None
        last = before.split()[-1:]
        if last in (["au"], ["aux"]):
            # "au Lamentin" is Le Lamentin (972), "aux Abymes" Les Abymes: the article is in the name
            article = "le " if last == ["au"] else "les "
            places.sort(key=lambda p: not fold(p.commune or "").startswith(article))
        if _TOWN_CUE.search(before):
            places.sort(key=lambda p: p.how != "commune")
        elif _AREA_CUE.search(before):
            places.sort(key=lambda p: p.how == "commune")
        chosen = places[0]
        seen = {(chosen.departement, chosen.region)}
        for p in places[1:]:
            if (p.departement, p.region) not in seen:
                seen.add((p.departement, p.region))
                chosen.alternatives.append(_alternative(p))
        return chosen

    def outside(self, text: str) -> dict | None:
        """A place Ariane knows it does not cover ("Nouméa", "Bruxelles"), or None."""
        toks = _place_key(text).split()[:200]
        for size in range(min(4, len(toks)), 0, -1):
            for start in range(0, len(toks) - size + 1):
                hit = self.elsewhere.get(" ".join(toks[start:start + size]))
                if hit:
                    return hit
        return None

    def _read_outside(self, text: str, place: Place) -> bool:
        """The words read as a French village name a place abroad ("Liège"); "né à Oran mais je
        vis à Castelnaudary" names both."""
        hit = self.outside(text)
        names = [_place_key(n) for n in [hit["name"]] + list(hit.get("aliases") or [])] if hit else []
        # (a longer French name that holds the foreign one is French: "Mons-en-Laonnois" is not Mons)
        return any((n in place.matched and set(place.matched.split()) - set(n.split()) <= set(_ARTICLES))
                   or place.matched in n or fuzz.ratio(n, place.matched) >= 75 for n in names)

    def _gentile(self, text: str) -> Place | None:
        """The town whose inhabitants the writer says they are: "je suis montluçonnais",
        "berckoise depuis 10 ans" (the name of the town, then one of the usual endings)."""
        toks = _place_key(text).split()[:200]
        for i, word in enumerate(toks):
            if len(word) < 6 or word in self.common or word in self.names or \
                    not ((i == 0 and (len(toks) <= 6 or toks[1] in _AFTER_GENTILE or _SET_APART.match(text)))
                         or _GENTILE_CUE.search(" ".join(toks[max(0, i - 3):i]))):
                # (a first word alone is one in a short message, set apart or before "depuis":
                # "castraise, ma fille…", "berckoise depuis 10 ans"; "migraines avec des points
                # lumineux" is no inhabitant of Migré)
                continue
            single = re.sub(r"(.)\1", r"\1", word)
            if single != word and (single in self.names or single in self.small):
                continue   # a town with a letter doubled, not its inhabitants: "sartenne" is Sartène
            for end in _GENTILE_ENDINGS:
                base = word[:-len(end)]
                if not word.endswith(end) or len(base) < 4:
                    continue
                bases = list(dict.fromkeys((base, re.sub(r"(.)\1$", r"\1", base))))   # "montluçonn-ais"
                # ("lunéviloise": the double letter of Lunéville dropped; "vitréenne": Vitré)
                keys = [k for b in bases for k in (b, b + "e", b + "s", b + "es", b + "x", b + "is", b + b[-1] + "e")]
                # a town before a village: "provinoise" is of Provins, not of the village of Provin
                town = next((k for k in keys if k in self.names and not self.outside(k)), None)
                if town:
                    return self._pick(self.names[town], set(), word, "gentile")
                village = next((k for k in keys if len(self.small.get(k, ())) == 1), None)
                if village:
                    return self._from_commune(self.small[village][0], word, "gentile")
        return None

    def find(self, text: str) -> Place | None:
        # "ça a creusé un trou": a word written with an "é" the place lacks is a verb, not the Creuse
        text = _ACCENTED.sub(lambda m: "-" if fold(m.group(1)) + "e" in _WITHOUT_E_ACUTE else m.group(0), text)
        place = self._with_departement(text) or self._gentile(text) or self._named(text)
        if place is not None and place.matched in _RELATIVES and re.search(
                rf"\b(?:{'|'.join(_DETERMINERS)}) {place.matched}\b", " ".join(_place_key(text).split())):
            return None   # "ma belle-fille est enceinte": a relative, not Belle-Fille
        return place

    def _with_departement(self, text: str) -> Place | None:
        """A town followed by its département in brackets: "l'aigle (61)", "Lavaur (81)"."""
        # (the bracket pattern tries every start of the text: look for a bracket first)
        said = ("(" in text[:MAX_CHARS] and _WITH_DEPARTEMENT.search(text[:MAX_CHARS])) or _TOWN_THEN_DEPARTEMENT.match(text[:80])
        if not said or said.group(2).lower() not in self.depts:
            return None
        dept, words = said.group(2).lower(), _place_key(said.group(1)).split()

        def in_dept(k: str) -> tuple[int | None, bool]:
            """The commune named k in that département, and whether it is a curated one."""
            curated = [ref for kind, ref in self.names.get(k, []) if kind == "commune"]
            return next(((i, i in curated) for i in curated + self.small.get(k, [])
                         if self.communes[i]["departement"].lower() == dept), (None, False))

        for size in range(min(len(words), self.max_words), 0, -1):   # the name ends at the bracket
            k = " ".join(words[-size:])
            idx, curated = in_dept(k)
            if idx is not None:
                return self._from_commune(idx, k, "commune" if curated else "small_commune")
        # (or said as it sounds, the département settling which: "chateaubriand (44)" for Châteaubriant)
        last = words[-1] if words else ""
        alike = [n for n in list(self.by_sound.get(sound(last), ())) + sorted(self.small_by_sound.get(sound(last), ()))
                 if _same_first_sound(n, last)] if len(last) >= 5 else []
        for n in alike:
            idx, _ = in_dept(n)
            if idx is not None:
                return self._from_commune(idx, last, "fuzzy")
        return None

    def _named(self, text: str) -> Place | None:
        """A place the text names: where the person says they live first, then any other."""
        folded = fold(text)
        moved = _LEFT_FOR.search(folded)
        if moved:   # "nous avons quitté Nantes pour Cholet": the home is the place they went to
            place = self._find(" ".join(moved.group(1).split()[:4]), _hyphened(text))
            if place:
                return self._refine(text, place)
        cues = list(_RESIDENCE.finditer(folded))
        # ("ses parents habitent à Hendaye, moi je suis à Bordeaux": when the writer sets their own
        # home apart, only "qui" makes a relative's home a side remark)
        mine = any(_MINE.search(folded[max(0, c.start() - 16):c.start()]) for c in cues)
        own = [c for c in cues if not _relatives_home(folded, c.start(), only_who=mine)]
        if cues and not own:
            # "Martigues 13500. Mon fils a…, son parrain habite Toulon": a place set apart at the
            # start is the writer's, not the relative's
            place = self._set_apart(text, _hyphened(text))
            if place:
                return self._refine(text, place)
        cues = own or cues
        place, cues = self._home_of_another(text, folded, cues)
        if place:
            return self._refine(text, place)
        if cues:
            after = f" {folded[cues[-1].end():]} "
            hyphened = _hyphened(text)
            here = _HERE.search(folded[:cues[-1].start()])
            if here:
                # "Figeac dans le Lot, c'est là qu'on habite (…) jusqu'à Toulouse": the place said before
                place = self._find(folded[:here.start()], hyphened) or self._set_apart(text, hyphened)
                if place:
                    return self._refine(text, place)
            if cues[-1].group(0).startswith(("demenage", "install")):
                # "déménagé de Nancy à Reims", "installés il y a deux ans à Quimper": the first
                # place said right after an "à" (or right after the cue: "installés en Île-de-France
                # pour être près des hôpitaux (…) les soins à la maison")
                place = self._find(" ".join(after.split()[:5]), hyphened) \
                    if after.split()[:1] in (["en"], ["dans"], ["au"], ["aux"]) else None
                if place:
                    return self._refine(text, place)
                at = after.find(" a ")
                while at >= 0:
                    place = self._find(" ".join(after[at:].split()[:5]), hyphened)
                    if place:
                        return self._refine(text, place)
                    at = after.find(" a ", at + 1)
            # the words right after "j'habite" first: "on habite à Cilaos (…) descendre sur Saint-Pierre"
            words = after.split()
            if words and words[0] in ("du", "des"):
                # "je suis du Havre": "du" holds the article as "au" does ("au Havre")
                words[0] = {"du": "au", "des": "aux"}[words[0]]
            said = 0 if not words or _PLACE_CUE.search(words[0]) else 1
            words = ["a"] * said + words   # "on habite cognac" is said as "on habite à Cognac"
            place = self._find(" ".join(words[:6 + said]), hyphened)
            if not place or f" {place.matched} " not in f" {' '.join(words[:4 + said])} ":
                place = self._find(after, hyphened)   # the name may go on beyond those words
            if place:
                return self._refine(text, place)
        hyphened = _hyphened(text)
        return self._refine(text, self._find(text, hyphened) or self._set_apart(text, hyphened))

    def _home_of_another(self, text: str, folded: str, cues: list) -> tuple[Place | None, list]:
        """The writer's own town set against the home of the person the message is about ("elle
        habite à Issoire, moi je suis à Lyon"): that home, or the cues left once the writer's are
        set aside. Not when the writer is the one who is ill ("moi je suis à Cavaillon, j'ai une NF2")."""
        ill_myself = _ILL_MYSELF.search(folded)
        mine = [c for c in cues if _MINE.search(folded[max(0, c.start() - 16):c.start()])] if not ill_myself else []
        for_other = bool(_FOR_OTHER.search(folded))
        if for_other and not mine and not ill_myself:
            # "elle vit à Gourdon (…), je suis à Paris et je cherche pour elle", "nous on est à
            # Lille mais c'est pour elle": the writer's "je", "nous"
            said_by_me = [c for c in cues if c.group(0).startswith(("je ", "jsuis", "j suis")) or c.group(0) == "vis"
                          or re.search(r"\b(?:je?|nous on|nous) $", folded[max(0, c.start() - 8):c.start()])]
            if len(said_by_me) < len(cues):
                mine = said_by_me
        bare = _MINE_AT.search(folded) if not mine and not ill_myself else None
        others = [c for c in cues if c not in mine]
        their = list(_THEIR_HOME.finditer(folded)) if for_other and not ill_myself else []
        if their:
            # "je suis à Bordeaux mais mes parents sont au Lorrain (…) c'est pour mon père"
            said = folded[their[-1].end():]
            said = said[:m.start()] if (m := re.search(r"\bmoi\b", said)) else said   # ("…, moi à Paris")
            place = self._find(" ".join(said.split()[:8]), _hyphened(text))
            if place:
                return place, cues
        if _FOR_ME.search(folded) and (mine or bare):
            # "elle vit à Marseille et moi à Gap, c'est pour moi que je demande": the writer's home
            if mine:
                return None, mine
            clause = _CLAUSE_END.search(folded, bare.end() + 1)
            return self._find(folded[bare.start() + len("moi "):clause.start() if clause else len(folded)], _hyphened(text)), cues
        if mine and others:
            return None, others
        if (mine or bare) and (others or for_other):
            # (without another home said, only when the message is for someone else: "moi
            # j'habite à Gap avec mes enfants" is the family's home); "moi à Paris depuis 20 ans",
            # "elle habite Loudun et moi Paris": the rest of the message, without the writer's clause
            start, end = (mine[-1].start(), mine[-1].end()) if mine else bare.span()
            clause = _CLAUSE_END.search(folded, end + 1)
            rest = folded[:start] + " " + folded[clause.end() if clause else len(folded):]
            return self._find(rest, _hyphened(text)), cues
        return None, cues

    def _set_apart(self, text: str, hyphened: set[str]) -> Place | None:
        """A place set apart at the start, read as if written alone: "yvetot, mon fils a une
        amyotrophie spinale"; not an everyday word ("petit menton, la langue bascule en arrière")."""
        lead = _LEADING.match(text)
        if not lead or len(lead.group(1).split()) > 4:
            return None
        words = lead.group(1)
        place = self._find(words, hyphened) if len(words.split()) <= 3 else None
        head = _HEAD.match(fold(words))
        if not place and head:   # "salazie dans les hauts, ma mère…": the name before the area it lies in
            words = head.group(1)
            place = self._find(words, hyphened)
        # (a known town alone before the comma is the town: "menton, ma fille a…")
        alone = " " not in words.strip() and place is not None and place.how in ("commune", "departement", "region")
        # (so is "au" and a village's name: "au diamant, mon mari…")
        alone = alone or (len(words.split()) == 2 and fold(words).split()[0] in ("au", "aux") and place is not None)
        if place and " " not in place.matched and (place.matched in self.word_like or place.matched in self.common) \
                and not _CAPITALISED.findall(words) and not _FIRST_WORD.match(text) and not alone:
            return None
        return place

    def _refine(self, text: str, place: Place | None) -> Place | None:
        if place and place.how in ("small_commune", "fuzzy") and self._read_outside(text, place):
            return None   # "Liège" is Belgium's, not the hamlet of Le Liège
        if place and place.how == "region" and not place.departement:
            # "au Lorrain en Martinique": a town of that name in the territory also named
            # ("lorrain" is also said of Lorraine)
            return self._town_named_so(text, place) or self._within(text, place) or place
        return place

    def _town_named_so(self, text: str, region: Place) -> Place | None:
        folded = f" {_place_key(text)} "
        for idx in self.small.get(region.matched, ()):
            d = self.depts.get(self.communes[idx]["departement"].lower())
            if d and d["region_code"] != region.region and any(
                    f" {_place_key(n)} " in folded for n in [d["name"]] + d.get("aliases", [])):
                return self._from_commune(idx, region.matched, "small_commune")
        return None

    def _within(self, text: str, region: Place) -> Place | None:
        toks = _place_key(text).split()[:200]
        for size in range(min(self.max_words, len(toks)), 0, -1):
            for start in range(0, len(toks) - size + 1):
                k = " ".join(toks[start:start + size])
                if k in region.matched or (size == 1 and (k in STOPWORDS or len(k) < 3)):
                    continue   # "région parisienne" names a region, not the town of Paris
                targets = [t for t in self.names.get(k, []) if t[0] != "region"]
                if not targets and k in self.small and _PLACE_CUE.search(_before(toks, start)) and len(k) >= 4:
                    targets = [("commune", i) for i in self.small[k]]
                for kind, ref in targets:
                    p = self._from_dept(ref, k, "departement") if kind == "departement" else \
                        self._from_commune(ref, k, "commune")
                    if p and p.region == region.region:
                        return p
        # a town of that region misspelt after a cue: "on habite aguenau en alsace"
        for start, t in enumerate(toks):
            if len(t) >= 5 and t not in self.common and t not in region.matched \
                    and _TOWN_CUE.search(_before(toks, start)):
                hit = self._fuzzy(t)
                for kind, ref in self.names.get(hit, []) if hit else []:
                    p = self._from_commune(ref, t, "fuzzy") if kind == "commune" else None
                    if p and p.region == region.region:
                        return p
        return None

    def _village_of_words(self, words: list[str], k: str) -> str | None:
        """The village of several words spelt closest to these, its first words or its last ones
        spelt right ("bagnere de luchon", "riom es montagne")."""
        if words[0] in STOPWORDS or words[0] in _ARTICLES or all(w in self.common or w in STOPWORDS for w in words):
            return None
        near = _clearly_closest(k, [n for n in self.small_by_first.get(words[0], ()) if n.count(" ") == len(words) - 1], 90) \
            or _clearly_closest(k, self.by_rest.get(" ".join(words[1:]), ()), 90)
        return near if near in self.small else None

    def _words_not_a_name(self, words: list[str], hit: str) -> bool:
        """ "grande et mince" is French spelt right, with a small word the name lacks: no
        misspelt "Grand Est"."""
        return len(words) > 1 and all(w in self.common or w in STOPWORDS for w in words) \
            and any(w in STOPWORDS and w not in hit.split() for w in words)

    def _is_word(self, w: str) -> bool:
        """A French word, in the singular or the plural: "aux coudes" is not the village of Coudes."""
        # (an x is a plural after -au, -eu, -ou only: "sceaux" is, "ornex" is not "orne")
        return w in self.common or (w[:-1] in self.common and (w[-1:] == "s" or w[-3:-1] in ("au", "eu", "ou")))

    @staticmethod
    def _words_after_article(toks: list[str], start: int) -> bool:
        """Words after an article in a sentence, with no place cue before the article or the
        words: "des cellules qui tapissent le petit canal", not "on habite au petit canal"."""
        return len(toks) > 3 and not _PLACE_CUE.search(_before(toks, start - 1)) \
            and not _PLACE_CUE.search(_before(toks, start))

    @staticmethod
    def _after_word(toks: list[str], start: int) -> bool:
        """ "avec plaisir", "y aller": after such a small word, a word is a word."""
        return bool(start) and toks[start - 1] in _NOT_BEFORE_PLACE

    def _with_sound_alike(self, place: Place | None, k: str) -> Place | None:
        """ "Angé" is a village of Loir-et-Cher and sounds like Angers: both are offered. A town
        is far more often meant than a village its short spelling happens to match ("lourde",
        "nant"), so then the town comes first and the village is the other choice."""
        # the sound-alike spelt closest: "lourdes" before its inhabitants, "lourdaise"
        near = min((n for n in self.by_sound.get(sound(k), ()) if n != k), key=lambda n: (abs(len(n) - len(k)), n),
                   default=None) if place and " " not in k and len(k) >= 4 else None
        alt = self._pick(self.names[near], set(), near, "commune") if near else None
        if not alt or alt.departement == place.departement:
            return place
        # ("castelsarrazin", a hamlet of the Landes, is how Castelsarrasin is misspelt)
        if alt.how == "commune" and fold(alt.commune or "") == near and (
                _said_as(k, near) or (sound(k) == sound(near) and fuzz.ratio(k, near) >= 90)):
            alt.how, alt.matched, alt.alternatives = "fuzzy", k, [_alternative(place)] + alt.alternatives
            return alt
        place.alternatives.append(_alternative(alt))
        return place

    def _or_town_written_apart(self, place: Place | None, k: str) -> Place | None:
        """ "castel sarrazin" is a hamlet of the Landes, and how Castelsarrasin is written in two
        words: the town comes first, the hamlet is the other choice."""
        near = next(iter(self.by_sound.get(sound(k.replace(" ", "")), ())), None) if place else None
        town = self._pick(self.names[near], set(), near, "fuzzy") if near else None
        if not town or town.departement == place.departement:
            return place
        town.matched, town.alternatives = k, [_alternative(place)] + town.alternatives
        return town

    def _small_written_on(self, toks: list[str], start: int, k: str) -> str | None:
        """ "villers coteret": the village whose name begins with k and goes on as the words
        after it are spelt, rather than the village called k alone."""
        near = []
        for name in self.small_by_first.get(k, ()):
            said = " ".join(toks[start:start + name.count(" ") + 1])
            if said != k:
                near.append((fuzz.ratio(said, name), name))
        near = sorted((n for n in near if n[0] >= 85), reverse=True)
        return near[0][1] if near and (len(near) == 1 or near[0][0] > near[1][0]) else None

    def _said_as_place(self, text: str, toks: list[str], start: int, k: str) -> bool:
        """An everyday word is a place only after a place cue or written with a capital."""
        cue = _PLACE_CUE.search(_before(toks, start))
        if cue and not (cue.group(0).split() in (["au"], ["aux"]) and k in _BODY):
            return True   # (but "des poils au menton" is a chin: "au" is an article there)
        if _cue_then_article(toks, start) and k not in _BODY:
            return True   # "on habite à L'Entre-Deux", "on habite l'entre deux"; not "des poils sur le menton"
        first = _FIRST_WORD.match(text)   # "Bordeaux, quartier Saint-Michel": a capital set apart
        return any(fold(w) == k for w in _CAPITALISED.findall(text)) or bool(first and fold(first.group(1)) == k)

    def _find(self, text: str, hyphened: set[str]) -> Place | None:
        folded = fold(text)
        if not folded:
            return None
        m = next((p for p in list(_POSTAL.finditer(folded)) + list(_POSTAL_SPACED.finditer(folded))
                  if not _MEASURED.search(folded[max(0, p.start() - 40):p.start()])), None)
        if m:
            code = "".join(m.groups())
            hits = self.postal.get(code)
            if hits:
                return self._from_commune(hits[0], m.group(0), "postal_code")
            # a code no commune has is a postal code only when said as one ("mutation 11778" is not)
            words = folded[:m.start()].split()
            said_so = len(folded.split()) <= 3 or _PLACE_CUE.search(_before(words, len(words)))
            dept = self._postal_dept(code) if said_so else None
            place = self._from_dept(dept, m.group(0), "postal_code", postal=code) if dept else None
            if place:
                return place
        cleaned = _numbers_in_figures(_EMERGENCY_NUMBER.sub(" ", folded))
        m = _DEPT_ALONE.match(cleaned.strip()) or next(
            (c for c in _DEPT_CUE.finditer(cleaned) if not _a_chromosome(cleaned, c.start())
             and not _SHOE_SIZE.search(cleaned[max(0, c.start() - 25):c.start()])), None)
        if m:
            place = self._from_dept(m.group(1).replace(" ", ""), m.group(0), "departement")   # ("le 2 b")
            if place:
                return place
        m = _DEPT_DIGITS.search(cleaned)
        if m and not re.search(rf"\b{m.group(1)}\s*[,.]\s*{m.group(2)}\b", text):
            # ("le 2 3" typed apart; not a formula or a decimal: "le 2,3-BPG", "en 2.3")
            place = self._from_dept(m.group(1) + m.group(2), m.group(0), "departement")
            if place:
                return place

        toks = _place_key(text).split()[:200]
        for start, (t, after) in enumerate(zip(toks, toks[1:])):
            # a known town written in two words, before its first half: "fontaine bleau" is
            # Fontainebleau, not Fontaine
            joined = t + after
            if len(t) >= 4 and len(after) >= 4 and joined in self.names and joined not in self.word_like \
                    and t not in STOPWORDS and after not in STOPWORDS \
                    and (len(toks) <= 4 or _TOWN_CUE.search(_before(toks, start))):
                return self._pick(self.names[joined], set(toks), f"{t} {after}", "fuzzy")
        grams: list[set[str]] = []

        def context() -> set[str]:
            """Every group of words of the message, which tells homonyms apart (built once, and
            only when a name is read)."""
            if not grams:
                grams.append({" ".join(toks[start:start + size]) for size in range(min(self.max_words, len(toks)), 0, -1)
                              for start in range(0, len(toks) - size + 1)})
            return grams[0]
        longest = [self.longest_from.get(t, 0) for t in toks]
        for size in range(min(self.max_words, len(toks)), 0, -1):
            for start in range(0, len(toks) - size + 1):
                if longest[start] < size:
                    continue   # (no name or village of that many words begins here)
                k = " ".join(toks[start:start + size])
                if k not in self.names and not (size >= 2 and k in self.small):
                    continue   # (cheap first: the checks below are for known names only)
                if size == 1 and (k in STOPWORDS or len(k) < 3):
                    continue
                if _NOT_A_TOWN.search(_before(toks, start)):
                    continue
                alone = " ".join(toks) in (k, f"l {k}", f"le {k}", f"la {k}", f"les {k}")   # ("l entre deux")
                if k in _EVERYDAY_PHRASES and not set(k.split()) & hyphened and not alone \
                        and not self._said_as_place(text, toks, start, k):
                    continue   # "entre deux il va bien": words, not Entre-Deux
                if k in self.names:
                    if _denied_place(toks, start):
                        continue   # "en savoie, pas en haute savoie"
                    if k in _BEARINGS and (toks[start + size:start + size + 1] in (["de"], ["d"]) or any(
                            " ".join(toks[start + 1:start + 1 + n]) in self.names for n in (1, 2, 3))):
                        continue   # "au nord de Poitiers", "nord Cotentin": a direction, not the Nord
                    if size == 2 and toks[start] in _ARTICLES and toks[start + 1] in self.word_like \
                            and len(toks) > 3 and not self._said_as_place(text, toks, start, toks[start + 1]):
                        continue   # "le blanc de ses yeux": an article and an everyday word
                    if size == 1 and k in self.word_like and not self._said_as_place(text, toks, start, k) \
                            and (len(toks) > 3 or self._after_word(toks, start)):
                        continue   # "petit menton", "avec plaisir": words, not places
                    if size >= 2 and start and (toks[start - 1] in _ARTICLES or toks[start - 1] in _DETERMINERS) \
                            and all(kind == "commune" for kind, _ in self.names[k]) \
                            and all(t in self.word_like for t in k.split()) and self._words_after_article(toks, start) \
                            and not any(fold(w).split()[:1] == k.split()[:1] for w in _CAPITALISED.findall(text)):
                        continue   # "le petit canal au centre de la moelle": words, not Petit-Canal
                    picked = self._pick(self.names[k], context() - {k}, k, "name", _before(toks, start))
                    # a village of the same name whose own département is named: "Civray dans le Cher"
                    village = self._from_commune(self._homonym(k, context()), k, "small_commune") \
                        if picked and k in self.small else None
                    return village if _area_named(village, context()) and not _area_named(picked, context()) else picked
                if size >= 2 and k in self.small:
                    # a name of several words ("Sainte-Maxime", "Trois-Ilets") is specific enough alone
                    article = toks[start] in _ARTICLES and " ".join(toks[start + 1:start + size]) in self.names
                    proper = [t for t in toks[start:start + size] if t not in _ARTICLES]
                    # "Bordeaux, quartier Saint-Michel": without a cue, a known town named too wins
                    # (its own département or region named is no other town: "ste maxime dans le var")
                    known = not _PLACE_CUE.search(_before(toks, start)) and any(
                        g in self.names and g not in self.word_like for g in context() if g not in k) and not _area_named(
                        self._from_commune(self._homonym(k, context()), k, "small_commune"), context())
                    # "une roche blanche", "sa croix rousse": everyday words after a determiner, not La Roche-Blanche
                    # ("une petite roche blanche": an adjective may come between)
                    prev = toks[max(0, start - 2):start]
                    said_as_word = (bool(prev) and prev[-1] in _DETERMINERS) or (
                        len(prev) == 2 and prev[0] in _DETERMINERS and prev[1] in self.word_like) or (
                        # ("les cellules qui tapissent le petit canal au centre de la moelle")
                        bool(prev) and prev[-1] in _ARTICLES and self._words_after_article(toks, start))
                    phrase = said_as_word and all(t in self.word_like for t in proper)
                    if not article and not known and not phrase and len(proper) >= 2 \
                            and any(len(t) >= 4 and t not in STOPWORDS for t in proper):
                        return self._or_town_written_apart(self._from_commune(self._homonym(k, context()), k, "small_commune"), k)
            if size in (2, 3):  # "Clermont Ferand" before "Clermont"
                for start in range(0, len(toks) - size + 1):
                    words = toks[start:start + size]
                    k = " ".join(words)
                    # "près de Sèvres" is not a misspelt "Deux-Sèvres": an exact name inside wins
                    if (words[0] in STOPWORDS and " ".join(words[1:]) in self.names) or \
                            (words[-1] in STOPWORDS and " ".join(words[:-1]) in self.names):
                        continue
                    if words[0] in _ARTICLES and all(w in self.common for w in words[1:]):
                        continue   # "sur les mains" is spelt right: not a misspelt "Le Mans"
                    if k in self.names or _denied_place(toks, start):
                        continue   # a name spelt right was read above, or denied there
                    if len(k) >= 8 and any(len(t) >= 5 and t not in STOPWORDS for t in words) \
                            and (len(toks) <= 4 or start == 0 or _cued(toks, start, _STRONG_CUE)
                                 or set(words) <= hyphened):   # (written as one name: "moi c'est baie-mahaut")
                        hit = self._fuzzy(k)
                        if hit and self._words_not_a_name(words, hit):
                            continue
                        # ("à Bagnère de Luchon", "riom es montagne": a village's name, one word misspelt)
                        village = self._village_of_words(words, k)
                        if village and (not hit or hit.count(" ") != size - 1):
                            return self._from_commune(self.small[village][0], k, "fuzzy")
                        if hit and hit.count(" ") == size - 1:
                            return self._pick(self.names[hit], context(), k, "fuzzy")
        for size in range(min(self.max_words, len(toks)), 0, -1):
            for start in range(0, len(toks) - size + 1):
                if longest[start] < size:
                    continue
                k = " ".join(toks[start:start + size])
                if k not in self.small or k in _CUE_WORDS or _NOT_A_TOWN.search(_before(toks, start)):
                    continue
                before = _before(toks, start)
                if len(toks) == size or _PLACE_CUE.search(before):
                    if size == 1 and (k in STOPWORDS or len(k) < 4):
                        continue
                    plain = k.split(" ", 1)[1] if size == 2 and toks[start] in _ARTICLES else k
                    # ("à la souterraine": nothing but the cue, and no known place of that word: "à la réunion")
                    # (or "au diamant, mon mari…": "au" and a name, set apart at the start)
                    only_cue = start + size == len(toks) and plain not in self.names and (
                        (toks[:start] == ["a"] and toks[start] in _ARTICLES) or (toks[:start] in (["au"], ["aux"]) and size == 1))
                    if " " not in plain and self._is_word(plain) and len(toks) > size and not only_cue and not _STRONG_CUE.search(before) \
                            and not any(fold(w) == plain for w in _CAPITALISED.findall(text)):
                        continue   # "à cause de", "odeur de poisson", "à l'hôpital"; not "à L'Aigle"
                    longer = self._small_written_on(toks, start, k)
                    if longer:
                        return self._from_commune(self.small[longer][0], longer, "fuzzy")
                    return self._with_sound_alike(self._from_commune(self._homonym(k, context()), k, "small_commune"), k)
        for start, t in enumerate(toks[:-1]):
            # a village's name written in two words: "chateau meillant" for Châteaumeillant (not
            # "l aveyron", "avignon et": a small word is no half of a name)
            after = toks[start + 1]
            joined = t + after
            if len(t) >= 4 and len(after) >= 4 and t not in STOPWORDS and after not in STOPWORDS and joined in self.small \
                    and (len(toks) <= 3 or _TOWN_CUE.search(_before(toks, start))):
                return self._from_commune(self.small[joined][0], f"{t} {after}", "fuzzy")
        for start, t in enumerate(toks):
            short = len(toks) <= 4
            cue = _cued(toks, start)
            # a four-letter name only when it stands alone after a cue: "à Bloa", not "loir-e-cher"
            # (or as the whole message: "caor" for Cahors)
            four = len(t) == 4 and (cue or len(toks) == 1) and t not in self.common and t not in hyphened
            if t not in STOPWORDS and (len(t) >= 5 or four) and (short or cue):
                for size in (2, 1):
                    if start + size > len(toks):
                        continue
                    if size == 1 and t in self.common and not (short and t in self.names and not self._after_word(toks, start)) \
                            and not _STRONG_CUE.search(_before(toks, start)):
                        continue   # a correctly spelt French word ("français", "gardez") is not a misspelt town
                    k = " ".join(toks[start:start + size])
                    hit = self._fuzzy(k)
                    if hit and not self._words_not_a_name(toks[start:start + size], hit):
                        return self._pick(self.names[hit], context(), k, "fuzzy")
        # a misspelt village, only where the text says a place comes: "j'habite à chantily"
        for start, t in enumerate(toks):
            if len(t) >= 5 and t not in self.common and _TOWN_CUE.search(_before(toks, start)):
                near = (self._village(t) if len(t) >= 6 else None) or self._village_said_as(t) or self._hard_k(t)
            elif len(toks) == 1 and len(t) >= 6 and t not in self.common:
                # a word that is the whole message, spelt or said like a village: "castelnaudarie", "marvejol"
                near = (self._village(t) if len(t) >= 9 else None) or self._village_said_as(t) or self._hard_k(t)
            elif len(toks) == 1 and len(t) == 5 and t not in self.common:
                # a short one without its silent last letter: "ornan" for Ornans
                near = next((t + e for e in _SILENT_ENDINGS
                             if len({self.communes[i]["departement"] for i in self.small.get(t + e, ())}) == 1), None) \
                    or self._village_said_as(t)   # (or said as it sounds: "ivtot" for Yvetot)
            else:
                near = None
            if near:
                return self._from_commune(self.small[near][0], t, "fuzzy")
        # a short message that is a village's name and little else: "berck sur mer"; "st junient"
        if 2 <= len(toks) <= 3:
            said = " ".join(toks)
            # (or whose first word alone is misspelt: "vaizon la romaine")
            near = _clearly_closest(said, self.small_by_first.get(toks[0], ()), 90) or (
                len(toks[0]) >= 4 and _clearly_closest(said, self.by_rest.get(" ".join(toks[1:]), ()), 88))
            if not near and len(said) >= 9:
                # (or written as it sounds: "auzoir la feriere")
                same = [k for k in self.small_joined_sound.get(sound(said.replace(" ", "")), ()) if k.count(" ") == said.count(" ")]
                near = same[0] if len(same) == 1 else None
            if near:
                return self._from_commune(self.small[near][0], said, "fuzzy") if near in self.small \
                    else self._pick(self.names[near], set(), said, "fuzzy")
        if len(toks) <= 3:
            for t in toks:
                if len(t) >= 5 and t not in self.common and t in self.small and len(self.small[t]) == 1:
                    return self._from_commune(self.small[t][0], t, "small_commune")
        return None
