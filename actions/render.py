"""Turn an orientation (a dict from knowledge.orient) into short French messages.

Only wording lives here: every fact (names, numbers, sites, rules) comes from the
knowledge base through the orientation dict or the resources it lists.
"""
from __future__ import annotations

from typing import Any

FOLLOW_UPS = [
    {"title": "Près de chez moi", "payload": "/ask_nearby"},
    {"title": "Et en Europe ?", "payload": "/ask_europe"},
    {"title": "Résumé pour mon médecin", "payload": "/ask_summary"},
]

# The helpline's script: what a listener asks next, given what is still unknown.
NEXT_QUESTIONS = {
    "what": "Demander la maladie (même approximative) ou les signes observés.",
    "choose": "Faire préciser laquelle des maladies proposées est la bonne.",
    "place": "Demander la ville ou le département, pour la plateforme régionale.",
    "role": "Demander qui appelle : la personne malade, un proche ou un professionnel.",
    "doctor": "Vérifier que la personne a un médecin traitant ou un spécialiste qui la suit.",
    "close": "Reformuler l'orientation, proposer la fiche et vérifier qu'il reste une prochaine étape claire.",
}


_SITE = {"coordonnateur": "site coordonnateur", "constitutif": "site constitutif"}


def centre_line(c: dict) -> str:
    """'Centre de référence … – CHU de Lille, Lille (site coordonnateur)'."""
    where = ", ".join(x for x in (c.get("hospital"), c.get("city")) if x)
    site = f" ({_SITE[c['role']]})" if c.get("role") in _SITE else ""
    return f"{c['name']} – {where}{site}" if where else c["name"]


def _bullet(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def contact_line(resource: dict) -> str:
    parts = [resource["name"]]
    if resource.get("phone"):
        parts.append(f"tél. {resource['phone']}")
    if resource.get("website"):
        parts.append(resource["website"])
    return " – ".join(parts)


def helpline(resources: list[dict]) -> dict | None:
    return next((r for r in resources if r.get("kind") == "helpline"), None)


def filiere_line(f: dict) -> str:
    line = f"la filière {f['display']} ({f['domain']})" if f.get("domain") else f"la filière {f['display']}"
    if f.get("website"):
        line += f" – {f['website']}"
    return line


def _in_sentence(name: str) -> str:
    """A name as it reads inside a sentence: "Ataxie spinocérébelleuse" -> "ataxie spinocérébelleuse"."""
    return name[0].lower() + name[1:]


def understood(o: dict) -> str:
    m = o["matches"][0]
    if m.get("type_said"):
        return f"J'ai compris : {_in_sentence(m['name'])}, de type {m['type_said']}."
    if m.get("family"):
        return (f"J'ai compris : {_in_sentence(m['name'])}, sans le type précis. Si un compte rendu "
                "donne ce type, écrivez-le-moi : la réponse peut alors être plus précise.")
    return f"J'ai compris : {m['name']}."


def orientation_messages(o: dict) -> list[dict[str, Any]]:
    """The answer to a disease or a rare cancer, in three short bubbles."""
    out: list[dict[str, Any]] = []
    head = [understood(o)]
    if o["filieres"]:
        names = " et ".join(filiere_line(f) for f in o["filieres"])
        head.append(f"Les équipes spécialisées de cette maladie sont réunies dans {names}. "
                    "Une filière regroupe les centres experts, les laboratoires et les associations d'un même domaine.")
    # the organ or the signs are known, not the type
    # (or, beside a disease named, a cancer said with its organ: "une myasthénie et une masse du thymus")
    by_site = any(m.get("kind") in ("site", "signs") for m in o["matches"])
    for n in o["cancer_networks"]:
        scope = f" ({n['scope']})" if n.get("scope") else ""
        lead = "Réseau national probable, à confirmer par votre équipe" if by_site else \
            "Réseau national de référence pour ce cancer rare"
        head.append(f"{lead} : {n['acronym']}{scope}.")
    out.append({"text": " ".join(head)})

    body = []
    if o["centres"]:
        body.append("Centres experts connus pour cette maladie :\n" + _bullet([centre_line(c) for c in o["centres"][:3]]))
    if o["platforms"]:
        body.append(platform_text(o))
    body += [n for n in o["notes"]]
    if o["erns"]:
        erns = ", ".join(e["acronym"] for e in o["erns"])
        body.append(f"En Europe : {erns}. {o['ern_rule']}")
    if body:
        out.append({"text": "\n\n".join(body)})

    tail = [o["home_provider"]]
    line = helpline(o["resources"])
    if line:
        tail.append(f"Pour en parler avec quelqu'un : {contact_line(line)}.")
    if not o.get("place"):
        tail.append("Si vous me dites votre ville ou votre département, je vous indique la plateforme maladies rares de votre région.")
    out.append({"text": " ".join(tail), "buttons": FOLLOW_UPS})
    return out + other_places(o)


def symptom_messages(o: dict) -> list[dict[str, Any]]:
    leads = [filiere_line(f) for f in o["filieres"]]
    notes = [n for n in o["notes"] if "filières ci-dessous" in n or "concernent" in n or "Je ne trouve pas" in n]
    text = ["Merci pour ces précisions."] + notes
    if leads:
        text.append("Pistes à discuter avec votre médecin :\n" + _bullet(leads))
    out = [{"text": "\n".join(text)}, {"text": o["not_a_diagnosis"]}]
    tail = [o["home_provider"]]
    line = helpline(o["resources"])
    if line:
        tail.append(f"Vous pouvez aussi en parler à {contact_line(line)}.")
    out.append({"text": " ".join(tail), "buttons": [FOLLOW_UPS[0], FOLLOW_UPS[2]]})
    return out


def choice_message(o: dict) -> dict[str, Any]:
    buttons = [{"title": c["name"], "payload": f'/choose_entity{{"entity_id": "{c["id"]}"}}'} for c in o["candidates"]]
    buttons.append({"title": "Aucune de celles-ci", "payload": "/deny"})
    return {"text": "Plusieurs maladies ressemblent à ce que vous avez écrit. Laquelle est la bonne ?", "buttons": buttons}


def unknown_messages(o: dict) -> list[dict[str, Any]]:
    text = [n for n in o["notes"]] or ["Je ne suis pas sûr d'avoir compris."]
    text.append("Pouvez-vous écrire le nom autrement (tel qu'il figure sur un compte rendu, par exemple) ou décrire les signes ?")
    line = helpline(o["resources"])
    directory = [r for r in o["resources"] if r.get("kind") == "directory"][:1]
    extra = []
    if line:
        extra.append(contact_line(line))
    extra += [contact_line(r) for r in directory]
    out = [{"text": " ".join(text)}]
    if extra:
        out.append({"text": "Ressources officielles :\n" + _bullet(extra)})
    return out


def platform_text(o: dict) -> str:
    place = o.get("place") or {}
    where = place.get("commune") or place.get("departement_name") or place.get("region_name") or "votre région"
    lines = []
    for p in o["platforms"]:
        host = f" ({p['host']})" if p.get("host") else ""
        site = f" – {p['website']}" if p.get("website") else ""
        lines.append(f"{p['name']}{host}{site}")
    kind = "plateforme de coordination outre-mer (PCOM)" if place.get("territory") == "outre-mer" else "plateforme d'expertise maladies rares (PEMR)"
    return (f"Pour {where}, la {kind} aide à coordonner le parcours de soins et de vie :\n" + _bullet(lines))


def other_places(o: dict) -> list[dict[str, Any]]:
    """'Saint-Denis' is in Seine-Saint-Denis and in La Réunion: offer the other readings."""
    alternatives = (o.get("place") or {}).get("alternatives") or []
    if not alternatives:
        return []
    buttons = [{"title": a["label"], "payload": a["reply"]} for a in alternatives[:4]]
    return [{"text": "Plusieurs lieux portent ce nom. Si vous parliez d'un autre, choisissez-le :", "buttons": buttons}]


def place_messages(o: dict) -> list[dict[str, Any]]:
    place = o.get("place") or {}
    region = place.get("region_name")
    head = f"C'est noté : {place.get('commune') or place.get('departement_name') or region}"
    head += f" ({region})." if region and (place.get("commune") or place.get("departement_name")) else "."
    body = [head]
    if o["platforms"]:
        body.append(platform_text(o))
    else:
        body += [n for n in o["notes"] if "plateforme" in n]
    if o["centres"]:
        body.append("Centres experts connus pour cette maladie :\n" + _bullet([centre_line(c) for c in o["centres"][:3]]))
    return [{"text": "\n\n".join(body)}] + other_places(o)


def lead_kept(o: dict) -> str:
    """After a place, the filière or network of an answer that had no disease entity behind it."""
    m = o["matches"][0]
    name = _in_sentence(m["name"])
    said = f"{name}, de type {m['type_said']}" if m.get("type_said") else name
    if o["filieres"]:
        names = " et ".join(f"la filière {f['display']}" for f in o["filieres"])
        text = f"Pour la maladie dont vous m'avez parlé ({said}), la piste reste {names}, indiquée plus haut."
    else:
        names = " et ".join(n["acronym"] for n in o["cancer_networks"])
        what = said if m.get("kind") == "site" else f"le cancer dont vous m'avez parlé ({said})"
        text = f"Pour {what}, le réseau national probable reste {names}, à confirmer par votre équipe."
    if not o.get("centres"):
        helpers = ["votre médecin"] + (["la plateforme ci-dessus"] if o.get("platforms") else []) + ["Maladies Rares Info Services"]
        text += (" Je n'ai pas de centre précis à vous indiquer pour cette forme : "
                 f"{', '.join(helpers[:-1])} ou {helpers[-1]} peuvent vous aider à trouver l'équipe la plus proche.")
    return text


def summary_text(o: dict, role: str | None = None) -> str:
    """The 'fiche d'orientation': plain text a person can print or a listener can send."""
    lines = ["Fiche d'orientation Ariane (aide à l'orientation, pas un avis médical)"]
    if o.get("matches") and o["kind"] in ("disease", "cancer"):
        m = o["matches"][0]
        code = f" (ORPHA:{m['orpha_code']})" if m.get("orpha_code") else ""
        lines.append(f"Sujet : {m['name']}{code}")
    elif o["kind"] == "symptom":
        signs = [m["name"] for m in o["matches"] if m.get("kind") != "body"]
        body = [m["name"] for m in o["matches"] if m.get("kind") == "body"]
        if signs:
            lines.append("Signes décrits : " + ", ".join(signs))
        if body:
            lines.append("Domaine évoqué : " + ", ".join(body))
        lines.append(o.get("not_a_diagnosis") or "")
    if role:
        lines.append(f"Personne qui écrit : {role}")
    for f in o["filieres"]:
        lines.append(f"Filière : {f['display']} – {f['name']}" + (f" – {f['website']}" if f.get("website") else ""))
    for n in o["cancer_networks"]:
        lines.append(f"Réseau INCa : {n['acronym']}")
    for c in o["centres"][:3]:
        lines.append(f"Centre : {c['name']}, {c.get('city') or ''}")
    if o.get("place"):
        p = o["place"]
        lines.append(f"Lieu : {p.get('commune') or p.get('departement_name') or ''} ({p.get('region_name')})")
    for p in o["platforms"]:
        lines.append(f"Plateforme : {p['kind']} {p['name']}")
    if o["erns"]:
        lines.append("Réseaux européens (ERN) : " + ", ".join(e["acronym"] for e in o["erns"]) + ". " + o["ern_rule"])
    line = helpline(o["resources"])
    if line:
        lines.append(f"Écoute : {contact_line(line)}")
    lines.append(o["home_provider"])
    sources = sorted({f"{s['source']} ({s['as_of']})" for s in o["sources"] if s.get("source")})
    if sources:
        lines.append("Sources : " + " ; ".join(sources[:8]))
    lines.append(f"Données à jour au {o['data_as_of']}.")
    return "\n".join(l for l in lines if l)


def next_question(o: dict | None, slots: dict) -> str:
    if not o or o["kind"] in ("unknown", "question"):
        return NEXT_QUESTIONS["what"]
    if o.get("ambiguous"):
        return NEXT_QUESTIONS["choose"]
    if not o.get("place") and not slots.get("place_text"):
        return NEXT_QUESTIONS["place"]
    if not slots.get("role"):
        return NEXT_QUESTIONS["role"]
    return NEXT_QUESTIONS["close"]


def evidence(o: dict, slots: dict) -> dict:
    """What the staff console shows beside an answer: the why, the sources and the next step."""
    return {"ariane": {
        "type": "evidence",
        "kind": o["kind"],
        "understood": [{k: m.get(k) for k in ("name", "orpha_code", "score", "matched", "label", "corrections")}
                       for m in o["matches"][:3]],
        "filieres": [{k: f.get(k) for k in ("acronym", "display", "name", "why", "website")} for f in o["filieres"]],
        "erns": [e["acronym"] for e in o["erns"]],
        "cancer_networks": [n["acronym"] for n in o["cancer_networks"]],
        "place": o.get("place"),
        "platforms": [p["name"] for p in o["platforms"]],
        "sources": o["sources"],
        "data_as_of": o["data_as_of"],
        "next_question": next_question(o, slots),
        "summary": summary_text(o, slots.get("role")),
    }}
