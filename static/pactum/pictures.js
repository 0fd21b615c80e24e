// Two pictures drawn from the public API with the vendored d3 (static/vendor/d3-7.9.0):
// the actor co-mention network and the timeline of events and treaty milestones.
// Used by the landing page and the admin dashboard; each <figure data-picture="..."> names
// the picture and data-api the API root. Numbers the picture shows are kept as data-*
// attributes so the browser test can compare them with the API.
(function () {
  "use strict";

  function fetchJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }

  // Every page of a list: follow `next` until there is none.
  function fetchAll(url) {
    return fetchJSON(url).then(function (page) {
      if (!page.next) return page.results;
      return fetchAll(page.next).then(function (rest) { return page.results.concat(rest); });
    });
  }

  function fetchNDJSON(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.text();
    }).then(function (text) {
      var rows = text.split("\n").filter(Boolean).map(function (line) { return JSON.parse(line); });
      // The export ends with a trailer carrying the row count; without it the file was cut.
      var last = rows.pop();
      if (!last || !last._trailer || last._trailer.rows !== rows.length) throw new Error(url + ": incomplete export");
      return rows;
    });
  }

  // Actors are nodes (size: takeaways mentioning them); two actors are linked when the same
  // takeaway mentions both (weight: how many takeaways), as /actors/{slug}/co-mentions/ counts.
  function coMentions(mentions) {
    var actors = {}, byTakeaway = {};
    mentions.forEach(function (m) {
      var a = actors[m.actor.slug] || (actors[m.actor.slug] = { id: m.actor.slug, name: m.actor.short_name || m.actor.name, kind: m.actor.kind, takeaways: {} });
      a.takeaways[m.takeaway.slug] = true;
      (byTakeaway[m.takeaway.slug] = byTakeaway[m.takeaway.slug] || {})[m.actor.slug] = true;
    });
    var pairs = {};
    Object.keys(byTakeaway).forEach(function (t) {
      var slugs = Object.keys(byTakeaway[t]).sort();
      for (var i = 0; i < slugs.length; i++) for (var j = i + 1; j < slugs.length; j++) {
        var key = slugs[i] + "|" + slugs[j];
        pairs[key] = (pairs[key] || 0) + 1;
      }
    });
    var nodes = Object.keys(actors).map(function (slug) {
      var a = actors[slug];
      a.count = Object.keys(a.takeaways).length;
      return a;
    });
    var links = Object.keys(pairs).map(function (key) {
      var ends = key.split("|");
      return { source: ends[0], target: ends[1], weight: pairs[key] };
    });
    return { nodes: nodes, links: links };
  }

  var KIND_COLOURS = { state: "#2f6f9f", person: "#c0582b", organization: "#4b8b3b", international_organization: "#4b8b3b", think_tank: "#8a5fa8", grouping: "#b08a1e", news_agency: "#777" };

  function drawNetwork(figure, api) {
    var minWeight = Number(figure.dataset.minWeight || 2);
    return fetchNDJSON(api + "mentions/export/?format=ndjson").then(function (mentions) {
      var graph = coMentions(mentions);
      // The densest links only: every actor in one takeaway is linked to every other.
      graph.links = graph.links.filter(function (l) { return l.weight >= minWeight; });
      var linked = {};
      graph.links.forEach(function (l) { linked[l.source] = linked[l.target] = true; });
      graph.nodes = graph.nodes.filter(function (n) { return linked[n.id]; });
      figure.dataset.nodes = graph.nodes.length;
      figure.dataset.links = graph.links.length;

      var width = figure.clientWidth || 640, height = Number(figure.dataset.height || 420);
      var svg = d3.select(figure.querySelector(".picture")).append("svg")
        .attr("viewBox", [0, 0, width, height]).attr("width", "100%").attr("height", height)
        .attr("role", "img").attr("aria-label", "Actors mentioned together in the same takeaways");
      var maxWeight = d3.max(graph.links, function (l) { return l.weight; }) || 1;
      var link = svg.append("g").attr("stroke", "#999").selectAll("line").data(graph.links).join("line")
        .attr("class", "co-mention")
        .attr("data-source", function (d) { return d.source; })
        .attr("data-target", function (d) { return d.target; })
        .attr("data-weight", function (d) { return d.weight; })
        .attr("stroke-opacity", function (d) { return 0.25 + 0.6 * d.weight / maxWeight; })
        .attr("stroke-width", function (d) { return d.weight; });
      link.append("title").text(function (d) { return d.source + " – " + d.target + ": " + d.weight + " takeaways"; });
      var node = svg.append("g").selectAll("g").data(graph.nodes).join("g")
        .attr("class", "actor").attr("data-slug", function (d) { return d.id; })
        .attr("data-takeaways", function (d) { return d.count; });
      node.append("circle").attr("r", function (d) { return 4 + 3 * d.count; })
        .attr("fill", function (d) { return KIND_COLOURS[d.kind] || "#555"; }).attr("stroke", "#fff");
      node.append("text").text(function (d) { return d.name; }).attr("x", function (d) { return 6 + 3 * d.count; })
        .attr("y", 4).attr("font-size", 11).attr("fill", "#222");
      node.append("title").text(function (d) { return d.name + ": mentioned in " + d.count + " takeaways"; });

      var simulation = d3.forceSimulation(graph.nodes)
        .force("link", d3.forceLink(graph.links).id(function (d) { return d.id; }).distance(150))
        .force("charge", d3.forceManyBody().strength(-700))
        .force("center", d3.forceCenter(width / 2, height / 2))
        .force("collide", d3.forceCollide(function (d) { return 10 + 3 * d.count; }))
        .stop();
      // Lay out at once (no animation): a stable picture for screenshots and readers alike.
      for (var i = 0; i < 300; i++) simulation.tick();
      graph.nodes.forEach(function (d) {
        d.x = Math.max(20, Math.min(width - 120, d.x));
        d.y = Math.max(20, Math.min(height - 20, d.y));
      });
      link.attr("x1", function (d) { return d.source.x; }).attr("y1", function (d) { return d.source.y; })
        .attr("x2", function (d) { return d.target.x; }).attr("y2", function (d) { return d.target.y; });
      node.attr("transform", function (d) { return "translate(" + d.x + "," + d.y + ")"; });
      caption(figure, graph.nodes.length + " actors, " + graph.links.length + " links (actors mentioned together in at least " + minWeight + " takeaways; line width = takeaways).");
    });
  }

  // Events and the treaties' signature, entry into force and end, on one time axis.
  function drawTimeline(figure, api) {
    return Promise.all([fetchAll(api + "events/?page_size=200"), fetchAll(api + "treaties/?page_size=200")]).then(function (lists) {
      var items = lists[0].map(function (e) {
        return { date: e.start_date, label: e.name, kind: "event", url: e.url };
      });
      lists[1].forEach(function (t) {
        var name = t.short_title || t.title;
        [["signed_on", "signed"], ["in_force_on", "in force"], ["ended_on", "ended"]].forEach(function (m) {
          if (t[m[0]]) items.push({ date: t[m[0]], label: name + " " + m[1], kind: "treaty", url: t.url });
        });
      });
      items.forEach(function (d) { d.when = new Date(d.date + "T00:00:00Z"); });
      items.sort(function (a, b) { return a.when - b.when; });
      figure.dataset.events = lists[0].length;
      figure.dataset.milestones = items.length - lists[0].length;

      // Two scales: the long history (1945–) is compressed, the recent years get room.
      var width = figure.clientWidth || 640, rowHeight = 18, margin = { top: 30, left: 12, right: 12 };
      var height = margin.top + items.length * rowHeight + 10;
      var x = d3.scaleTime().domain(d3.extent(items, function (d) { return d.when; })).nice()
        .range([margin.left, width * 0.42]);
      var svg = d3.select(figure.querySelector(".picture")).append("svg")
        .attr("viewBox", [0, 0, width, height]).attr("width", "100%").attr("height", height)
        .attr("role", "img").attr("aria-label", "Timeline of events and treaty milestones");
      svg.append("g").attr("transform", "translate(0," + (margin.top - 8) + ")").call(d3.axisTop(x).ticks(8));
      var row = svg.append("g").selectAll("g").data(items).join("g")
        .attr("class", function (d) { return "milestone " + d.kind; })
        .attr("data-kind", function (d) { return d.kind; }).attr("data-date", function (d) { return d.date; })
        .attr("transform", function (d, i) { return "translate(0," + (margin.top + i * rowHeight) + ")"; });
      row.append("line").attr("x1", function (d) { return x(d.when); }).attr("x2", width * 0.43)
        .attr("y1", 5).attr("y2", 5).attr("stroke", "#ddd");
      row.append("circle").attr("cx", function (d) { return x(d.when); }).attr("cy", 5).attr("r", 5)
        .attr("fill", function (d) { return d.kind === "event" ? "#c0582b" : "#2f6f9f"; });
      row.append("text").attr("x", width * 0.44).attr("y", 9).attr("font-size", 11)
        .text(function (d) { return d.date + "  " + d.label; });
      caption(figure, lists[0].length + " events (orange) and " + (items.length - lists[0].length) + " treaty milestones (blue).");
    });
  }

  function caption(figure, text) {
    var el = figure.querySelector("figcaption .numbers");
    if (el) el.textContent = text;
    figure.dataset.ready = "true";
  }

  var PICTURES = { network: drawNetwork, timeline: drawTimeline };
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("figure[data-picture]").forEach(function (figure) {
      var draw = PICTURES[figure.dataset.picture];
      draw(figure, figure.dataset.api || "/api/v1/").catch(function (error) {
        caption(figure, "Could not draw this picture: " + error.message);
        figure.dataset.ready = "error";
      });
    });
  });
})();
