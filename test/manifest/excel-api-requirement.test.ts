import { readFileSync } from 'node:fs';
import { ROOT, child, children, parseXml, readManifestText } from './manifest-xml';
import { type ApiUse, compareVersions, officeApiUses, sourceFiles } from './office-api-sets';

// manifest.xml's <Requirements> names the lowest ExcelApi set the add-in needs. This derives that
// set from the source: every Office.js member the add-in's code names (the Office adapter, the
// ribbon commands, the task pane), with its "[Api set: …]" from @types/office-js. A member of a
// higher set is allowed only where the code also asks Office for that very set and version with
// Office.context.requirements.isSetSupported(set, version) (e.g. mergeUndoGroup, ExcelApi 1.20).

jest.setTimeout(120_000);

const files = sourceFiles(ROOT, ['src/adapters/office', 'src/addin']);
const manifestSet = children(child(child(parseXml(readManifestText()), 'Requirements'), 'Sets'), 'Set')[0];

/** The requirement sets the code checks for at run time: set name -> versions. */
function guardedSets(): Map<string, string[]> {
  const guards = new Map<string, string[]>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/isSetSupported\(\s*['"`]([A-Za-z]+)['"`]\s*(?:,\s*['"`](\d+(?:\.\d+)*)['"`])?/g)) {
      guards.set(match[1], [...(guards.get(match[1]) ?? []), match[2] ?? '1.1']);
    }
  }
  return guards;
}

/**
 * A member counts as checked for when the code asks for exactly its set and version: a check for
 * ExcelApi 1.20 covers mergeUndoGroup (1.20), not a 1.13 method used elsewhere without a check.
 */
function isGuarded(use: ApiUse, guards: Map<string, string[]>): boolean {
  return (guards.get(use.set) ?? []).some((version) => compareVersions(version, use.version) === 0);
}

describe('the ExcelApi requirement set', () => {
  let uses: ApiUse[];
  let guards: Map<string, string[]>;

  beforeAll(() => {
    uses = officeApiUses(ROOT, files);
    guards = guardedSets();
  });

  it('finds the add-in source and the Excel APIs it uses', () => {
    expect(files.some((file) => file.includes('adapters/office'))).toBe(true);
    expect(uses.filter((use) => use.set === 'ExcelApi').length).toBeGreaterThan(10);
  });

  it('is the highest ExcelApi set among the members used without a run-time check', () => {
    const unguarded = uses.filter((use) => use.set === 'ExcelApi' && !isGuarded(use, guards));
    const highest = unguarded.reduce((max, use) => (compareVersions(use.version, max) > 0 ? use.version : max), '1.1');
    const deciding = [...new Set(unguarded.filter((use) => use.version === highest).map((use) => `${use.member} (${use.where})`))];
    expect({ manifest: manifestSet.attributes.MinVersion, needed: highest, deciding }).toEqual({
      manifest: highest,
      needed: highest,
      deciding,
    });
    expect(manifestSet.attributes.Name).toBe('ExcelApi');
  });

  it('members of other sets (ExcelApiDesktop, ExcelApiOnline, SharedRuntime, …) are used only after isSetSupported', () => {
    // Other hosts' sets tag shared members too (AddinCommands.Event.completed says Mailbox 1.3 for Outlook).
    const otherHosts = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Outlook|Project)/;
    const other = uses.filter((use) => use.set !== 'ExcelApi' && !otherHosts.test(use.set) && !isGuarded(use, guards));
    expect(other.map((use) => `${use.member}: ${use.set} ${use.version} (${use.where})`)).toEqual([]);
  });
});
