/** Plain text and links out of marked's token tree. */

import type { Token, Tokens } from 'marked';
import { unescapeHtml } from '../html-entities.js';

export { unescapeHtml };

/**
 * An inline HTML tag as the text reader needs it, read by the HTML reader
 * when the page was lexed (html-blocks.ts): a line break, a link opening
 * (`<a href>`, a navigating `<button>`) or closing, or struck-out text
 * (`<del>`, `<s>`, `<strike>`) opening or closing.
 */
export type InlineTag = { kind: 'break' } | { kind: 'open'; href: string } | { kind: 'close' } | { kind: 'struck'; open: boolean };

/** A link met in the text, with the text around it. */
export interface FoundLink {
  href: string;
  text: string;
  /** The plain text of the block the link sits in. */
  context: string;
  /** Where the link's text starts in `context`. */
  offset: number;
  /** Whether the link was a bare URL or email in the text. */
  autolink: boolean;
}

/**
 * Plain text of inline tokens (emphasis dropped, link text kept), collecting
 * links. Struck-out text (`~~30 May~~`, `<del>`) is left out: the author has
 * taken it back ("Deadline ~~30 May~~ extended to 15 June").
 */
export function inlineText(tokens: Token[] | undefined, links?: { list: FoundLink[]; at: number }): string {
  let out = '';
  // Links written as inline HTML (<a href>, <button onclick>): open until their closing tag.
  const open: { href: string; start: number }[] = [];
  /** Where struck-out HTML text began, while it lasts. */
  let struckAt: number | undefined;
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'link': {
        const link = token as Tokens.Link;
        const start = out.length;
        const text = inlineText(link.tokens);
        links?.list.push({ href: link.href, text, context: '', offset: (links.at ?? 0) + start, autolink: (link as { autolink?: boolean }).autolink === true || link.raw === link.href });
        out += text;
        break;
      }
      case 'image':
        out += (token as Tokens.Image).text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'html': {
        const tag = (token as { tag?: InlineTag }).tag;
        if (tag?.kind === 'struck') {
          if (tag.open) struckAt ??= out.length;
          else if (struckAt !== undefined) {
            out = out.slice(0, struckAt);
            struckAt = undefined;
          }
        } else if (tag?.kind === 'break') out += '\n';
        else if (tag?.kind === 'open') open.push({ href: tag.href, start: out.length });
        else if (tag?.kind === 'close') {
          const link = open.pop();
          const text = out.slice(link?.start ?? 0).trim();
          if (link) links?.list.push({ href: link.href, text, context: '', offset: (links.at ?? 0) + link.start, autolink: text === link.href });
        }
        break;
      }
      case 'del':
        break;
      case 'strong':
      case 'em':
        out += inlineText((token as Tokens.Strong).tokens, links && { list: links.list, at: links.at + out.length });
        break;
      default: {
        const t = token as { tokens?: Token[]; text?: string };
        if (t.tokens && t.tokens.length > 0) out += inlineText(t.tokens, links && { list: links.list, at: links.at + out.length });
        else out += unescapeHtml(t.text ?? '');
      }
    }
  }
  return out;
}

/** A block of text: a paragraph, a list item, a heading. */
export interface TextBlock {
  text: string;
  links: FoundLink[];
}

/** The text blocks of block tokens, in order; HTML comments are skipped. */
export function textBlocks(tokens: Token[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (list: Token[]): void => {
    for (const token of list) {
      if (token.type === 'html' || token.type === 'space' || token.type === 'hr' || token.type === 'code') continue;
      if (token.type === 'list') {
        for (const item of (token as Tokens.List).items) visit(item.tokens);
        continue;
      }
      if (token.type === 'blockquote') {
        visit((token as Tokens.Blockquote).tokens);
        continue;
      }
      if (token.type === 'table') {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const links: FoundLink[] = [];
          const text = row.map((cell) => inlineText(cell.tokens, { list: links, at: 0 })).join(' | ');
          blocks.push({ text, links: links.map((l) => ({ ...l, context: text })) });
        }
        continue;
      }
      const links: FoundLink[] = [];
      const t = token as { tokens?: Token[]; text?: string };
      const text = t.tokens ? inlineText(t.tokens, { list: links, at: 0 }) : unescapeHtml(t.text ?? '');
      blocks.push({ text, links: links.map((l) => ({ ...l, context: text })) });
    }
  };
  visit(tokens);
  return blocks;
}
