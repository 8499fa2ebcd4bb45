import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allowListProblems, productionPackages, type AllowList } from './dependency-allow-list';

const ROOT = join(__dirname, '..', '..');
const read = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));
const pkg = read('package.json');
const lock = read('package-lock.json');
const list: AllowList = read('dependency-allow-list.json');

describe('the reviewed list of runtime dependencies', () => {
  it('covers every production package of package.json and the lockfile, and nothing more', () => {
    expect(allowListProblems(pkg, lock, list)).toEqual([]);
    // the runtime tree really is in the lockfile: the direct dependencies and what they bring
    expect(productionPackages(lock)).toEqual(expect.arrayContaining(['react', 'zod', 'fflate', 'scheduler']));
    expect(productionPackages(lock)).not.toContain('jest');
  });

  it('fails for a dependency added without review, a transitive one too, and for one with no reason', () => {
    const added = { ...pkg, dependencies: { ...pkg.dependencies, 'left-pad': '^1.3.0' } };
    const locked = {
      packages: {
        ...lock.packages,
        'node_modules/left-pad': { version: '1.3.0' },
        'node_modules/react-dom/node_modules/tiny-helper': { version: '0.1.0' },
      },
    };
    expect(allowListProblems(added, locked, list)).toEqual([
      'package.json dependency "left-pad" is not in dependency-allow-list.json "direct" with a reason',
      'runtime package "left-pad" (package-lock.json) is not in dependency-allow-list.json',
      'runtime package "tiny-helper" (package-lock.json) is not in dependency-allow-list.json',
    ]);
    const noReason = { ...list, direct: { ...list.direct, zod: ' ' } };
    expect(allowListProblems(pkg, lock, noReason)).toEqual([
      'package.json dependency "zod" is not in dependency-allow-list.json "direct" with a reason',
    ]);
  });

  it('a dev dependency needs no entry: only what ships is reviewed here', () => {
    const devAdded = { packages: { ...lock.packages, 'node_modules/some-test-tool': { version: '1.0.0', dev: true } } };
    expect(allowListProblems(pkg, devAdded, list)).toEqual([]);
  });
});
