import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { FAKE_PAYLOAD_LIMIT } from '../../helpers/fake-excel';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { generatedGrid, liveWorkbook, measure } from './office-test-workbooks';

interface Measured {
  validate: number;
  grade: number;
  gradeWrite: number;
  summarise: number;
  largestRequest: number;
  largestResponse: number;
  dataResponse: number;
  errors: number;
}

const SIZES = [10, 1_000, 50_000];
const measured = new Map<number, Measured>();

/** Validate, grade and summarise the generated area of n indicator rows on the fake, counting syncs. */
async function run(rows: number): Promise<Measured> {
  const live = liveWorkbook(generatedGrid(rows));
  try {
    const actions = createWorkbookActions(createOfficeWorkbookPort());
    const v = await measure(live.fake, () => actions.validate());
    const runsBefore = live.fake.runs.length;
    const g = await measure(live.fake, () => actions.grade());
    const gradeWrite = live.fake.syncs.filter((s) => s.run >= runsBefore + 1).length;
    const s = await measure(live.fake, () => actions.summarise());
    return {
      validate: v.syncs,
      grade: g.syncs,
      gradeWrite,
      summarise: s.syncs,
      largestRequest: Math.max(v.largestRequest, g.largestRequest, s.largestRequest),
      largestResponse: Math.max(v.largestResponse, g.largestResponse, s.largestResponse),
      dataResponse: v.totalResponse,
      errors: live.fake.syncs.filter((x) => x.error).length,
    };
  } finally {
    live.uninstall();
  }
}

beforeAll(async () => {
  for (const rows of SIZES) measured.set(rows, await run(rows));
}, 600_000);

describe('context.sync() counts per command', () => {
  it('are the same for 10 and 1,000 indicator rows: validate 4, grade 7, summarise 8', () => {
    const counts = (rows: number) => {
      const m = measured.get(rows)!;
      return { validate: m.validate, grade: m.grade, summarise: m.summarise };
    };
    // Summary: read 4, then the probe, the check that the restore record is still the one read, one batch, and activating the sheet.
    expect(counts(10)).toEqual({ validate: 4, grade: 7, summarise: 8 });
    expect(counts(1_000)).toEqual(counts(10));
  });

  it('write the grades in a probe, a check that the rows still hold what was read, then one batch; 50,000 rows need one more', () => {
    // At 50,000 rows the cells the write expects (each row's keys and the written cells) are over one 4 MB budget.
    expect(SIZES.map((rows) => measured.get(rows)!.gradeWrite)).toEqual([3, 3, 4]);
  });

  it('at 50,000 rows add only the syncs the 5 MB limit forces: every one stays under it and is well filled', () => {
    const m = measured.get(50_000)!;
    expect(m.errors).toBe(0);
    expect(m.largestRequest).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    expect(m.largestResponse).toBeLessThan(FAKE_PAYLOAD_LIMIT);
    // The read's data alone is over 12 MB, so it cannot fit in fewer than three 5 MB responses.
    expect(m.dataResponse).toBeGreaterThan(2.4 * FAKE_PAYLOAD_LIMIT);
    const dataSyncs = m.validate - 2;
    expect(dataSyncs).toBeLessThanOrEqual(Math.ceil(m.dataResponse / (0.6 * FAKE_PAYLOAD_LIMIT)));
    // Summary rewrites the restore record, which then holds the grade run's 100,000 saved cells too.
    expect({ validate: m.validate, grade: m.grade, summarise: m.summarise }).toEqual({ validate: 7, grade: 11, summarise: 13 });
  });
});
