// Charts with Plotly from JSON embedded in the page (no network besides this server).
(function () {
  "use strict";
  function data(id) {
    const node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }
  const config = { responsive: true, displaylogo: false };

  function stackedYears(targetId, counts, title) {
    const target = document.getElementById(targetId);
    if (!target || !counts) return;
    const traces = counts.series.map(s => ({
      type: "bar", name: s.label, x: counts.years, y: s.counts,
      hovertemplate: s.label.replace(/[<>&]/g, "") + ": %{y} in %{x}<extra></extra>",
    }));
    Plotly.newPlot(target, traces, {
      barmode: "stack", title: { text: title }, margin: { t: 40, r: 10 },
      xaxis: { title: { text: "year (UTC)" }, dtick: 5 },
      yaxis: { title: { text: "launches" } }, legend: { orientation: "h", y: -0.2 },
    }, config).then(() => target.setAttribute("data-rendered", "true"));
  }

  function timeline(targetId, events) {
    const target = document.getElementById(targetId);
    if (!target || !events) return;
    const kinds = [...new Set(events.map(e => e.kind))];
    const traces = kinds.map(kind => {
      const rows = events.filter(e => e.kind === kind);
      return {
        type: "scatter", mode: "markers", name: kind,
        x: rows.map(e => e.t_start.replace("Z", "")), y: rows.map(() => kind),
        text: rows.map(e => e.date + " " + e.title), hoverinfo: "text",
        marker: { size: 11 },
      };
    });
    Plotly.newPlot(target, traces, {
      margin: { t: 20, l: 120 }, showlegend: false,
      xaxis: { type: "date", title: { text: "date (UTC)" } }, yaxis: { automargin: true },
    }, config).then(() => target.setAttribute("data-rendered", "true"));
  }

  stackedYears("race-chart", data("race-data"), "Orbital launch attempts per year");
  stackedYears("program-chart", data("program-data"), "USSR and Russia, by program");
  timeline("timeline-chart", data("timeline-data"));
})();
