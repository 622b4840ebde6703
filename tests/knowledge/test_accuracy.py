"""Accuracy of the knowledge engine on the hand-written labelled sets.

Floors are the issue's targets (95 % diseases and rare cancers, 100 % places) where they
are met, and the measured level (a regression guard) where they are not yet: see docs/history.md.
A failing test on a held-out set prints only its figures, never its messages: reading
them would turn the held-out set into one more development set.
"""
import pytest

from tests import evaluation

FLOORS = {  # set: (diseases top-1, cancers top-1, places)
    "data": (0.95, 0.95, 1.0),        # 95.6 / 97.6 / 100 % (twenty-sixth session): the parts of rarer diseases each
                                      # session adds start near 70 % and rise once their misses are used
    "holdout": (0.95, 0.95, 1.0),     # 98.7 / 98.6 / 100 %
    "holdout2": (0.95, 0.95, 1.0),    # places: 99.2 % until the fourteenth session, now 100 %
    "holdout3": (0.95, 0.95, 0.99),   # first run 91.8 / 95.8 / 96.9 %, now 98.2 / 99.2 / 100 %
    "holdout4": (0.95, 0.95, 1.0),    # first run 91.3 / 92.1 / 99.3 %, now 98.3 / 96.8 / 100 %
    "holdout5": (0.95, 0.95, 1.0),    # first run 90.4 / 90.5 / 99.3 % (mid-session), now 96.5 / 98.4 / 100 %
    "holdout6": (0.95, 0.95, 1.0),    # blind run 92.6 / 88.1 / 98.0 %, now 96.5 / 98.4 / 100 %
    "holdout7": (0.95, 0.95, 0.99),   # blind run (mid fourth session) 95.7 / 88.1 / 99.3 %, now 96.5 / 96.0 / 99.3 %
    "holdout8": (0.93, 0.92, 1.0),    # blind run (end of the fourth session) 92.2 / 91.0 / 98.7 %, now
                                      # 93.5 / 92.4 / 100 %: a regression guard below the targets, see docs/history.md
    "holdout9": (0.95, 0.95, 1.0),    # blind run, end of the fifth session: 95.2 / 95.1 / 100 %, now 96.1 / 97.2 / 100 %
    "holdout10": (0.95, 0.95, 1.0),   # blind run, end of the sixth session: 95.7 / 95.1 / 100 %, now 96.1 / 95.8 / 100 %
    "holdout11": (0.95, 0.92, 0.99),  # its only blind run, seventh session: 95.2 / 92.4 / 99.3 %: cancers and
                                      # places below the targets, see docs/history.md
    "holdout12": (0.95, 0.95, 0.99),  # its only blind run, end of the seventh session: 96.5 / 94.4 / 99.3 %; rare cancers 99.3 % since the thirty-first
    "holdout13": (0.95, 0.95, 1.0),   # its only blind run, end of the eighth session: 97.8 / 95.8 / 100 %
    "holdout14": (0.95, 0.95, 1.0),   # its only blind run, end of the eighth session: 96.5 / 95.1 / 100 %
    "holdout15": (0.95, 0.95, 1.0),   # its only blind run, end of the ninth session: 97.8 / 96.5 / 99.3 %; places 100 % since the fourteenth
    "holdout16": (0.94, 0.95, 0.99),  # its only blind run, end of the ninth session: 94.3 / 95.8 / 99.3 %:
                                      # diseases and places below the targets, see docs/history.md
    "holdout17": (0.94, 0.95, 1.0),   # its only blind run, end of the tenth session: 94.8 / 97.9 / 100 %:
                                      # diseases below the target, see docs/history.md
    "holdout18": (0.95, 0.95, 1.0),   # its only blind run, end of the tenth session: 97.0 / 98.6 / 100 %
    "holdout19": (0.96, 0.95, 1.0),   # its only blind run, end of the eleventh session: 96.5 / 95.8 / 100 %
    "holdout20": (0.97, 0.95, 1.0),   # its only blind run, end of the eleventh session: 97.4 / 95.1 / 100 %
    "holdout21": (0.95, 0.97, 1.0),   # its only blind run, end of the twelfth session: 95.2 / 97.2 / 100 %
    "holdout22": (0.96, 0.95, 0.99),  # its only blind run, end of the twelfth session: 97.0 / 95.8 / 98.7 % (places 99.3 % now):
                                      # places below the target, see docs/history.md
    "holdout23": (0.95, 0.94, 1.0),   # its only blind run, end of the thirteenth session: 95.7 / 94.4 / 99.3 %:
                                      # rare cancers below the target, see docs/history.md; places 100 % since the fourteenth
    "holdout24": (0.97, 0.95, 1.0),   # its only blind run, end of the thirteenth session: 98.3 / 95.1 / 99.3 %;
                                      # places 100 % since the fourteenth; diseases 97.8 % since the twentieth
    "holdout25": (0.94, 0.99, 1.0),   # its only blind run, mid fourteenth session: 94.8 / 99.3 / 100 %:
                                      # diseases below the target, see docs/history.md
    "holdout26": (0.97, 0.98, 1.0),   # its only blind run, mid fourteenth session: 98.7 / 98.6 / 100 %; diseases 97.8 % since the
                                      # nineteenth session (one message lost to the weights of the 351 new diseases' signs)
    "holdout27": (0.97, 0.95, 1.0),   # its only blind run, end of the fourteenth session: 97.4 / 95.8 / 100 %
    "holdout28": (0.96, 0.90, 1.0),   # its only blind run, end of the fourteenth session: 96.5 / 90.3 / 100 %:
                                      # rare cancers below the target, see docs/history.md
    "holdout29": (0.97, 0.96, 1.0),   # its only blind run, mid fifteenth session: 97.4 / 96.5 / 100 %
    "holdout30": (0.97, 0.95, 1.0),   # its only blind run, mid fifteenth session: 98.7 / 95.1 / 100 %; diseases 97.8 % since
                                      # the thirty-sixth (one message lost to the word weights of that session's new signs)
    "holdout31": (0.97, 0.95, 1.0),   # its only blind run, end of the fifteenth session: 97.4 / 95.8 / 100 %
    "holdout32": (0.96, 0.96, 1.0),   # its only blind run, end of the fifteenth session: 96.1 / 96.5 / 100 %
    "holdout33": (0.96, 0.94, 1.0),   # its only blind run, mid sixteenth session: 96.5 / 94.4 / 100 %
    "holdout34": (0.96, 0.93, 1.0),   # its only blind run, mid sixteenth session: 97.0 / 93.1 / 100 %
    "holdout35": (0.96, 0.94, 1.0),   # its only blind run, end of the sixteenth session: 96.1 / 94.4 / 100 %
    "holdout36": (0.96, 0.92, 1.0),   # its only blind run, end of the sixteenth session: 96.5 / 92.4 / 100 %
                                      # (holdout33 to holdout36: rare cancers below the target, see docs/history.md)
    "holdout37": (0.86, 0.94, 1.0),   # its only blind run, mid seventeenth session: 86.1 / 94.4 / 100 %
    "holdout38": (0.90, 0.87, 0.99),  # its only blind run, mid seventeenth session: 90.9 / 87.5 / 99.3 % (88.2 % at the end)
    "holdout39": (0.94, 0.90, 1.0),   # its only blind run, end of the seventeenth session: 92.6 / 91.0 (90.97) / 100 %; diseases 94.8 % since the thirty-first
    "holdout40": (0.91, 0.90, 1.0),   # its only blind run, end of the seventeenth session: 91.3 / 92.4 / 100 %
                                      # (holdout37 to holdout40: diseases and rare cancers below the targets, see docs/history.md);
                                      # rare cancers 91.7 % since the eighteenth session's 351 diseases (one message lost),
                                      # 90.3 % since the twenty-fourth (two lost to its new names; see docs/history.md)
    "holdout41": (0.85, 0.94, 1.0),   # its only blind run, mid eighteenth session: 85.7 / 93.1 / 100 %; rare cancers 92.4 %; rare cancers 94.4 % since the thirtieth
                                      # since the twenty-fourth: one message lost to two new neuroendocrine carcinoma names that
                                      # gained five in other sets (see docs/history.md)
    "holdout42": (0.88, 0.84, 1.0),   # its only blind run, mid eighteenth session: 88.7 / 84.7 / 100 %
    "holdout43": (0.89, 0.92, 0.99),  # its only blind run, end of the eighteenth session: 89.1 / 91.7 / 99.3 %; cancers 92.4 % since the twenty-eighth
    "holdout44": (0.86, 0.94, 1.0),   # its only blind run, end of the eighteenth session: 86.1 / 90.3 / 100 %; rare cancers 94.4 % since the thirty-first
                                      # (holdout41 to holdout44: diseases and rare cancers below the targets, see docs/history.md)
    "holdout45": (0.80, 0.89, 1.0),   # its only blind run, mid nineteenth session: 80.0 / 89.6 / 100 %
    "holdout46": (0.82, 0.90, 1.0),   # its only blind run, mid nineteenth session: 82.6 / 91.0 (90.97) / 100 %
    "holdout47": (0.86, 0.95, 0.99),  # its only blind run, end of the nineteenth session: 81.3 / 95.1 / 99.3 %; diseases 87.0 % since the thirty-first
    "holdout48": (0.80, 0.93, 1.0),   # its only blind run, end of the nineteenth session: 80.9 / 91.0 (90.97) / 100 %; rare cancers 93.8 % since the thirtieth
                                      # (holdout45 to holdout48: diseases below the targets, see docs/history.md)
    "holdout49": (0.85, 0.92, 1.0),   # its only blind run, mid twentieth session: 74.3 (74.35) / 92.4 / 100 %; 80.4 % since the twenty-third; 83.9 % since the twenty-fourth; 84.8 % since the twenty-fifth; 85.7 % since the thirtieth
    "holdout50": (0.85, 0.87, 1.0),   # its only blind run, mid twentieth session: 74.3 (74.35) / 85.4 / 100 %; 80.9 % since the twenty-third; 84.3 % since the twenty-fourth; 85.7 % since the twenty-fifth; rare cancers 86.8 % since the twenty-ninth; 86.1 % and rare cancers 87.5 % since the thirtieth;
                                      # diseases 85.7 % since the thirty-second (one message lost to shifted word weights, no new name read in it: see docs/history.md)
    "holdout51": (0.83, 0.89, 1.0),   # its only blind run, end of the twentieth session: 74.8 / 88.9 / 100 %; 81.3 % since the twenty-third; 83.0 % since the twenty-fourth; rare cancers 89.6 % since the thirty-first
    "holdout52": (0.87, 0.93, 1.0),   # its only blind run, end of the twentieth session: 80.4 / 93.75 / 100 %; 82.6 % since the twenty-first; 85.7 % since the twenty-third; 86.1 % since the twenty-fifth; 87.8 % since the thirtieth
                                      # (holdout49 to holdout52: diseases and rare cancers below the targets, see docs/history.md)
    "holdout53": (0.78, 0.89, 1.0),   # its only blind run, end of the twenty-first session: 69.6 / 89.6 / 100 %; 71.7 % since the twenty-second; 73.9 % since the twenty-third; 75.2 % since the twenty-fourth; 76.5 % since the twenty-fifth; 78.7 % since the twenty-ninth
    "holdout55": (0.86, 0.96, 1.0),   # its only blind run, end of the twenty-first session: 79.6 / 95.8 / 100 %; 80.9 % since the twenty-second; 83.5 % since the twenty-third; 86.1 % since the twenty-fifth; rare cancers 96.5 % since the thirtieth
    "holdout56": (0.79, 0.94, 0.99),  # its only blind run, end of the twenty-first session: 71.3 / 92.4 / 99.3 %; 75.2 % since the twenty-second; 76.5 % since the twenty-third; 79.6 % since the twenty-fourth; 80.0 % since the twenty-ninth; rare cancers 94.4 % since the thirty-first; diseases 79.6 % since the thirty-fifth (one message now read as the new Orphanet entry "Déficit isolé en cytochrome c oxydase")
                                      # (holdout53, holdout55, holdout56: diseases below the target, see docs/history.md;
                                      # holdout54 came in after their blind runs and stayed blind for the next session)
    "holdout54": (0.76, 0.86, 1.0),   # its only blind run, end of the twenty-second session: 71.3 / 84.7 / 100 %; 72.2 % since the twenty-fourth; 74.8 % since the twenty-fifth; 75.7 % since the twenty-sixth; 76.1 % since the twenty-seventh; cancers 86.1 % since the twenty-eighth
    "holdout57": (0.70, 0.95, 0.99),  # its only blind run, end of the twenty-second session: 61.7 / 93.75 / 99.3 %; 63.5 % since the twenty-third; 67.4 % since the twenty-fourth; 68.7 % since the twenty-fifth; 69.6 % since the twenty-eighth; 70.0 % since the twenty-ninth; rare cancers 96.5 % since the thirty-first
    "holdout58": (0.76, 0.94, 1.0),   # its only blind run, end of the twenty-second session: 65.7 / 94.4 / 100 %; 66.5 % since the twenty-third; 69.6 % since the twenty-fourth; 73.5 % since the twenty-fifth; 74.8 % since the twenty-sixth; 75.2 % since the twenty-seventh; 76.1 % since the twenty-ninth
    "holdout59": (0.68, 0.83, 0.99),  # its only blind run, end of the twenty-second session: 57.8 / 81.9 / 99.3 %; 60.0 % since the twenty-third; 62.6 % since the twenty-fourth; 65.7 % since the twenty-fifth; 67.4 % since the twenty-sixth; 68.3 % since the twenty-eighth; rare cancers 83.3 % since the thirty-first
                                      # (holdout54, holdout57 to holdout59: diseases and rare cancers below the targets, see docs/history.md)
    "holdout60": (0.76, 0.93, 0.98),  # its only blind run, end of the twenty-third session: 70.9 / 91.7 / 98.6 %; 73.9 % since the twenty-fourth; 75.2 % since the twenty-fifth; 76.1 % since the twenty-sixth; rare cancers 93.1 % since the thirty-first
    "holdout61": (0.60, 0.91, 1.0),   # its only blind run, end of the twenty-third session: 53.9 / 89.6 / 100 %; 55.7 % since the twenty-fourth; 57.8 % since the twenty-fifth; 60.0 % since the twenty-sixth; rare cancers 90.97 % since the twenty-seventh; rare cancers 91.7 % since the thirty-first
                                      # (holdout60 and holdout61: diseases and rare cancers below the targets, see docs/history.md)
    "holdout62": (0.70, 0.90, 1.0),   # its only blind run, end of the twenty-fourth session: 65.7 / 90.3 / 100 %; 68.3 % since the twenty-fifth; 70.0 % since the twenty-sixth
    "holdout63": (0.76, 0.93, 0.99),  # its only blind run, end of the twenty-fourth session: 70.4 / 93.1 / 99.3 %; 72.6 % since the twenty-fifth; 73.0 % since the twenty-sixth; 74.3 % since the twenty-eighth; 75.7 % since the twenty-ninth; 76.1 % since the thirtieth
    "holdout64": (0.71, 0.89, 1.0),   # its only blind run, end of the twenty-fifth session: 68.7 / 89.6 / 100 %; 69.6 % since the twenty-sixth; 70.0 % since the twenty-ninth; diseases 71.3 % since the thirty-first
    "holdout65": (0.70, 0.95, 1.0),   # its only blind run, end of the twenty-fifth session: 68.3 / 95.8 / 100 %; 70.0 % since the twenty-sixth; diseases 71.3 % since the thirty-first; 70.9 % since the thirty-third (one message lost to a tie between two loosely read names, no new name read in it)
    "holdout66": (0.70, 0.95, 0.99),  # its only blind run, end of the twenty-sixth session: 70.4 / 93.8 / 99.3 %; rare cancers 94.4 % since the twenty-seventh; rare cancers 95.1 % since the thirtieth
    "holdout67": (0.75, 0.93, 1.0),   # its only blind run, end of the twenty-sixth session: 74.3 / 91.0 / 100 %; 75.2 / 92.4 % since the twenty-eighth; rare cancers 93.1 % since the twenty-ninth
                                      # (holdout62 to holdout67: diseases and rare cancers below the targets, see docs/history.md)
    "holdout68": (0.86, 0.95, 0.99),  # its only blind run, end of the twenty-seventh session: 84.3 / 94.4 / 99.3 %; 85.2 % since the twenty-eighth; 86.1 % and rare cancers 95.1 % since the thirtieth
    "holdout69": (0.83, 0.95, 0.99),  # its only blind run, end of the twenty-seventh session: 81.3 / 94.4 / 99.3 %; 83.0 % since the twenty-eighth; rare cancers 95.1 % since the thirty-first
                                      # (holdout68 and holdout69: diseases and rare cancers below the targets, see docs/history.md)
    "holdout70": (0.86, 0.95, 1.0),   # its only blind run, end of the twenty-eighth session: 83.9 / 95.8 / 100 %; 84.3 % since the twenty-ninth; 85.2 % since the thirtieth; diseases 86.5 % since the thirty-first
    "holdout71": (0.85, 0.93, 1.0),   # its only blind run, end of the twenty-eighth session: 85.2 / 93.1 / 100 %
                                      # (holdout70 and holdout71: diseases below the target, and rare cancers on holdout71, see docs/history.md)
    "holdout72": (0.90, 0.93, 1.0),   # its only blind run, end of the twenty-ninth session: 90.0 / 93.1 / 100 %
    "holdout73": (0.87, 0.93, 0.99),  # its only blind run, end of the twenty-ninth session: 87.4 / 93.1 / 99.3 %
                                      # (holdout72 and holdout73: diseases and rare cancers below the targets, see docs/history.md)
    "holdout74": (0.90, 0.88, 1.0),   # its only blind run, end of the thirtieth session: 90.4 / 88.2 / 100 %
    "holdout75": (0.86, 0.90, 0.98),  # its only blind run, end of the thirtieth session: 85.7 / 90.3 / 98.6 %; diseases 86.1 % since the thirty-first
                                      # (holdout74 and holdout75: diseases and rare cancers below the targets, see docs/history.md)
    "holdout76": (0.83, 0.95, 1.0),   # its only blind run, end of the thirty-first session: 83.9 / 95.8 / 100 %
    "holdout77": (0.81, 0.90, 1.0),   # its only blind run, end of the thirty-first session: 81.3 / 91.0 / 100 %
                                      # (holdout76 and holdout77: diseases and rare cancers below the targets, see docs/history.md)
    "holdout78": (0.80, 0.90, 0.98),  # its only blind run, end of the thirty-second session: 80.4 / 90.3 / 98.6 %
    "holdout79": (0.83, 0.90, 0.98),  # its only blind run, end of the thirty-second session: 83.0 / 90.3 / 98.6 %
                                      # (holdout78 and holdout79: all three below the targets, see docs/history.md)
    "holdout80": (0.83, 0.93, 0.98),  # its only blind run, end of the thirty-third session: 83.0 / 94.4 / 98.6 %; rare cancers 93.8 % since the thirty-fourth (one message lost, no new name or sign read in it)
    "holdout81": (0.80, 0.90, 1.0),   # its only blind run, end of the thirty-third session: 80.4 / 90.3 / 100 %
                                      # (holdout80 and holdout81: diseases and rare cancers below the targets, places on holdout80, see docs/history.md)
    "holdout82": (0.83, 0.90, 0.97),  # its only blind run, end of the thirty-fourth session: 83.9 / 90.3 / 97.9 %
    "holdout83": (0.84, 0.88, 0.98),  # its only blind run, end of the thirty-fourth session: 84.8 / 88.2 / 98.6 %
                                      # (holdout82 and holdout83: all three below the targets, see docs/history.md)
    "holdout84": (0.79, 0.90, 1.0),   # its only blind run, end of the thirty-fifth session: 79.1 / 90.3 / 100 %
    "holdout85": (0.89, 0.93, 1.0),   # its only blind run, end of the thirty-fifth session: 89.1 / 93.1 / 100 %
                                      # (holdout84 and holdout85: diseases and rare cancers below the targets, see docs/history.md)
    "holdout86": (0.93, 0.90, 1.0),   # its only blind run, end of the thirty-sixth session: 93.5 / 91.0 / 100 %
    "holdout87": (0.93, 0.93, 0.99),  # its only blind run, end of the thirty-sixth session: 93.0 / 93.1 / 99.3 %
                                      # (holdout86 and holdout87: diseases, rare cancers and one place below the targets, see docs/history.md)
    "holdout88": (0.83, 0.90, 0.99),  # its only blind run, thirty-seventh session: 83.0 / 91.0 / 99.3 % (start and final engine alike)
    "holdout89": (0.77, 0.95, 1.0),   # its only blind run, thirty-seventh session: 77.4 / 95.1 / 100 % (start and final engine alike)
                                      # (holdout88 and holdout89: about half their disease rows behind diseases no earlier set named; below the targets, see docs/history.md)
}


@pytest.fixture(params=list(FLOORS))
def labelled(request):
    evaluation.use(request.param)
    yield request.param
    evaluation.use("data")


def _shown(r, labelled):
    figures = {k: v for k, v in r.items() if k != "misses"}
    return r["misses"][:10] if labelled == "data" else f"{figures}, {len(r['misses'])} misses (not shown)"


def test_diseases_top1_filiere(kb, labelled):
    r = evaluation.evaluate_diseases(kb)
    assert r["top1"] >= FLOORS[labelled][0], _shown(r, labelled)


def test_rare_cancers_network(kb, labelled):
    r = evaluation.evaluate_cancers(kb)
    assert r["top1"] >= FLOORS[labelled][1], _shown(r, labelled)


def test_places(kb, labelled):
    r = evaluation.evaluate_places(kb)
    assert r["accuracy"] >= FLOORS[labelled][2], _shown(r, labelled)


def test_medical_messages_name_no_place(kb):
    """'petit menton', 'à cause de', 'Pierre Robin': words of a medical message are not towns."""
    r = evaluation.evaluate_spurious_places(kb)
    assert r["spurious"] == 0, r["misses"][:10]
