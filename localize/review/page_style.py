"""The review page's style sheet, inline in the page (no network)."""

STYLE = """
:root{--error:#c62828;--warning:#a35f00;--info:#1565c0;--accepted:#2e7d32;--line:#dde1e6;
--panel:#f4f6f9}
*{box-sizing:border-box}
body{font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Noto Sans CJK KR",
"Noto Sans SC","Noto Sans CJK SC",sans-serif;margin:0;color:#1f2328;background:#fafbfc}
:lang(ko){word-break:keep-all;overflow-wrap:anywhere}
:lang(zh),:lang(ja){overflow-wrap:anywhere}
header{position:sticky;top:0;z-index:3;background:#fff;border-bottom:1px solid var(--line);
padding:.5rem 1rem;box-shadow:0 1px 3px rgba(0,0,0,.05)}
h1{font-size:1.05rem;margin:0}.files{color:#57606a;font-size:13px;overflow-wrap:anywhere}
.controls{display:flex;flex-wrap:wrap;gap:.4rem .9rem;align-items:center;margin-top:.35rem}
.filter{white-space:nowrap;cursor:pointer;font-weight:600}.filter.error{color:var(--error)}
.filter.warning{color:var(--warning)}.filter.info{color:var(--info)}
.accepted-count{color:var(--accepted);font-weight:600;white-space:nowrap}
button{font:inherit;font-size:13px;padding:.15rem .6rem;border:1px solid #c4cad1;
border-radius:5px;background:#f6f8fa;cursor:pointer}button:hover{background:#eaeef2}
kbd{font:12px monospace;border:1px solid #c4cad1;border-radius:3px;padding:0 .25rem;
background:#fff}
#position{font:12px monospace;color:#57606a}
.legend{font-size:13px;color:#57606a;margin-top:.3rem;display:flex;flex-wrap:wrap;gap:.3rem .8rem;
align-items:center}
.layout{display:grid;grid-template-columns:minmax(15rem,22rem) 1fr;gap:1rem;padding:0 1rem 3rem}
nav.sidebar{position:sticky;top:7.5rem;align-self:start;max-height:calc(100vh - 8.5rem);
overflow:auto;font-size:13px}
nav details{background:#fff;border:1px solid var(--line);border-radius:6px;margin:1rem 0 0;
padding:.3rem .6rem}
nav summary{font-weight:600;cursor:pointer;padding:.2rem 0}
nav ol{list-style:none;margin:0;padding:0}
.toc li{display:flex;justify-content:space-between;gap:.4rem;padding:.12rem 0}
.toc a{color:#1f2328;text-decoration:none}.toc a:hover{text-decoration:underline}
.badges{white-space:nowrap}
.badge{display:inline-block;min-width:1.3rem;text-align:center;border-radius:9px;color:#fff;
font-size:11px;padding:0 .3rem;margin-left:.15rem}.badge.error{background:var(--error)}
.badge.warning{background:var(--warning)}.badge.info{background:var(--info)}
.badge.accepted{background:var(--accepted)}
.panel li{border-left:3px solid;padding:.2rem .45rem;margin:.3rem 0;background:var(--panel)}
.panel li.error{border-color:var(--error)}.panel li.warning{border-color:var(--warning)}
.panel li.info{border-color:var(--info)}.panel li.accepted{border-color:var(--accepted);
opacity:.75}
.panel a{text-decoration:none;color:inherit;display:block}
.panel .where{font:11px monospace;color:#57606a}.panel li.current{outline:2px solid #0969da}
main{min-width:0}
section{background:#fff;border:1px solid var(--line);border-radius:6px;margin:1rem 0;
overflow:hidden}
.columns{display:grid;grid-template-columns:1fr 1fr;gap:1rem;font-size:12px;color:#57606a;
padding:.3rem .8rem;background:var(--panel);border-bottom:1px solid var(--line)}
.row{display:grid;grid-template-columns:1fr 1fr;gap:.3rem 1rem;padding:.5rem .8rem;
border-top:1px solid var(--line)}
.row.heading-row{background:#eef2f7;font-weight:600}.row.title-row{background:#eef2f7;
font-size:1.05rem;font-weight:600}
.heading-row .cell,.title-row .cell{display:flex;flex-wrap:wrap;align-items:baseline;gap:.1rem}
section{scroll-margin-top:8rem}
.time{color:#57606a;font-weight:400;margin-right:.4rem;font-variant-numeric:tabular-nums}
.id{font:12px monospace;color:#8c959f;grid-column:1/-1}
.cell{min-width:0;overflow-wrap:break-word}.cell.missing{color:var(--error);font-style:italic}
.cell::before{display:none;content:attr(data-label);font:11px monospace;color:#8c959f}
.part{margin:0 0 .2rem}.label{font:11px monospace;color:#8c959f;margin-right:.35rem;
text-transform:uppercase}
.part-name .text,.part-term .text{font-weight:700}
[contenteditable]{border-radius:3px;outline:none;cursor:text}
[contenteditable]:hover{background:#fff8c5}[contenteditable]:focus{background:#fff8c5;
box-shadow:0 0 0 2px #d4a72c}
.edited{background:#ddf4ff;box-shadow:inset 0 -2px 0 #54aeff}
.findings{grid-column:1/-1;margin:.2rem 0 0;padding:0;list-style:none}
.finding{font-size:13px;padding:.2rem .45rem;border-left:3px solid;margin:.2rem 0;
display:flex;flex-wrap:wrap;gap:.2rem .5rem;align-items:baseline;scroll-margin:10rem}
.finding.error{border-color:var(--error);background:#fdecea}
.finding.warning{border-color:var(--warning);background:#fff4e5}
.finding.info{border-color:var(--info);background:#e8f1fb}
.finding.accepted{border-color:var(--accepted);background:#e9f5ea;color:#3d4a3e}
.finding.current{outline:2px solid #0969da;outline-offset:1px}
.severity{font-weight:700;text-transform:uppercase;font-size:11px}
.finding.error .severity{color:var(--error)}.finding.warning .severity{color:var(--warning)}
.finding.info .severity{color:var(--info)}.finding.accepted .severity{color:var(--accepted)}
.code{font-family:monospace;font-weight:600}.message{flex:1 1 16rem}
.accept{display:flex;gap:.3rem;align-items:center;margin-left:auto}
.accept input{font:inherit;font-size:12px;width:11rem;padding:.05rem .3rem;display:none}
.finding.accepted .accept input{display:inline-block}
.note{font-style:italic}
mark{border-radius:3px;padding:0 1px;color:inherit}mark.number{background:#ffe08a}
mark.term{background:#c8e6c9}mark.name{background:#dbe4f7}
del{background:#ffd7d5;text-decoration:line-through}ins{background:#cff5d1;
text-decoration:none}
.hide-error .finding.open.error,.hide-warning .finding.open.warning,
.hide-info .finding.open.info,.hide-error .panel li.open.error,
.hide-warning .panel li.open.warning,.hide-info .panel li.open.info{display:none}
.only-findings .row:not(.shown),.only-findings section.quiet{display:none}
@media (max-width:800px){
 .layout{grid-template-columns:1fr;padding:0 .5rem 3rem}
 nav.sidebar{position:static;max-height:none}
 header{position:static}
 .row,.columns{grid-template-columns:1fr}.columns{display:none}
 .cell::before{display:block;flex:0 0 100%}
 #jump{position:fixed;bottom:.6rem;right:.6rem;z-index:4;background:#fff;padding:.3rem .4rem;
 border:1px solid var(--line);border-radius:6px;box-shadow:0 2px 6px rgba(0,0,0,.15)}
 .accept{margin-left:0}
}
"""
