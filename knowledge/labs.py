"""Lab results quoted as numbers, said in words: "plaquettes à 8000" is "plaquettes basses".

People copy figures from their results; the signs of diseases say them in words. A result is
read only when it is clearly outside its reference interval (sources/lab_values.yaml); a result
inside it, or a number that is no result ("à 2 ans"), is left as written.
"""
from __future__ import annotations

import re
import unicodedata

from .text import plain

# between the test and its figure: "est à", "de", ":", "monté à", "à plus de"
_LINK = (r"(?:\s*[:=~<>]=?|\s+(?:est|sont|etait|etaient|a|de|du|vers|autour de|plus de|moins de|"
         r"au dessus de|en dessous de|(?:superieure?s?|inferieure?s?) a|"
         r"(?:monte|descendu|tombe)(?:e|s|es)? a)\b){0,3}\s*")
# "8 000", "8.000", "2,1", "40"
_NUMBER = r"(?P<num>\d{1,3}(?:[ .\u00a0\u202f]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?)"
_UNIT = (r"(?:\s*(?P<unit>g/dl|g/l|mg/dl|mg/l|[µu]mol/l|mmol/l|mmol|ui/l|ui/ml|u/l|ui|ng/ml|pg/ml|[µu]g/l|"
         r"/mm3|/mm³|mm3|giga/l|g/l|%|pour ?cent)(?![\w/]))?")
# a number that is an age, a duration, a weight or a count of times is no result
_NOT_A_RESULT = r"(?!\s*(?:ans?|mois|semaines?|jours?|heures?|h|min|kg|cm|ml|euros?|fois|x)\b)(?![\w/])"
_TIMES = r"(?P<num>\d+(?:[.,]\d+)?)\s*fois (?:la )?(?:normale|norme|limite)"
# a baby's age: "bébé de 3 mois", "il a 2 semaines", "nouveau-né" (then no age is needed)
_BABY_AGE = re.compile(r"\b(?:bebe|bb|nourrisson|nouveau[ -]?nee?|fils|fille|enfant|garcon|petite?|neveu|niece|"
                       r"il|elle|qui)\s*(?:,|de|a|age de|agee de|a maintenant)?\s*"
                       r"(?P<n>\d+)\s*(?P<unit>jours?|j|semaines?|sem|mois)\b")
_A_BABY = re.compile(r"\b(?:nouveaux?[ -]?nee?s?|nourrissons?|a la naissance)\b")
_IN_YEARS = re.compile(r"\b\d+\s*ans?\b")


def _name_pattern(name: str) -> str:
    words = plain(name).replace("-", " ").split()
    return r"[\s-]*".join(re.escape(w) for w in words)


class LabReader:
    def __init__(self, tests: list[dict]):
        self.tests = []
        for t in tests:
            names = sorted({_name_pattern(n) for n in t.get("names") or []}, key=len, reverse=True)
            if not names or not t.get("scales"):
                continue
            name = r"\b(?:" + "|".join(names) + r")s?\b"
            result = re.compile(name + r"(?P<link>" + _LINK + r")" + _NUMBER + _UNIT + _NOT_A_RESULT)
            times = re.compile(name + r"(?P<link>" + _LINK + r")" + _TIMES) if t.get("times_normal") else None
            self.tests.append((t, result, times))

    def in_words(self, text: str) -> str:
        """The text with each clearly abnormal result said as the signs say it."""
        if not text or not any(ch.isdigit() for ch in text):
            return text
        text = unicodedata.normalize("NFC", text)
        low = plain(text)
        months = _months_old(low)
        spans: list[tuple[int, int, str]] = []
        for test, result, times in self.tests:
            for m in result.finditer(low):
                said = self._said(test, m.group("num"), m.group("unit"), months)
                if said:
                    spans.append((m.start(), m.end(), said))
            if times:
                for m in times.finditer(low):
                    if _value(m.group("num")) >= 2 and test.get("high"):
                        spans.append((m.start(), m.end(), test["high"]))
        out, at = [], 0
        for start, end, said in sorted(spans):
            if start < at:
                continue   # one result read once
            out += [text[at:start], said]
            at = end
        return "".join(out + [text[at:]]) if spans else text

    @staticmethod
    def _said(test: dict, number: str, unit: str | None, months: float | None) -> str | None:
        value = _value(number)
        unit = (unit or "").replace("µ", "u")
        scales = test["scales"]
        if test.get("infants") and months is not None:
            # a baby's own interval, by age; a baby of unknown age gets the youngest one, the widest
            scales = [s for s in test["infants"] if months < s["under_months"]][:1] or scales
        for scale in scales:
            if scale.get("units") and unit not in scale["units"]:
                continue
            if scale.get("up_to") is not None and value >= scale["up_to"]:
                continue
            low, high = scale["normal"]
            if value < low:
                return test.get("low")
            if value > high:
                return test.get("high")
            return None
        return None


def _months_old(low: str) -> float | None:
    """The age of a baby under one year the text speaks of, in months; 0 for a baby whose age is
    not said ("nouveau-né"); None for anyone else."""
    m = _BABY_AGE.search(low)
    if m:
        n = int(m.group("n"))
        unit = m.group("unit")
        return n / 30 if unit.startswith("j") else n / 4.35 if unit.startswith("s") else n
    if _A_BABY.search(low) and not _IN_YEARS.search(low):
        return 0
    return None


def _value(number: str) -> float:
    digits = re.sub(r"[ .\u00a0\u202f](?=\d{3}\b)", "", number).replace(",", ".")
    try:
        return float(digits)
    except ValueError:
        return float("nan")
