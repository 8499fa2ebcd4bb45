import { escapeXmlAttr } from './xml-text';

const patterns = new Map<string, RegExp>();

/** One compiled pattern per attribute name: tags are rewritten by the hundred thousand when columns move. */
function attributePattern(name: string): RegExp {
  let pattern = patterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`);
    patterns.set(name, pattern);
  }
  return pattern;
}

/** Sets (or with null removes) one attribute on a raw start tag, leaving the rest of it as written. */
export function setTagAttribute(tag: string, name: string, value: string | null): string {
  const pattern = attributePattern(name);
  const m = pattern.exec(tag);
  const replacement = value === null ? '' : ` ${name}="${escapeXmlAttr(value)}"`;
  if (m) return tag.slice(0, m.index) + replacement + tag.slice(m.index + m[0].length);
  if (value === null) return tag;
  return tag.replace(/\s*(\/?>)$/, `${replacement}$1`);
}

/** `<x/>` → `<x>` so children can follow. */
export function openSelfClosingTag(tag: string): string {
  return tag.replace(/\s*\/>$/, '>');
}
