// XML for every XML wire format: fast-xml-parser (pure JS, fast, keeps document order) behind a small node API.
// DTD entities are never expanded: a document that declares any is refused (billion-laughs guard).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlParagraphs } from './html.ts';
import { splitIndentedParagraphs } from './unwrap.ts';

export interface XNode {
  name: string; // local name, namespace prefix removed
  attrs: Record<string, string>;
  children: XNode[];
  text?: string; // for text nodes (name "#text")
}

export class XmlError extends Error {
  constructor(
    readonly code: 'XML_MALFORMED' | 'ENTITY_EXPANSION',
    message: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(message);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true, // the five XML entities and character references only: DTD entities are refused below
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  cdataPropName: false,
});

/** XML formats only bid on text that starts like XML (JSON can quote XML element names). */
export function looksXml(text: string): boolean {
  return /^\s*</.test(text);
}

/** A DOCTYPE with an internal subset that declares entities: refused before any parsing. */
export function declaresEntities(text: string): boolean {
  const doctype = text.slice(0, 65536).match(/<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i);
  return !!doctype && /<!ENTITY/i.test(doctype[1]);
}

export function parseXml(text: string): XNode {
  checkXml(text);
  const raw = parser.parse(text) as unknown[];
  return { name: '#document', attrs: {}, children: raw.map(toNode).filter((n): n is XNode => n !== null) };
}

/** Refuses entity declarations and malformed XML, with the line and column where it goes wrong. */
export function checkXml(text: string): void {
  if (declaresEntities(text)) {
    const line = text.slice(0, text.search(/<!ENTITY/i)).split('\n').length;
    throw new XmlError('ENTITY_EXPANSION', 'the document declares DTD entities (<!ENTITY ...>); wiredesk never expands them, as an entity-expansion bomb could exhaust memory. Remove the internal DTD subset.', line);
  }
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: true });
  if (valid !== true) {
    const e = valid.err;
    const unclosed = e.msg.match(/^Invalid '\[(.*)\]' found/s);
    if (unclosed) {
      // The validator reports a truncated document at line 1: say where it really ends and what is left open.
      const open = unclosed[1].replace(/["\s]/g, '').split(',').filter(Boolean);
      const lines = text.split('\n');
      const line = lines.length;
      const column = lines[lines.length - 1].length + 1;
      throw new XmlError('XML_MALFORMED', `malformed XML: the document ends at line ${line}, column ${column} with elements still open (${open.join(' > ')}); the file looks truncated`, line, column);
    }
    throw new XmlError('XML_MALFORMED', `malformed XML at line ${e.line}, column ${e.col}: ${e.msg}`, e.line, e.col);
  }
}

function toNode(raw: unknown): XNode | null {
  const obj = raw as Record<string, unknown>;
  if ('#text' in obj) return { name: '#text', attrs: {}, children: [], text: String(obj['#text']) };
  const attrs: Record<string, string> = {};
  let node: XNode | null = null;
  for (const key of Object.keys(obj)) {
    if (key === ':@') {
      for (const [k, v] of Object.entries(obj[key] as Record<string, unknown>)) attrs[k] = String(v);
    } else {
      const kids = (obj[key] as unknown[]).map(toNode).filter((n): n is XNode => n !== null);
      node = { name: key, attrs, children: kids };
    }
  }
  if (node) node.attrs = attrs;
  return node;
}

export function elements(node: XNode | undefined): XNode[] {
  return node ? node.children.filter((c) => c.name !== '#text') : [];
}

export function child(node: XNode | undefined, name: string): XNode | undefined {
  return node?.children.find((c) => c.name === name);
}

export function childrenNamed(node: XNode | undefined, name: string): XNode[] {
  return node ? node.children.filter((c) => c.name === name) : [];
}

/** Depth-first search for the first element with this local name. */
export function find(node: XNode | undefined, name: string): XNode | undefined {
  if (!node) return undefined;
  for (const c of node.children) {
    if (c.name === name) return c;
    const deep = find(c, name);
    if (deep) return deep;
  }
  return undefined;
}

export function findAll(node: XNode | undefined, name: string, out: XNode[] = []): XNode[] {
  if (!node) return out;
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    findAll(c, name, out);
  }
  return out;
}

/** All text under a node, in order, whitespace collapsed. */
export function textOf(node: XNode | undefined): string {
  if (!node) return '';
  return collect(node).replace(/\s+/g, ' ').trim();
}

function collect(node: XNode): string {
  if (node.name === '#text') return node.text ?? '';
  let s = '';
  for (const c of node.children) {
    // Block elements separate words even where the markup has no space between them.
    s += c.name === 'br' ? ' ' : collect(c);
    if (BLOCK.has(c.name)) s += ' ';
  }
  return s;
}

const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'hl1', 'hl2', 'block', 'section', 'td', 'tr']);

/** Paragraph texts of a body: each <p> (or other block) becomes a paragraph; loose text too. */
export function paragraphsOf(node: XNode | undefined): string[] {
  const out: string[] = [];
  if (!node) return out;
  // Some agencies put escaped HTML or a CDATA section where markup belongs: read that as HTML.
  const raw = collect(node);
  if (elements(node).length === 0 && /<(p|br|div)[\s>\/]/i.test(raw)) return htmlParagraphs(raw);
  const walk = (n: XNode) => {
    let loose = '';
    for (const c of n.children) {
      if (c.name === '#text') loose += c.text ?? '';
      else if (SKIP.has(c.name)) continue;
      else if (PARA.has(c.name)) {
        flush();
        const split = splitIndentedParagraphs(collect(c));
        const t = textOf(c);
        if (split) out.push(...split);
        else if (t) out.push(t);
      } else if (CONTAINER.has(c.name)) {
        flush();
        walk(c);
      } else loose += ' ' + collect(c) + ' ';
    }
    flush();
    function flush() {
      const t = loose.replace(/\s+/g, ' ').trim();
      if (t) out.push(t);
      loose = '';
    }
  };
  walk(node);
  return out;
}

/** Not body text: styles, scripts, the HTML5 header where dpa puts its slugline metadata, and NITF's body.head
 * (headline, byline, dateline: read as fields, not paragraphs, when NITF comes inside NewsML-G2). */
const SKIP = new Set(['style', 'script', 'header', 'nav', 'footer', 'head', 'meta', 'title', 'body.head']);
const PARA = new Set(['p', 'hl2', 'h1', 'h2', 'h3', 'h4', 'li', 'pre', 'blockquote']);
const CONTAINER = new Set(['body', 'body.content', 'block', 'div', 'section', 'article', 'inlineXML', 'html', 'ul', 'ol', 'content']);

/** Serialise a node back to XML (for keeping the agency's markup body). */
export function toXml(node: XNode): string {
  if (node.name === '#text') return escapeXml(node.text ?? '');
  const attrs = Object.entries(node.attrs).map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  const inner = node.children.map(toXml).join('');
  return inner ? `<${node.name}${attrs}>${inner}</${node.name}>` : `<${node.name}${attrs}/>`;
}

export function escapeXml(s: string): string {
  return s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
