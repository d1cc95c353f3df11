/** The HTML report's inline stylesheet (system fonts only: the page must open offline). */
export const HTML_STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;
--hw-bg:#dcfce7;--hw:#15803d;--si-bg:#fef3c7;--si:#b45309;--sf-bg:#fae8ff;--sf:#a21caf;
--un-bg:#fee2e2;--un:#b91c1c;--no-bg:#f1f5f9;--no:#64748b;--io-bg:#e0e7ff;--io:#4338ca}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);margin:24px;max-width:100%}
h1{font-size:22px;margin:0 0 12px}h1 small{font-weight:normal;color:var(--muted);font-size:14px}
h2{font-size:17px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
table{border-collapse:collapse}th,td{padding:3px 10px;text-align:left;vertical-align:top;border-bottom:1px solid var(--line)}
table.summary th{font-weight:600;white-space:nowrap;color:var(--muted)}
td.r{text-align:right;font-variant-numeric:tabular-nums}
.share{display:inline-block;height:10px;background:var(--si);border-radius:2px;vertical-align:-1px}
.note{color:var(--muted);margin:6px 0}.warn{color:var(--un);margin:4px 0}
.legend{list-style:none;padding:0;margin:8px 0;display:flex;flex-wrap:wrap;gap:16px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;margin-right:6px;vertical-align:-2px;border:2px solid var(--c);background:var(--b)}
.u-HW{--b:var(--hw-bg);--c:var(--hw)}.u-SW_INT{--b:var(--si-bg);--c:var(--si)}.u-SW_FLOAT{--b:var(--sf-bg);--c:var(--sf)}
.u-unsupported{--b:var(--un-bg);--c:var(--un)}.u-none{--b:var(--no-bg);--c:var(--no)}.io{--b:var(--io-bg);--c:var(--io)}
.graph-wrap{overflow:auto;border:1px solid var(--line);border-radius:6px;background:#fff}
svg.graph{display:block;margin:0 auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
svg .node rect{fill:var(--b);stroke:var(--c);stroke-width:1.5}
svg .node text{fill:var(--fg)}svg .node .nm{font-weight:600}svg .node .id{fill:var(--muted)}
svg .node .c{text-anchor:middle}
svg a .node rect{stroke-width:2.5}svg a:hover .node rect{stroke-width:4}
svg .edges path{fill:none;stroke:#8c959f;stroke-width:1.4;marker-end:url(#arrow)}svg .edges path.skip{stroke:#6e7781;stroke-dasharray:5 3}svg marker path{fill:#8c959f}
.tag{font-size:12px;padding:1px 6px;border-radius:8px;background:var(--b);border:1px solid var(--c)}
ol.why{list-style:none;padding-left:0}
ol.why li,ul.subgraphs>li{margin:8px 0;padding:4px 8px;border-radius:4px}
ol.why li:target,ul.subgraphs li:target{background:#fff8c5}
.reasons{margin:4px 0}.hint{color:var(--muted)}
ul.nested{list-style:none;padding-left:18px}
table.layers tr td:first-child{border-left:6px solid var(--c)}table.layers tr:nth-child(even){background:#f6f8fa}
svg.timeline{display:block;font:11px system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
svg.timeline rect.bar{fill:#9ec5fe}svg.timeline a:hover rect.bar{fill:#3d8bfd}svg.timeline rect.bar.peak{fill:#dc3545}
svg.timeline .axis{stroke:#8c959f}svg.timeline text{fill:var(--muted)}svg.timeline text.peak{fill:var(--un);font-weight:600}
ul.peak{margin:4px 0;overflow-wrap:anywhere}
footer{margin-top:28px;color:var(--muted);font-size:12px}
`;
