// Click (or Enter on) a highlighted claim to show its verdict, expected value and evidence.
// Everything from the report is inserted with textContent, never as markup.
(function () {
  "use strict";
  const claims = JSON.parse(document.getElementById("claims-data").textContent);
  const panel = document.getElementById("evidence");

  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }

  function link(href, text) {
    const safe = /^(https?:\/\/|\/entity\/)/.test(href) ? href : null;
    if (!safe) return el("span", text);
    const a = el("a", text);
    a.href = safe;
    if (safe.startsWith("http")) { a.rel = "noopener noreferrer"; a.target = "_blank"; }
    return a;
  }

  // Claims may overlap: a highlighted piece lists every claim over it (data-claims) and
  // the panel offers the others as buttons.
  function show(id, here) {
    const c = claims[id];
    if (!c) return;
    panel.replaceChildren();
    panel.dataset.claim = id;
    const head = el("p", null, "verdict " + c.verdict);
    head.append(el("b", c.verdict + (c.planned ? " (planned)" : "")));
    panel.append(head);
    const what = el("p");
    what.append(c.subject_url ? link(c.subject_url, c.subject.name) : el("span", c.subject.name));
    what.append(document.createTextNode(" · " + c.property + " = " + c.value));
    panel.append(what);
    panel.append(el("p", "Quote: “" + c.quote + "”", "quote"));
    panel.append(el("p", "Record says: " + (c.expected || "—"), "expected"));
    if (c.note) panel.append(el("p", c.note, "note"));
    if (c.evidence.length) {
      const table = el("table", null, "evidence");
      const head = el("tr");
      ["source", "record", "value", "links"].forEach(h => head.append(el("th", h)));
      table.append(head);
      c.evidence.forEach(e => {
        const row = el("tr");
        row.append(el("td", e.source));
        const record = el("td");
        record.append(e.entity_url ? link(e.entity_url, e.record) : el("span", e.record));
        row.append(record);
        // a record of another property than the claim's says so: "(end date)"
        const of = e.property && e.property !== c.property
          ? " (" + e.property.replace("_", " ") + ")" : "";
        row.append(el("td", (e.value || "") + of));
        const links = el("td");
        (e.links || []).forEach((l, i) => {
          if (i) links.append(document.createTextNode(" · "));
          links.append(link(l.url, l.label));
        });
        if (e.citation && !(e.links || []).length) links.append(el("span", e.citation));
        row.append(links);
        table.append(row);
      });
      panel.append(table);
    } else {
      panel.append(el("p", "No record in the catalog decides this claim.", "muted"));
    }
    const others = (here || []).filter(other => other !== id && claims[other]);
    if (others.length) {
      const also = el("p", "Also claimed here: ", "also");
      others.forEach(other => {
        const button = el("button", claims[other].property + " (" + claims[other].verdict + ")",
                          claims[other].verdict);
        button.type = "button";
        button.dataset.other = other;
        button.addEventListener("click", () => show(other, here));
        also.append(button);
      });
      panel.append(also);
    }
    document.querySelectorAll(".selected").forEach(n => n.classList.remove("selected"));
    const key = CSS.escape(id);
    document.querySelectorAll('[data-claims~="' + key + '"], tr[data-claim="' + key + '"]')
      .forEach(n => n.classList.add("selected"));
  }

  document.querySelectorAll("[data-claim]").forEach(node => {
    if (node === panel) return;
    const here = (node.dataset.claims || node.dataset.claim).split(" ");
    node.addEventListener("click", () => show(node.dataset.claim, here));
    node.addEventListener("keydown", ev => {
      if (ev.key === "Enter") show(node.dataset.claim, here);
    });
  });
})();
