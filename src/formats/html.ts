// Paragraph text out of the HTML bodies agencies embed in JSON and feeds. HTML fragments are often not
// well-formed XML (<br>, unquoted attributes), so this splits on block boundaries and strips tags instead
// of parsing a tree.
import { splitIndentedParagraphs } from './unwrap.ts';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201C', rdquo: '\u201D', laquo: '\u00AB', raquo: '\u00BB', euro: '\u20AC', pound: '\u00A3',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

export function htmlParagraphs(html: string): string[] {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .split(/<\/?(?:p|div|h[1-6]|li|blockquote|section|article|pre|tr)\b[^>]*>|<br\s*\/?>/i)
    .flatMap((chunk) => {
      const text = decodeEntities(chunk.replace(/<[^>]*>/g, ''));
      return splitIndentedParagraphs(text) ?? [text.replace(/\s+/g, ' ').trim()];
    })
    .filter((p) => p.length > 0);
}
