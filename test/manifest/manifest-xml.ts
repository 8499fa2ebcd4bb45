import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';

/** Helpers for the manifest tests: manifest.xml parsed with saxes into a small element tree. */

export const ROOT = join(__dirname, '..', '..');
export const MANIFEST_PATH = join(ROOT, 'manifest.xml');

export const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  ov: 'http://schemas.microsoft.com/office/taskpaneappversionoverrides',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

export interface XmlElement {
  /** Local name, without prefix. */
  name: string;
  /** Namespace URI. */
  uri: string;
  /** Attributes by local name (xsi:type is under 'type'). */
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element, trimmed. */
  text: string;
  parent?: XmlElement;
}

/** Parses XML with namespaces; throws on anything not well-formed. */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      attributes[attribute.local] = attribute.value;
    }
    const parent = stack[stack.length - 1];
    const element: XmlElement = { name: tag.local, uri: tag.uri, attributes, children: [], text: '', parent };
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (text) => {
    const current = stack[stack.length - 1];
    if (current) current.text += text;
  });
  parser.on('closetag', () => {
    const element = stack.pop();
    if (element) element.text = element.text.trim();
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

export function readManifestText(): string {
  return readFileSync(MANIFEST_PATH, 'utf8');
}

/** Every element below (and including) root, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    out.push(element);
    element.children.forEach(visit);
  };
  visit(root);
  return out;
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

export function child(element: XmlElement, name: string): XmlElement {
  const found = children(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}

/** The slash-separated path of local names from the root, for messages. */
export function elementPath(element: XmlElement): string {
  const names: string[] = [];
  for (let current: XmlElement | undefined = element; current; current = current.parent) {
    names.unshift(current.attributes.id ? `${current.name}[${current.attributes.id}]` : current.name);
  }
  return names.join('/');
}

/** Every absolute URL in the manifest: DefaultValue/Value attributes and element text that start with a scheme. */
export function manifestUrls(root: XmlElement): { where: string; url: string }[] {
  const urls: { where: string; url: string }[] = [];
  for (const element of allElements(root)) {
    for (const [attribute, value] of Object.entries(element.attributes)) {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) urls.push({ where: `${elementPath(element)}@${attribute}`, url: value });
    }
    if (element.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(element.text)) {
      urls.push({ where: elementPath(element), url: element.text });
    }
  }
  return urls;
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG file');
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without IHDR first');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
