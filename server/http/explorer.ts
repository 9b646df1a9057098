/**
 * A small GraphQL explorer that needs nothing from the network (the default
 * Apollo landing page loads from a CDN). Served in development only.
 */
export const EXPLORER_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphQL explorer</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:system-ui,sans-serif;margin:0;display:grid;grid-template-rows:auto 1fr;height:100vh}
header{padding:.5rem 1rem;background:#b71c1c;color:#fff;display:flex;gap:1rem;align-items:center}
main{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;padding:.5rem;min-height:0}
textarea,pre{font:13px/1.4 ui-monospace,monospace;width:100%;box-sizing:border-box;border:1px solid #ccc;padding:.5rem;margin:0}
.col{display:grid;grid-template-rows:2fr 1fr auto;gap:.5rem;min-height:0}
pre{overflow:auto;background:#fafafa}
input{flex:1;font:13px monospace}
</style></head>
<body><header><strong>GraphQL explorer</strong><input id="token" placeholder="Bearer token (from signIn)"><button id="run">Run ▶</button></header>
<main><div class="col"><textarea id="query" spellcheck="false">query Golog {
  regions(parentCode: "632600") { code name level }
}</textarea><textarea id="variables" spellcheck="false">{}</textarea><small>Ctrl+Enter runs the query. Variables as JSON below the query.</small></div>
<pre id="result"></pre></main>
<script src="/graphql/explorer.js"></script></body></html>`;

export const EXPLORER_JS = `(function(){
var $=function(id){return document.getElementById(id)};
$('token').value=localStorage.getItem('explorer.token')||'';
async function run(){
  localStorage.setItem('explorer.token',$('token').value);
  var vars={};try{vars=JSON.parse($('variables').value||'{}')}catch(e){$('result').textContent='Variables are not valid JSON: '+e.message;return}
  var headers={'content-type':'application/json'};var t=$('token').value.trim();if(t)headers.authorization='Bearer '+t.replace(/^Bearer /,'');
  var res=await fetch('/graphql',{method:'POST',headers:headers,body:JSON.stringify({query:$('query').value,variables:vars})});
  var body=await res.text();try{body=JSON.stringify(JSON.parse(body),null,2)}catch(e){}
  $('result').textContent='HTTP '+res.status+'\\n'+body;
  try{var tok=JSON.parse(body).data;tok=tok&&(tok.signIn||tok.signUp);if(tok&&tok.token){$('token').value=tok.token;localStorage.setItem('explorer.token',tok.token)}}catch(e){}
}
$('run').onclick=run;document.addEventListener('keydown',function(e){if(e.key==='Enter'&&(e.ctrlKey||e.metaKey))run()});
})();`;
