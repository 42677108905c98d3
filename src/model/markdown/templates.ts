/**
 * Template tags in a page's Markdown — Liquid (`{% include … %}`,
 * `{% capture %}`) and Hugo shortcodes (`{{< hl >}}…{{< /hl >}}`) — read the
 * way the built site shows them: the tags go, the text between them stays,
 * and an include that draws a link or a card (`link="…"` with `title="…"` or
 * `text="…"`) becomes that link, so a post named only in an include's
 * parameters is still found.
 */

/** One tag's parameters: `name="value"` pairs. */
function parameters(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/\b([\w-]{1,40})\s*=\s*"([^"]{0,2000})"/g)) if (m[1] && m[2] !== undefined) out[m[1]] = m[2];
  return out;
}

/** Markdown text a link's words can sit in. */
function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

/** `source` with its template tags read as described above. */
export function expandTemplates(source: string): string {
  if (!source.includes('{%') && !source.includes('{{<') && !source.includes('{{%')) return source;
  return source
    .replace(/\{%-?([^%]{0,4000})-?%\}/g, (_, tag: string) => {
      const p = parameters(tag);
      const href = p['link'] ?? p['url'] ?? p['href'];
      if (!/^\s*include\b/.test(tag) || !href || !/^(?:https?:|\/|\.)/.test(href)) return '';
      if (p['title']) return `\n\n**[${escape(p['title'])}](<${href}>)**\n\n`;
      return p['text'] ? `\n\n[${escape(p['text'])}](<${href}>)\n\n` : '';
    })
    .replace(/\{\{[<%][^>%]{0,400}[>%]\}\}/g, '');
}
