/** The runtime packages a package.json and its lockfile bring in, checked against the reviewed list. */

export interface AllowList {
  direct: Record<string, string>;
  transitive: string[];
}

interface Lockfile {
  packages: Record<string, { dev?: boolean; devOptional?: boolean }>;
}

/** Package names installed for production: every lockfile entry not marked dev (or dev-or-optional). */
export function productionPackages(lock: Lockfile): string[] {
  const names = Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && !entry.dev && !entry.devOptional)
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
  return [...new Set(names)].sort();
}

/** What to review: packages not on the list, direct dependencies without a reason, entries no longer installed. */
export function allowListProblems(pkg: { dependencies?: Record<string, string> }, lock: Lockfile, list: AllowList): string[] {
  const problems: string[] = [];
  const direct = Object.keys(pkg.dependencies ?? {});
  const allowed = new Set([...Object.keys(list.direct), ...list.transitive]);
  for (const name of direct) {
    if (!(list.direct[name] ?? '').trim())
      problems.push(`package.json dependency "${name}" is not in dependency-allow-list.json "direct" with a reason`);
  }
  const installed = productionPackages(lock);
  for (const name of installed)
    if (!allowed.has(name)) problems.push(`runtime package "${name}" (package-lock.json) is not in dependency-allow-list.json`);
  const present = new Set(installed);
  for (const name of allowed)
    if (!present.has(name)) problems.push(`"${name}" is on dependency-allow-list.json but no longer installed: remove it`);
  return problems;
}
