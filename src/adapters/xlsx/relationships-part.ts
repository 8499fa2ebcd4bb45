import { findElements } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr } from './xml-text';
import { openSelfClosingTag } from './xml-tag';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

/** Transitional and strict OOXML spell relationship types with different bases; the last segment is what matters. */
export function isRelType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

export function parseRelationships(xml: string, what: string): Relationship[] {
  return findElements(xml, what, (local, depth) => depth === 1 && local === 'Relationship').map((el) => ({
    id: el.attrs.Id ?? '',
    type: el.attrs.Type ?? '',
    target: el.attrs.Target ?? '',
    external: el.attrs.TargetMode === 'External',
  }));
}

export function emptyRelationships(): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
}

export function unusedRelationshipId(rels: Relationship[]): string {
  const ids = new Set(rels.map((r) => r.id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n++;
  return `rId${n}`;
}

export function addRelationship(xml: string, rel: { id: string; type: string; target: string }, what: string): string {
  const [root] = findElements(xml, what, (_l, depth) => depth === 0);
  const p = prefixOf(root.name);
  const el = `<${p}Relationship Id="${escapeXmlAttr(rel.id)}" Type="${escapeXmlAttr(rel.type)}" Target="${escapeXmlAttr(rel.target)}"/>`;
  if (root.selfClosing) {
    return xml.slice(0, root.start) + openSelfClosingTag(xml.slice(root.start, root.end)) + el + `</${root.name}>` + xml.slice(root.end);
  }
  return xml.slice(0, root.closeStart) + el + xml.slice(root.closeStart);
}

export function removeRelationships(xml: string, keep: (rel: { id: string; type: string }) => boolean, what: string): string {
  const doomed = findElements(xml, what, (local, depth) => depth === 1 && local === 'Relationship').filter(
    (el) => !keep({ id: el.attrs.Id ?? '', type: el.attrs.Type ?? '' }),
  );
  let out = xml;
  for (const el of doomed.reverse()) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}
