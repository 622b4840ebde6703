/* Patient page: the rasa-webchat widget (socket.io to Rasa) plus what the widget lacks:
 * labels and keyboard access for its controls, an ARIA live region for Ariane's messages,
 * a typing indicator announced to screen readers, and the "Résumé pour mon médecin" view
 * built from the last evidence message received on the socket. */
(function () {
  "use strict";

  var EVIDENCE_KEY = "ariane.patient.lastEvidence";
  var mount = document.getElementById("webchat");
  var announcer = document.getElementById("announcer");
  var statusLine = document.getElementById("chat-status");
  var seen = new WeakSet();          // widget message nodes already announced
  var restoring = true;              // the widget re-renders the stored conversation at start
  var waitingSince = 0;              // a user message was sent and no answer arrived yet
  var typingTimer = null;

  // ---- evidence captured from the socket -------------------------------------------------
  function onBotUttered(message) {
    var ev = window.Ariane.evidenceOf(message);
    if (ev) {
      try {
        sessionStorage.setItem(EVIDENCE_KEY, JSON.stringify({ evidence: ev, received: new Date().toISOString() }));
      } catch (e) { /* storage full or disabled: the summary button will say so */ }
    }
    if (message && (message.text || message.quick_replies || message.buttons)) setTyping(false);
  }

  function lastEvidence() {
    try { return JSON.parse(sessionStorage.getItem(EVIDENCE_KEY) || "null"); } catch (e) { return null; }
  }

  // ---- typing indicator (visible and announced) -----------------------------------------
  function setTyping(on) {
    clearTimeout(typingTimer);
    if (on) {
      waitingSince = Date.now();
      statusLine.textContent = "Ariane prépare sa réponse…";
      statusLine.classList.add("typing");
      typingTimer = setTimeout(function () {
        if (waitingSince) statusLine.textContent = "La réponse tarde. Si rien n'arrive, rechargez la page : la conversation sera conservée.";
      }, 20000);
    } else {
      waitingSince = 0;
      statusLine.textContent = "";
      statusLine.classList.remove("typing");
    }
  }

  // ---- accessibility patches on the widget's DOM ----------------------------------------
  function label(node, text) {
    if (node && node.getAttribute("aria-label") !== text) node.setAttribute("aria-label", text);
  }

  function patchWidget() {
    var input = mount.querySelector(".rw-new-message");
    if (input) {
      label(input, "Votre message à Ariane");
      if (!input.id) input.id = "ariane-input";
      input.setAttribute("aria-describedby", "chat-help");
    }
    var send = mount.querySelector(".rw-send");
    if (send) {
      label(send, "Envoyer le message");
      send.setAttribute("type", "submit");
    }
    var log = mount.querySelector(".rw-messages-container");
    if (log && !log.hasAttribute("tabindex")) {
      // Scrollable with the keyboard; announcements go through #announcer, not this element.
      log.setAttribute("tabindex", "0");
      log.setAttribute("role", "region");
      log.setAttribute("aria-label", "Messages de la conversation");
    }
    // Quick replies are <div onClick> in rasa-webchat 1.0.1: make them real keyboard buttons.
    mount.querySelectorAll(".rw-reply").forEach(function (r) {
      if (r.tagName === "A" || r.dataset.a11y) return;
      r.dataset.a11y = "1";
      r.setAttribute("role", "button");
      r.setAttribute("tabindex", "0");
      r.addEventListener("keydown", function (e) {
        if (e.key === "Enter" || e.key === " " || e.key === "Spacebar") {
          e.preventDefault();
          r.click();
        }
      });
    });
    // Links open in a new tab: say so.
    mount.querySelectorAll(".rw-response a[target=_blank]").forEach(function (a) {
      if (a.dataset.a11y) return;
      a.dataset.a11y = "1";
      a.setAttribute("rel", "noopener noreferrer");
      a.setAttribute("title", "s'ouvre dans un nouvel onglet");
    });
    linkifyResponses();
    announceNew();
  }

  // Bot texts carry bare URLs ("– https://muco-cftr.fr"): make them links when the widget did not.
  function linkifyResponses() {
    mount.querySelectorAll(".rw-response .rw-markdown p, .rw-response .rw-markdown li").forEach(function (p) {
      if (p.dataset.linked) return;
      p.dataset.linked = "1";
      Array.prototype.slice.call(p.childNodes).forEach(function (n) {
        if (n.nodeType === 3 && /https?:\/\/|@|\b0\d(?:[ .]?\d{2}){4}\b/.test(n.nodeValue)) {
          p.replaceChild(window.Ariane.linkify(n.nodeValue), n);
        }
      });
    });
  }

  function announceNew() {
    var nodes = mount.querySelectorAll(".rw-message .rw-response, .rw-message .rw-client");
    nodes.forEach(function (n) {
      if (seen.has(n)) return;
      var text = n.textContent.trim();
      if (!text) return;                 // rendered before its text: wait for the next mutation
      seen.add(n);
      if (restoring) return;
      if (n.classList.contains("rw-client")) { setTyping(true); return; }
      setTyping(false);
      window.Ariane.announce(announcer, "Ariane : " + text);
    });
    if (!restoring) {
      var replies = mount.querySelectorAll(".rw-replies .rw-reply");
      var last = replies.length ? replies[replies.length - 1].parentNode : null;
      if (last && !seen.has(last)) {
        seen.add(last);
        var titles = Array.prototype.map.call(last.querySelectorAll(".rw-reply"), function (r) { return r.textContent.trim(); });
        window.Ariane.announce(announcer, "Choix proposés : " + titles.join(", ") + ".");
      }
    }
  }

  var scheduled = false;
  new MutationObserver(function () {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(function () { scheduled = false; patchWidget(); });
  }).observe(mount, { childList: true, subtree: true });

  // ---- the widget ----------------------------------------------------------------------
  function startWidget(cfg) {
    if (!window.WebChat || !window.WebChat.default) {
      statusLine.textContent = "La conversation n'a pas pu se charger. Réessayez plus tard ou appelez Maladies Rares Info Services.";
      return;
    }
    window.WebChat.default({
      socketUrl: cfg.rasa,
      socketPath: cfg.socket_path || "/socket.io/",
      initPayload: "/greet",
      embedded: true,
      title: "Ariane",
      subtitle: "Aide à l'orientation maladies rares",
      inputTextFieldHint: "Écrivez votre message…",
      connectingText: "Connexion en cours…",
      hideWhenNotConnected: false,
      showCloseButton: false,
      showFullScreenButton: false,
      showMessageDate: false,
      docViewer: false,
      params: { storage: "session" },
      customMessageDelay: function (text) { return Math.min(1200, 250 + 8 * String(text || "").length); },
      onSocketEvent: {
        bot_uttered: onBotUttered,
        connect: function () { if (!waitingSince) statusLine.textContent = ""; },
        disconnect: function () { statusLine.textContent = "Connexion perdue, nouvelle tentative…"; }
      }
    }, mount);
    // Messages restored from the session are not re-announced.
    setTimeout(function () { patchWidget(); restoring = false; }, 1200);
  }

  window.Ariane.loadConfig().then(startWidget);

  // ---- "Résumé pour mon médecin" --------------------------------------------------------
  var view = document.getElementById("summary-view");
  var opener = null;

  function openSummary() {
    var stored = lastEvidence();
    var text = document.getElementById("summary-text");
    var date = document.getElementById("summary-date");
    var printBtn = document.getElementById("summary-print");
    if (stored && stored.evidence && stored.evidence.summary) {
      text.textContent = stored.evidence.summary;
      date.textContent = "Préparé le " + window.Ariane.formatDate(stored.received) +
        (stored.evidence.data_as_of ? " – informations à jour au " + window.Ariane.formatDate(stored.evidence.data_as_of) : "") + ".";
      printBtn.hidden = false;
    } else {
      text.textContent = "Il n'y a pas encore de résumé. Écrivez d'abord le nom d'une maladie ou décrivez ce qui vous inquiète : " +
        "après la réponse d'Ariane, ce bouton préparera une fiche à montrer à votre médecin.";
      date.textContent = "";
      printBtn.hidden = true;
    }
    opener = document.activeElement;
    view.hidden = false;
    document.body.classList.add("summary-open");
    document.getElementById("summary-view-title").focus();
  }

  function closeSummary() {
    view.hidden = true;
    document.body.classList.remove("summary-open");
    if (opener && opener.focus) opener.focus();
  }

  document.getElementById("summary-button").addEventListener("click", openSummary);
  document.getElementById("summary-close").addEventListener("click", closeSummary);
  document.getElementById("summary-print").addEventListener("click", function () { window.print(); });
  view.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { e.preventDefault(); closeSummary(); return; }
    if (e.key !== "Tab") return;
    // Keep the focus inside the dialog while it is open.
    var focusables = Array.prototype.filter.call(view.querySelectorAll("button, [tabindex='-1']"), function (n) { return !n.hidden; });
    var first = focusables[0], last = focusables[focusables.length - 1];
    if (e.shiftKey && document.activeElement === first) { e.preventDefault(); last.focus(); }
    else if (!e.shiftKey && document.activeElement === last) { e.preventDefault(); first.focus(); }
  });

  // The skip link goes straight to the message field (the widget renders it late).
  document.querySelector(".skip-link").addEventListener("click", function (e) {
    var input = mount.querySelector(".rw-new-message");
    if (input) { e.preventDefault(); input.focus(); }
  });

  // ---- clear the conversation kept in this tab ------------------------------------------
  document.getElementById("clear-button").addEventListener("click", function () {
    try { sessionStorage.clear(); } catch (e) { /* ignore */ }
    location.reload();
  });
})();
