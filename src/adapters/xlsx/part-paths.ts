/** Part names inside the package have no leading slash: "xl/worksheets/sheet1.xml". */

export function directoryOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function percentDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** A relationship target, relative to its source part (or absolute), as a part name. */
export function resolveTarget(sourcePart: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : directoryOf(sourcePart) + target;
  const out: string[] = [];
  for (const seg of percentDecode(joined).replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/** The target to store in `fromPart`'s relationships for `toPart`. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const dir = directoryOf(fromPart);
  return dir && toPart.startsWith(dir) ? toPart.slice(dir.length) : `/${toPart}`;
}
