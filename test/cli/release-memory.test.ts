import { releaseMemory } from '../../src/cli/release-memory';

describe('releaseMemory', () => {
  it('collects what nothing holds any more, at once', async () => {
    let large: number[] | undefined = Array.from({ length: 1_000_000 }, (_, i) => i);
    const ref = new WeakRef(large);
    large = undefined;
    // a WeakRef's target is kept until the task that made it ends
    await new Promise((resolve) => setImmediate(resolve));
    releaseMemory();
    expect(ref.deref()).toBeUndefined();
  });
});
