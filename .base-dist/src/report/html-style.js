/**
 * The HTML report's stylesheet: screen (laptop widths and up) and print.
 * No web fonts, no images: the file must work offline from a USB stick.
 */
export const REPORT_STYLE = `
:root { --err: #b42318; --err-bg: #fde4e1; --warn: #9a5b00; --warn-bg: #fff1c2; --info: #175cd3; --info-bg: #dfeafe;
  --line: #d9dce1; --muted: #5d6470; --bg: #f6f7f9; --card: #fff; --ink: #1d2129; }
* { box-sizing: border-box; }
html { scroll-padding-top: 5rem; }
body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: var(--ink); background: var(--bg); }
main { max-width: 1400px; margin: 0 auto; padding: 0 1.25rem 4rem; }
h1 { font-size: 1.4rem; margin: 1rem 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0; word-break: break-all; }
h3 { font-size: 1rem; margin: 1rem 0 .5rem; }
code { font: .85em ui-monospace, "DejaVu Sans Mono", Consolas, monospace; }
a { color: #1a4fb4; }
.sub { color: var(--muted); margin: 0 0 1rem; }
.totals { display: flex; gap: .75rem; flex-wrap: wrap; margin: 0 0 1rem; padding: 0; list-style: none; }
.totals li { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .4rem .8rem; }
.totals b { font-size: 1.2rem; }
.filters { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end;
  background: var(--bg); border-bottom: 1px solid var(--line); padding: .6rem 0; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filters select, .filters input, .filters button { font: inherit; font-size: .95rem; padding: .3rem .5rem; border: 1px solid #b8bdc6; border-radius: 6px; background: #fff; }
.filters .count { margin-left: auto; color: var(--muted); }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef0f3; font-weight: 600; white-space: nowrap; }
th.sortable { cursor: pointer; user-select: none; }
th.sortable::after { content: " ↕"; color: #9aa1ac; }
th[aria-sort=ascending]::after { content: " ▲"; color: var(--ink); }
th[aria-sort=descending]::after { content: " ▼"; color: var(--ink); }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n.has-err { color: var(--err); font-weight: 700; }
td.n.has-warn { color: var(--warn); font-weight: 700; }
#index td:nth-child(2) { word-break: break-all; }
.scroll { overflow-x: auto; }
.is-hidden { display: none !important; }
.doc { background: var(--card); border: 1px solid var(--line); border-radius: 10px; margin: 1.5rem 0; padding: 1rem 1.25rem; }
.meta { display: flex; flex-wrap: wrap; gap: .25rem 1.5rem; margin: .5rem 0 0; }
.meta div { display: flex; gap: .4rem; }
.meta dt { color: var(--muted); white-space: nowrap; }
.meta dd { margin: 0; font-weight: 500; }
.badge { display: inline-block; border-radius: 4px; padding: 0 .4rem; font-size: .8rem; font-weight: 600; white-space: nowrap; }
.badge.sev-error { background: var(--err); color: #fff; }
.badge.sev-warning { background: #f5b400; color: #2b1d00; }
.badge.sev-info { background: var(--info); color: #fff; }
.file-error { color: var(--err); }
.clean { color: #067647; }
.findings ol { margin: 0; padding-left: 1.5rem; }
.findings li { margin: .15rem 0; }
.findings li.is-active { background: #eef4ff; }
a.go { color: inherit; text-decoration: none; }
a.go:hover .msg, a.go:focus .msg { text-decoration: underline; }
.pos { color: var(--muted); font-size: .85em; white-space: nowrap; }
.rule { color: var(--muted); }
.outline ul { list-style: none; margin: .25rem 0; padding: 0; columns: 2 28rem; }
.outline li { break-inside: avoid; }
.outline .num { font-weight: 600; }
${[2, 3, 4, 5, 6].map((l) => `.outline .lv${l} { padding-left: ${(l - 1) * 1.1}rem; }`).join('\n')}
summary { cursor: pointer; font-weight: 600; margin: .75rem 0 .25rem; }
.hint { color: var(--muted); font-size: .9rem; }
.blocks { border-top: 1px solid var(--line); }
.blk { display: grid; grid-template-columns: 3.6rem minmax(0, 1fr) minmax(15rem, 24rem); gap: 0 1rem; padding: .15rem 0; border-bottom: 1px solid #f0f1f3; }
.blk .ln { color: #9aa1ac; font-size: .8rem; text-align: right; padding-top: .15rem; font-variant-numeric: tabular-nums; }
.blk .tx { white-space: pre-wrap; overflow-wrap: anywhere; }
.blk.has-ev { background: #fcfcfd; }
.tab { color: #9aa1ac; }
mark.ev { background: transparent; color: inherit; border-bottom: 2px solid; cursor: pointer; padding: 0 1px; border-radius: 2px; }
mark.ev.sev-error { background: var(--err-bg); border-color: var(--err); }
mark.ev.sev-warning { background: var(--warn-bg); border-color: #d79b00; }
mark.ev.sev-info { background: var(--info-bg); border-color: var(--info); }
mark.ev.is-off { background: transparent; border-color: transparent; cursor: auto; }
mark.ev.is-active { outline: 2px solid #1a4fb4; outline-offset: 1px; }
mark.ev.is-target { outline: 3px solid #1a4fb4; box-shadow: 0 0 0 6px rgba(26, 79, 180, .18); animation: flash 1.2s ease-out 1; }
@keyframes flash { from { box-shadow: 0 0 0 14px rgba(26, 79, 180, .35); } }
.side { font-size: .85rem; }
.note { border-left: 4px solid; border-radius: 4px; padding: .3rem .5rem; margin: .2rem 0 .4rem; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.06); }
.note.sev-error { border-color: var(--err); background: #fff8f7; }
.note.sev-warning { border-color: #d79b00; background: #fffbeb; }
.note.sev-info { border-color: var(--info); background: #f5f8ff; }
.note.is-active { box-shadow: 0 0 0 2px #1a4fb4; }
.note p { margin: .2rem 0; }
.note .msg { font-weight: 500; }
.note.link .msg { font-weight: 400; color: var(--muted); display: block; }
.kv { display: grid; grid-template-columns: auto 1fr; gap: 0 .6rem; margin: .2rem 0; }
.kv div { display: contents; }
.kv dt { color: var(--muted); }
.kv dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.sugg b { color: #067647; }
.arrow { color: var(--muted); font-weight: 700; }
.links a.go { text-decoration: underline; text-decoration-style: dotted; }
.data-table table { font-size: .85rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; }
@media (max-width: 900px) {
  .blk { grid-template-columns: 2.8rem minmax(0, 1fr); }
  .blk .side { grid-column: 2; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: #fff; font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .filters, th.sortable::after { display: none !important; }
  .doc { border: 0; padding: 0; margin: 0; break-before: page; }
  .blk { grid-template-columns: 2.4rem minmax(0, 1fr) 16rem; break-inside: avoid; }
  .note, tr, .findings li { break-inside: avoid; }
  .note { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
  mark.ev, .badge, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.ev.is-active, mark.ev.is-target { outline: 0; box-shadow: none; animation: none; }
  .is-hidden { display: none !important; }
}
`;
//# sourceMappingURL=html-style.js.map