/* Shared helpers for the patient page and the staff console (no framework, no build step). */
(function () {
  "use strict";

  // Where Rasa is: given by scripts/serve_web.py at /config.json.
  function loadConfig() {
    return fetch("config.json", { cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error("config " + r.status); return r.json(); })
      .catch(function () { return { rasa: "http://127.0.0.1:5005", socket_path: "/socket.io/" }; });
  }

  // The evidence message of an orientation answer, whatever the channel wrapped it in:
  //   REST:      {"recipient_id", "custom": {"ariane": {...}}}
  //   socket.io: {"ariane": {...}}  (or {"data": {"ariane": ...}} / {"custom": ...} depending on the channel)
  function evidenceOf(message) {
    if (!message || typeof message !== "object") return null;
    var candidates = [message, message.custom, message.data, message.custom && message.custom.data];
    for (var i = 0; i < candidates.length; i++) {
      var c = candidates[i];
      if (c && typeof c === "object" && c.ariane && c.ariane.type === "evidence") return c.ariane;
    }
    return null;
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c == null) return;
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  // Plain text -> DOM with http(s) URLs, e-mail addresses and phone numbers as links.
  var LINK_RE = /(https?:\/\/[^\s<>"')\]]+[^\s<>"')\].,;:!?])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})|(\b0\d(?:[ .]?\d{2}){4}\b)/g;
  function linkify(text) {
    var frag = document.createDocumentFragment();
    var last = 0;
    String(text).replace(LINK_RE, function (match, url, mail, phone, offset) {
      if (offset > last) frag.appendChild(document.createTextNode(text.slice(last, offset)));
      var a;
      if (url) a = el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: url });
      else if (mail) a = el("a", { href: "mailto:" + mail, text: mail });
      else a = el("a", { href: "tel:" + match.replace(/[ .]/g, ""), text: match });
      frag.appendChild(a);
      last = offset + match.length;
      return match;
    });
    if (last < text.length) frag.appendChild(document.createTextNode(text.slice(last)));
    return frag;
  }

  function formatDate(iso) {
    if (!iso) return "";
    var d = new Date(iso);
    if (isNaN(d.getTime())) return String(iso);
    return d.toLocaleDateString("fr-FR", { day: "numeric", month: "long", year: "numeric" });
  }

  // A polite announcement for screen readers (one live region per page).
  function announce(region, text) {
    if (!region || !text) return;
    var p = document.createElement("p");
    p.textContent = text;
    region.appendChild(p);
    while (region.childNodes.length > 6) region.removeChild(region.firstChild);
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }
  function fallbackCopy(text) {
    var ta = el("textarea", { "aria-hidden": "true", readonly: "" });
    ta.value = text;
    ta.style.position = "fixed"; ta.style.left = "-9999px";
    document.body.appendChild(ta);
    ta.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(ta);
    return ok;
  }

  window.Ariane = { loadConfig: loadConfig, evidenceOf: evidenceOf, el: el, linkify: linkify,
                    formatDate: formatDate, announce: announce, copyText: copyText };
})();
