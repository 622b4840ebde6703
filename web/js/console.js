/* Staff console: the conversation over Rasa's REST channel, each answer with its evidence. */
(function () {
  "use strict";

  var A = window.Ariane, el = A.el;
  var SENDER_KEY = "ariane.console.sender";
  var TURNS_KEY = "ariane.console.turns";
  var turnsList = document.getElementById("turns");
  var statusLine = document.getElementById("console-status");
  var announcer = document.getElementById("announcer");
  var input = document.getElementById("message");
  var rasaUrl = null;
  var busy = false;
  var turns = [];           // [{user, messages: [...], evidence: [...]}], kept in sessionStorage

  function newSender() {
    var id = "console-" + (window.crypto && crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2));
    sessionStorage.setItem(SENDER_KEY, id);
    return id;
  }
  var sender = sessionStorage.getItem(SENDER_KEY) || newSender();
  document.getElementById("sender-id").textContent = sender;
  try { turns = JSON.parse(sessionStorage.getItem(TURNS_KEY) || "[]"); } catch (e) { turns = []; }

  function save() {
    try { sessionStorage.setItem(TURNS_KEY, JSON.stringify(turns)); } catch (e) { /* ignore */ }
  }

  // ---- sending ------------------------------------------------------------------------
  function send(text, shown) {
    if (busy || !rasaUrl) return Promise.resolve();
    busy = true;
    statusLine.textContent = "Ariane prépare sa réponse…";
    statusLine.classList.add("typing");
    var turn = { user: shown || text, payload: text, messages: [], at: new Date().toISOString() };
    return fetch(rasaUrl.replace(/\/$/, "") + "/webhooks/rest/webhook", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ sender: sender, message: text })
    }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (messages) {
      turn.messages = messages || [];
      turns.push(turn);
      save();
      var node = renderTurn(turn, turns.length - 1);
      turnsList.appendChild(node);
      announceTurn(turn);
      statusLine.textContent = "";
      node.scrollIntoView({ block: "nearest" });
      updateLatest();
    }).catch(function (err) {
      statusLine.textContent = "Rasa ne répond pas (" + err.message + "). Vérifiez que le service est lancé, puis réessayez.";
    }).then(function () {
      busy = false;
      statusLine.classList.remove("typing");
    });
  }

  document.getElementById("composer").addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    input.value = "";
    send(text).then(function () { input.focus(); });
  });

  document.getElementById("new-conversation").addEventListener("click", function () {
    turns = []; save();
    sender = newSender();
    document.getElementById("sender-id").textContent = sender;
    turnsList.textContent = "";
    updateLatest();
    send("/greet", "(ouverture de la conversation)");
  });

  // ---- rendering ----------------------------------------------------------------------
  function renderTurn(turn, index) {
    var bot = el("div", { className: "bot", tabindex: "-1" });
    var evidence = [];
    turn.messages.forEach(function (m) {
      var ev = A.evidenceOf(m);
      if (ev) { evidence.push(ev); return; }
      if (m.text) bot.appendChild(el("p", { className: "bot-text" }, [A.linkify(m.text)]));
      if (m.image) bot.appendChild(el("p", {}, [el("a", { href: m.image, text: "Image" })]));
      if (m.buttons && m.buttons.length) {
        var group = el("div", { className: "bot-buttons", role: "group", "aria-label": "Choix proposés" });
        m.buttons.forEach(function (b) {
          group.appendChild(el("button", {
            type: "button", className: "button small", text: b.title,
            onclick: function () { send(b.payload, b.title).then(function () { input.focus(); }); }
          }));
        });
        bot.appendChild(group);
      }
    });
    var user = turn.payload === "/greet" ? null : el("p", { className: "user" }, [el("span", { className: "who", text: "Appelant : " }), turn.user]);
    var answer = el("div", { className: "answer" }, [el("h3", { className: "visually-hidden", text: "Réponse d'Ariane" }), bot]);
    var aside = evidence.length ? evidence.map(function (ev) { return renderEvidence(ev, index); }) : [];
    var row = el("div", { className: "turn-row" + (aside.length ? " with-evidence" : "") }, [answer].concat(aside));
    return el("li", { className: "turn" }, [user, row]);
  }

  function dl(rows) {
    var list = el("dl", { className: "evidence-list" });
    rows.forEach(function (r) {
      if (!r || r[1] == null || (Array.isArray(r[1]) && !r[1].length) || r[1] === "") return;
      list.appendChild(el("dt", { text: r[0] }));
      var value = r[1];
      if (Array.isArray(value)) {
        value.forEach(function (v) { list.appendChild(el("dd", {}, [v])); });
      } else {
        list.appendChild(el("dd", {}, [value]));
      }
    });
    return list;
  }

  function understoodItem(u) {
    var parts = [u.name || u.label || "?"];
    if (u.orpha_code) parts.push(" – ORPHA:" + u.orpha_code);
    if (u.score != null) parts.push(" (score " + Math.round(u.score) + ")");
    if (u.matched && u.label && u.matched.toLowerCase() !== String(u.label).toLowerCase()) parts.push(", lu « " + u.matched + " »");
    if (u.corrections && u.corrections.length) {
      parts.push(", corrigé : " + u.corrections.map(function (c) { return Array.isArray(c) ? c[0] + " → " + c[1] : String(c); }).join(", "));
    }
    return parts.join("");
  }

  function filiereItem(f) {
    var span = el("span", {}, [el("strong", { text: f.display || f.acronym }), f.name ? " – " + f.name : ""]);
    if (f.why) span.appendChild(el("span", { className: "why", text: " " + f.why }));
    if (f.website) { span.appendChild(document.createTextNode(" ")); span.appendChild(A.linkify(f.website)); }
    return span;
  }

  function placeText(p) {
    if (!p) return null;
    var bits = [p.commune, p.departement_name || p.departement, p.region_name || p.region, p.territory === "outre-mer" ? "outre-mer" : null];
    return bits.filter(Boolean).join(", ") || JSON.stringify(p);
  }

  function renderEvidence(ev, index) {
    var id = "ev-" + index + "-" + Math.random().toString(36).slice(2, 7);
    var box = el("section", { className: "evidence", "aria-labelledby": id + "-title" });
    box.appendChild(el("h3", { id: id + "-title", text: "Éléments de preuve (" + kindLabel(ev.kind) + ")" }));
    if (ev.next_question) {
      box.appendChild(el("p", { className: "next-question" }, [el("strong", { text: "Question suivante : " }), ev.next_question]));
    }
    box.appendChild(dl([
      ["Compris", (ev.understood || []).map(understoodItem)],
      ["ORPHAcode", (ev.understood || []).filter(function (u) { return u.orpha_code; }).map(function (u) { return "ORPHA:" + u.orpha_code; }).slice(0, 1)],
      ["Filière(s)", (ev.filieres || []).map(filiereItem)],
      ["ERN", (ev.erns || []).map(function (e) { return typeof e === "string" ? e : e.acronym; })],
      ["Réseau INCa", (ev.cancer_networks || []).map(function (n) { return typeof n === "string" ? n : n.acronym; })],
      ["Lieu", placeText(ev.place)],
      ["Plateforme", (ev.platforms || []).map(function (p) { return typeof p === "string" ? p : (p.name || ""); })],
      ["Sources", (ev.sources || []).map(function (s) {
        return (s.about ? s.about + " : " : "") + (s.source || "") + (s.as_of ? " (au " + s.as_of + ")" : "");
      })],
      ["Données à jour au", ev.data_as_of || null]
    ]));
    if (ev.summary) {
      var details = el("details", { className: "fiche-details" }, [
        el("summary", { text: "Fiche d'orientation" }),
        el("pre", { className: "fiche", text: ev.summary })
      ]);
      box.appendChild(details);
      box.appendChild(el("div", { className: "fiche-actions" }, [
        el("button", { type: "button", className: "button small", text: "Copier la fiche", onclick: function (e) { copy(ev.summary, e.currentTarget); } }),
        el("button", { type: "button", className: "button small", text: "Imprimer la fiche", onclick: function () { printFiche(ev.summary); } })
      ]));
    }
    return box;
  }

  function kindLabel(kind) {
    return { disease: "maladie", cancer: "cancer rare", symptom: "signes", question: "question", unknown: "non reconnu" }[kind] || kind || "orientation";
  }

  function announceTurn(turn) {
    var texts = [];
    turn.messages.forEach(function (m) {
      if (m.text) texts.push(m.text);
      if (m.buttons && m.buttons.length) texts.push("Choix : " + m.buttons.map(function (b) { return b.title; }).join(", ") + ".");
      var ev = A.evidenceOf(m);
      if (ev && ev.next_question) texts.push("Question suivante : " + ev.next_question);
    });
    A.announce(announcer, "Ariane : " + texts.join(" "));
  }

  // ---- fiche: copy and print ----------------------------------------------------------
  function latestEvidence() {
    for (var i = turns.length - 1; i >= 0; i--) {
      for (var j = turns[i].messages.length - 1; j >= 0; j--) {
        var ev = A.evidenceOf(turns[i].messages[j]);
        if (ev) return ev;
      }
    }
    return null;
  }

  function updateLatest() {
    var ev = latestEvidence();
    var pre = document.getElementById("latest-fiche");
    var next = document.getElementById("latest-next");
    pre.textContent = ev && ev.summary ? ev.summary : "Pas encore d'orientation dans cette conversation.";
    document.getElementById("latest-copy").disabled = !(ev && ev.summary);
    document.getElementById("latest-print").disabled = !(ev && ev.summary);
    if (ev && ev.next_question) {
      next.hidden = false;
      next.textContent = "";
      next.appendChild(el("strong", { text: "Question suivante : " }));
      next.appendChild(document.createTextNode(ev.next_question));
    } else {
      next.hidden = true;
    }
  }

  function copy(text, button) {
    A.copyText(text).then(function (ok) {
      var msg = ok ? "Fiche copiée dans le presse-papiers." : "Copie impossible : sélectionnez le texte de la fiche et copiez-le.";
      statusLine.textContent = msg;
      if (button) {
        var original = button.textContent;
        button.textContent = ok ? "Copiée ✓" : "Copie impossible";
        setTimeout(function () { button.textContent = original; }, 2000);
      }
    });
  }

  function printFiche(text) {
    var area = document.getElementById("print-area");
    area.textContent = "";
    area.appendChild(el("pre", { className: "fiche", text: text }));
    document.body.classList.add("printing-fiche");
    window.print();
    setTimeout(function () { document.body.classList.remove("printing-fiche"); }, 500);
  }

  document.getElementById("latest-copy").addEventListener("click", function (e) {
    var ev = latestEvidence(); if (ev) copy(ev.summary, e.currentTarget);
  });
  document.getElementById("latest-print").addEventListener("click", function () {
    var ev = latestEvidence(); if (ev) printFiche(ev.summary);
  });

  // ---- start --------------------------------------------------------------------------
  A.loadConfig().then(function (cfg) {
    rasaUrl = cfg.rasa;
    turns.forEach(function (t, i) { turnsList.appendChild(renderTurn(t, i)); });
    updateLatest();
    if (!turns.length) send("/greet", "(ouverture de la conversation)");
  });
})();
