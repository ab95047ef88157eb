// Well-known XSS vectors for the XSS journey (xss.spec.ts), collected from the usual public lists
// (OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, HTML5 Security Cheatsheet,
// mutation-XSS write-ups) and adapted to the hub: markdown, mentions and the strict CSP.
//
// Every vector calls a global marker instead of alert: `$X` below becomes `__xss(<n>)`, where n is the
// vector's number (1-based; `$N` the number alone, `$B` a base64 `<script>` calling it), so a vector that runs tells which one it was. The page under test defines
// `window.__xss`; a vector that runs anywhere pushes its number. A few classic `alert(1)` variants are
// kept as they are (the journey catches those as dialogs).

/** A UUID that belongs to nobody: the mention syntax with it must stay text. */
const NOBODY = '00000000-0000-4000-8000-000000000000';

const TEMPLATES: readonly string[] = [
  // Script elements.
  '<script>$X</script>',
  '<SCRIPT SRC=data:text/javascript,$X></SCRIPT>',
  '<script src="data:,$X"></script>',
  '<scr<script>ipt>$X</scr</script>ipt>',
  '"><script>$X</script>',
  "'><script>$X</script>",
  '</textarea><script>$X</script>',
  '</title><script>$X</script>',
  '<script\\x20type="text/javascript">$X</script>',
  '<<SCRIPT>$X//<</SCRIPT>',
  // Event handlers.
  '<img src=x onerror=$X>',
  '<img src="x" onerror="$X">',
  '<IMG SRC=# onmouseover="$X">',
  '<img src=x:x onerror=$X//',
  '<img/src/onerror=$X>',
  '<svg onload=$X>',
  '<svg/onload=$X//',
  '<body onload=$X>',
  '<body onpageshow=$X>',
  '<iframe onload=$X></iframe>',
  '<details open ontoggle=$X>',
  '<video><source onerror=$X></video>',
  '<video src=x onerror=$X></video>',
  '<audio src=x onerror=$X>',
  '<input autofocus onfocus=$X>',
  '<select autofocus onfocus=$X>',
  '<textarea autofocus onfocus=$X>',
  '<marquee onstart=$X>XSS</marquee>',
  '<object data=x onerror=$X>',
  '<div style="width:100px;height:100px" onmouseover=$X>hover</div>',
  '<a onmouseover=$X>hover me</a>',
  '" onmouseover="$X" x="',
  "' onfocus='$X' autofocus x='",
  '<style onload=$X></style>',
  '<link rel=stylesheet href=x onerror=$X>',
  // javascript:, data: and vbscript: URLs.
  '<a href="javascript:$X">klicka</a>',
  '<a href="JaVaScRiPt:$X">klicka</a>',
  '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;$X">klicka</a>',
  '<a href="jav&#x09;ascript:$X">klicka</a>',
  '<a href="data:text/html;base64,$B">data</a>',
  '<a href="vbscript:msgbox(1)">vbs</a>',
  '<img src="javascript:$X">',
  '<iframe src="javascript:$X"></iframe>',
  '<iframe src="data:text/html,<script>parent.$X</script>"></iframe>',
  '<object data="javascript:$X"></object>',
  '<embed src="javascript:$X">',
  // Markdown links, images and autolinks.
  '[klicka](javascript:$X)',
  '[klicka](JAVASCRIPT:$X)',
  '[klicka](javascript&#58;$X)',
  '[klicka](  javascript:$X  )',
  '[klicka](data:text/html;base64,$B)',
  '[klicka](vbscript:msgbox($N))',
  '![bild](javascript:$X)',
  '![bild](x" onerror="$X)',
  '[klicka](https://example.org" onmouseover="$X)',
  '<javascript:$X>',
  '[klicka][ref]\n\n[ref]: javascript:$X',
  '[a](<javascript:$X>)',
  // Entities and encodings.
  '&lt;script&gt;$X&lt;/script&gt;',
  '&#60;script&#62;$X&#60;/script&#62;',
  '\\u003cscript\\u003e$X\\u003c/script\\u003e',
  '%3Cscript%3E$X%3C/script%3E',
  '＜script＞$X＜/script＞',
  '<img src=x onerror=&#95;&#95;xss($N)>',
  // SVG and MathML.
  '<svg><script>$X</script></svg>',
  '<svg><script href="data:,$X"/></svg>',
  '<svg><a xlink:href="javascript:$X"><text x="20" y="20">XSS</text></a></svg>',
  '<svg><animate onbegin=$X attributeName=x dur=1s>',
  '<svg><use href="data:image/svg+xml,<svg id=x xmlns=http://www.w3.org/2000/svg><image href=1 onerror=$X /></svg>#x"/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=$X>',
  // iframe srcdoc, meta refresh, base, form, CSS.
  '<iframe srcdoc="<script>parent.$X</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=parent.$X&gt;"></iframe>',
  '<meta http-equiv="refresh" content="0;url=javascript:$X">',
  '<meta http-equiv="refresh" content="0;url=https://example.org/">',
  '<base href="javascript:$X//">',
  '<base href="https://example.org/">',
  '<form action="javascript:$X"><button>skicka</button></form>',
  '<form><button formaction="javascript:$X">skicka</button></form>',
  '<div style="width: expression($X)">css</div>',
  '<div style="background:url(javascript:$X)">css</div>',
  '<style>@import "javascript:$X";</style>',
  '<style>body{background:url("javascript:$X")}</style>',
  // Template and prototype injection.
  "{{constructor.constructor('$X')()}}",
  '{{$on.constructor("$X")()}}',
  '${$X}',
  '#{$X}',
  '<%= $X %>',
  '{{__proto__}}{{constructor.constructor("$X")()}}',
  // Mutation XSS.
  '<noscript><p title="</noscript><img src=x onerror=$X>">',
  '<svg></p><style><a id="</style><img src=1 onerror=$X>">',
  '<math><mi//xlink:href="data:x,<script>$X</script>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=$X>',
  '<!--<img src="--><img src=x onerror=$X//">',
  '<![CDATA[<img src=x onerror=$X>]]>',
  '<xmp><p title="</xmp><img src=x onerror=$X>">',
  // Mentions syntax abuse.
  `@[<img src=x onerror=$X>](${NOBODY})`,
  `@[x](${NOBODY}" onmouseover="$X)`,
  `@[</a><script>$X</script>](${NOBODY})`,
  `@[x](javascript:$X)`,
  `[@[x](${NOBODY})](javascript:$X)`,
  // Breaking out of attributes and JSON.
  '"></a><img src=x onerror=$X>',
  '</script><script>$X</script>',
  "';$X;//",
  '";$X;//',
  '\\";$X;//',
  '</div><img src=x onerror=$X>',
];

/** The vectors with their numbered markers. */
export const MARKED_PAYLOADS: readonly string[] = TEMPLATES.map((template, i) => {
  const n = i + 1;
  return template
    .replaceAll('$X', `__xss(${n})`)
    .replaceAll('$N', String(n))
    .replaceAll('$B', Buffer.from(`<script>__xss(${n})</script>`).toString('base64'));
});

/** Classic alert/confirm/prompt variants, caught as dialogs. */
export const ALERT_PAYLOADS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">klicka</a>',
  '[klicka](javascript:alert(1))',
  '![bild](javascript:alert(1))',
  '<details open ontoggle=confirm(1)>',
  '<img src=x onerror=prompt(1)>',
  '<iframe srcdoc="<script>alert(1)</script>">',
  '<svg><script>alert&#40;1&#41;</script></svg>',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
];

/** Every vector of the list, the marked ones first. */
export const XSS_PAYLOADS: readonly string[] = [...MARKED_PAYLOADS, ...ALERT_PAYLOADS];

/** Vectors that contain no markdown syntax of their own: the page must show them verbatim, as text. */
export const SHOWN_AS_TEXT: readonly string[] = [
  MARKED_PAYLOADS[0]!, // <script>__xss(1)</script>
  MARKED_PAYLOADS[10]!, // <img src=x onerror=__xss(11)>
  MARKED_PAYLOADS[15]!, // <svg onload=__xss(16)>
  MARKED_PAYLOADS[20]!, // <details open ontoggle=__xss(21)>
  ALERT_PAYLOADS[0]!, // <script>alert(1)</script>
];
