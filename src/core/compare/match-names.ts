import { nameProfile, profileSimilarity } from '../values/project-name';

/** Names this alike are the same project renamed (「RPA活用推進事務」 → 「RPA活用推進事業」: 0.88). */
export const SAME_NAME_SIMILARITY = 0.6;
/**
 * Between two matched neighbours, a lone unmatched pair this alike is taken as one project renamed
 * (「農業移住・新規就農サポート事業」 → 「あおもり就農サポートセンター管理運営事業」: 0.38), and shown to be confirmed.
 */
export const NEIGHBOUR_SIMILARITY = 0.3;
/**
 * When the window between two matched neighbours holds one unmatched item on each side, and the new
 * one does not say it is new (新規), names this alike are paired (「観光ＰＲ事業」 → 「観光プロモーション事業」: 0.27).
 */
export const LONE_PAIR_SIMILARITY = 0.2;

export interface NamePair {
  old: number;
  new: number;
  similarity: number;
  byPosition: boolean;
}

/**
 * Pairs the items of two ordered lists by name: the same name first (but for 「(仮称)」, spaces and
 * spelling variants), then the most alike names above SAME_NAME_SIMILARITY (the nearer in the list
 * first on a tie), then, between two pairs already made, an item left on each side whose names are
 * at least NEIGHBOUR_SIMILARITY alike. Indexes into the lists; each item is paired at most once.
 */
export function matchNames(
  oldNames: readonly string[],
  newNames: readonly string[],
  options: {
    neighbours: boolean;
    /** Whether a new item may be paired by its place alone: not one the register marks 新規. */
    placeable?: (n: number) => boolean;
    /** Pair the lone items of a window down to LONE_PAIR_SIMILARITY (projects: a register keeps its order). */
    lonePairs?: boolean;
  } = { neighbours: true },
): NamePair[] {
  const pairs: NamePair[] = [];
  const oldTaken = new Set<number>();
  const newTaken = new Set<number>();
  const take = (o: number, n: number, similarity: number, byPosition: boolean) => {
    pairs.push({ old: o, new: n, similarity, byPosition });
    oldTaken.add(o);
    newTaken.add(n);
  };

  const oldProfiles = oldNames.map(nameProfile);
  const newProfiles = newNames.map(nameProfile);
  const newByKey = new Map<string, number[]>();
  newProfiles.forEach(({ key }, n) => newByKey.set(key, [...(newByKey.get(key) ?? []), n]));
  oldProfiles.forEach(({ key }, o) => {
    const n = newByKey.get(key)?.find((i) => !newTaken.has(i));
    if (n !== undefined) take(o, n, 1, false);
  });

  const alike = (min: number, allowed: (o: number, n: number, s: number) => boolean) => {
    const candidates: { o: number; n: number; s: number }[] = [];
    oldProfiles.forEach((a, o) => {
      if (oldTaken.has(o)) return;
      newProfiles.forEach((b, n) => {
        if (newTaken.has(n)) return;
        const s = profileSimilarity(a, b);
        if (s >= min && allowed(o, n, s)) candidates.push({ o, n, s });
      });
    });
    candidates.sort((x, y) => y.s - x.s || Math.abs(x.o - x.n) - Math.abs(y.o - y.n));
    for (const c of candidates) if (!oldTaken.has(c.o) && !newTaken.has(c.n)) take(c.o, c.n, c.s, min < SAME_NAME_SIMILARITY);
  };
  alike(SAME_NAME_SIMILARITY, () => true);

  // the window an unmatched old item may go to: between where its matched neighbours went
  const newOf = new Map(pairs.map((p) => [p.old, p.new]));
  const matchedOld = [...newOf.keys()].sort((a, b) => a - b);
  const windows = new Map<number, [number, number]>();
  const window = (o: number): [number, number] => {
    let w = windows.get(o);
    if (!w) {
      const before = matchedOld.filter((i) => i < o).at(-1);
      const after = matchedOld.find((i) => i > o);
      w = [before === undefined ? -1 : newOf.get(before)!, after === undefined ? newNames.length : newOf.get(after)!];
      windows.set(o, w);
    }
    return w;
  };
  if (!options.neighbours) return pairs.sort((a, b) => a.old - b.old);
  const placeable = options.placeable ?? (() => true);
  const inWindow = (o: number, n: number) => {
    const [before, after] = window(o);
    return before < n && n < after && placeable(n);
  };
  // a lone pair: the only unmatched item on each side of its window (counted once per window)
  const oldInWindow = new Map<string, number>();
  oldNames.forEach((_, o) => oldTaken.has(o) || oldInWindow.set(`${window(o)}`, (oldInWindow.get(`${window(o)}`) ?? 0) + 1));
  const newInWindow = new Map<string, number>();
  const newCount = (o: number) => {
    const key = `${window(o)}`;
    let count = newInWindow.get(key);
    if (count === undefined) {
      const [before, after] = window(o);
      count = 0;
      for (let n = before + 1; n < after; n++) if (!newTaken.has(n) && placeable(n)) count++;
      newInWindow.set(key, count);
    }
    return count;
  };
  const lone = (o: number) => options.lonePairs === true && oldInWindow.get(`${window(o)}`) === 1 && newCount(o) === 1;
  alike(LONE_PAIR_SIMILARITY, (o, n, s) => inWindow(o, n) && (s >= NEIGHBOUR_SIMILARITY || lone(o)));
  return pairs.sort((a, b) => a.old - b.old);
}
