import { findElements } from './xml-elements';
import { prefixOf } from './xml-events';
import { escapeXmlAttr } from './xml-text';
import { openSelfClosingTag } from './xml-tag';

export const CONTENT_TYPES_PART = '[Content_Types].xml';
const WHAT = '[Content_Types].xml';

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
} as const;

function samePart(a: string, b: string): boolean {
  return a.replace(/^\//, '').toLowerCase() === b.replace(/^\//, '').toLowerCase();
}

export function addOverride(xml: string, part: string, contentType: string): string {
  const els = findElements(xml, WHAT, (local, depth) => depth === 0 || (depth === 1 && local === 'Override'));
  const root = els[0];
  if (els.some((el) => el.depth === 1 && samePart(el.attrs.PartName ?? '', part))) return xml;
  const el = `<${prefixOf(root.name)}Override PartName="/${escapeXmlAttr(part)}" ContentType="${escapeXmlAttr(contentType)}"/>`;
  if (root.selfClosing) {
    return xml.slice(0, root.start) + openSelfClosingTag(xml.slice(root.start, root.end)) + el + `</${root.name}>` + xml.slice(root.end);
  }
  return xml.slice(0, root.closeStart) + el + xml.slice(root.closeStart);
}

export function removeOverride(xml: string, part: string): string {
  const doomed = findElements(xml, WHAT, (local, depth) => depth === 1 && local === 'Override').filter((el) =>
    samePart(el.attrs.PartName ?? '', part),
  );
  let out = xml;
  for (const el of doomed.reverse()) out = out.slice(0, el.start) + out.slice(el.end);
  return out;
}
