/**
 * What real Excel does to a write that the sample run in a perfect host never meets: protection,
 * a user typing in a cell, a merged undo group that gives up, a sheet renamed under the write.
 * Each behaviour is modelled in the fake first (see fake-excel.ts for the sources).
 */
import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { errorText } from '../../../src/core/messages/error-text';
import { RESTORE_SHEET_NAME } from '../../../src/core/restore/restore-sheet';
import { SUMMARY_SHEET_NAME } from '../../../src/core/summary/summary-sheet';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { fakeToGrid as rawGrid, type FakeExcel } from '../../helpers/fake-excel';
import { workbookCells } from '../../helpers/workbook-cells';
import { liveWorkbook, sampleGrid } from './office-test-workbooks';

/** What the workbook holds, cell by cell (trailing blanks left by a clear are no difference). */
const fakeToGrid = (fake: FakeExcel) => workbookCells(rawGrid(fake));

const NOW = new Date('2025-06-30T01:00:00Z');
const actionsOn = () => createWorkbookActions(createOfficeWorkbookPort(), { now: () => NOW });

/** The workbook after a clean grade of FY2024 (and a summary), for comparison with runs that met trouble. */
async function cleanRun(summary = false) {
  const live = liveWorkbook(sampleGrid());
  try {
    await actionsOn().grade({ year: 2024 });
    if (summary) await actionsOn().summarise({ year: 2024 });
    return fakeToGrid(live.fake);
  } finally {
    live.uninstall();
  }
}

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to fail');
}

/** Syncs of the run that writes (the merged one, or the first run after the read). */
function runOptions(fake: FakeExcel) {
  return fake.runs.map((r) => r.options);
}

describe('protected sheets and workbooks', () => {
  it('writes nothing to a protected indicator sheet and names it', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      live.fake.sheet('成果指標').protected = true;
      const before = fakeToGrid(live.fake);
      const error = await failure(actionsOn().grade({ year: 2024 }));
      expect(errorText(error).ja).toBe(
        'シート「成果指標」が保護されているため、何も書き込んでいません。［校閲］の［シート保護の解除］をしてから、もう一度実行してください。',
      );
      expect(fakeToGrid(live.fake)).toEqual(before);
      expect(live.fake.operations.filter((o) => o.kind !== 'activate')).toEqual([]);
    } finally {
      live.uninstall();
    }
  });

  it('writes nothing when the workbook structure is protected and a sheet would be added (the restore record, 評価集計)', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      live.fake.workbookProtected = true;
      const before = fakeToGrid(live.fake);
      const error = await failure(actionsOn().summarise({ year: 2024 }));
      expect(errorText(error).ja).toContain(
        `シート「${SUMMARY_SHEET_NAME}」「${RESTORE_SHEET_NAME}」を追加・削除・非表示にできず、何も書き込んでいません`,
      );
      expect(errorText(error).en).toContain('structure is protected');
      expect(fakeToGrid(live.fake)).toEqual(before);
    } finally {
      live.uninstall();
    }
  });

  it('grades a protected workbook whose sheets already exist and stay as they are (web)', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      await actionsOn().grade({ year: 2023 });
      live.fake.workbookProtected = true;
      await actionsOn().grade({ year: 2024 });
      expect(live.fake.sheet(RESTORE_SHEET_NAME).visibility).toBe('Hidden');
    } finally {
      live.uninstall();
    }
  });
});

describe('cell-edit mode', () => {
  it('every run waits for the user to finish typing instead of failing', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      live.fake.cellEditing = true;
      await actionsOn().grade({ year: 2024 });
      expect(live.fake.delayedSyncs).toBe(1);
      expect(runOptions(live.fake).every((o) => o?.delayForCellEdit === true)).toBe(true);
      expect(fakeToGrid(live.fake)).toEqual(await cleanRun());
    } finally {
      live.uninstall();
    }
  });

  it('a cell edit started between the requests of a write delays it and does not cut it in two', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      live.fake.beforeSync = (index) => {
        // Every second request meets the user typing.
        if (index % 2 === 1) live.fake.cellEditing = true;
      };
      await actionsOn().grade({ year: 2024 });
      await actionsOn().summarise({ year: 2024 });
      expect(live.fake.delayedSyncs).toBeGreaterThan(4);
      expect(live.fake.syncs.filter((s) => s.error)).toEqual([]);
      expect(fakeToGrid(live.fake)).toEqual(await cleanRun(true));
    } finally {
      live.uninstall();
    }
  });

  it('a summary that is written but cannot be brought to the front is no failure', async () => {
    const live = liveWorkbook(sampleGrid());
    const run = live.fake.run;
    (globalThis as unknown as { Excel: { run: unknown } }).Excel.run = (a: unknown, b?: unknown) => {
      // The activation is the run after the merged write.
      const previous = live.fake.runs[live.fake.runs.length - 1];
      if (previous?.options?.mergeUndoGroup)
        return Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' }));
      return run(a, b);
    };
    try {
      const result = await actionsOn().summarise({ year: 2024 });
      expect(result.sheetName).toBe(SUMMARY_SHEET_NAME);
      expect(live.fake.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET_NAME);
    } finally {
      live.uninstall();
    }
  });

  it('on desktop, a restore sheet that cannot be hidden after the write is no failure either', async () => {
    const live = liveWorkbook(sampleGrid(), { platform: 'PC' });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      live.fake.beforeSync = () => {
        // The run that hides the sheet meets a protected workbook (someone protected it meanwhile).
        if (live.fake.runs.length === 3) live.fake.workbookProtected = true;
      };
      const result = await actionsOn().grade({ year: 2024 });
      expect(result.changed.length).toBeGreaterThan(0);
      expect(warn).toHaveBeenCalledWith('Shinchoku: the restore sheet was not hidden', 'AccessDenied');
      expect(live.fake.sheet(RESTORE_SHEET_NAME).visibility).toBe('Visible');
    } finally {
      warn.mockRestore();
      live.uninstall();
    }
  });
});

describe('a merged undo group that Excel gives up on (UndoNotSupported)', () => {
  it.each([0, 3, 12])('after %i changes: the same changes run once more unmerged, and the result is a clean run’s', async (after) => {
    const live = liveWorkbook(sampleGrid(), { undoGroupFailsAfter: after });
    try {
      const result = await actionsOn().grade({ year: 2024 });
      expect(result.changed.length).toBeGreaterThan(0);
      const writes = runOptions(live.fake).slice(1);
      expect(writes).toEqual([{ mergeUndoGroup: true, delayForCellEdit: true }, { delayForCellEdit: true }]);
      expect(live.fake.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['UndoNotSupported']);
      expect(fakeToGrid(live.fake)).toEqual(await cleanRun());
      // The record and the cells agree: Restore brings back the original workbook.
      const restored = await actionsOn().restore();
      expect(restored).toMatchObject({ restored: true, conflicts: [] });
      expect(fakeToGrid(live.fake)).toEqual(fakeToGrid(liveWorkbook(sampleGrid()).fake));
    } finally {
      live.uninstall();
    }
  });
});

describe('a write cut short', () => {
  it('says that part may be written and that Restore undoes it; Restore then gives back the original', async () => {
    const live = liveWorkbook(sampleGrid());
    const original = fakeToGrid(live.fake);
    try {
      live.fake.beforeSync = (index) => {
        // The third request of the write run (its first batch of changes) meets a sheet just protected.
        const writeRun = live.fake.runs.length - 1;
        const ofRun = live.fake.syncs.filter((s) => s.run === writeRun).length;
        if (writeRun === 1 && ofRun === 3 && index > 0) live.fake.sheet('成果指標').protected = true;
      };
      const error = await failure(actionsOn().grade({ year: 2024 }));
      expect(errorText(error).ja).toMatch(
        /^Excel が書き込みを拒否しました.*一部のセルだけが変わっている可能性があります。［実行前に戻す］で書き込み前の状態に戻せます。$/,
      );
      expect(live.fake.sheets.map((s) => s.name)).toContain(RESTORE_SHEET_NAME);
      live.fake.beforeSync = undefined;
      live.fake.sheet('成果指標').protected = false;
      expect(await actionsOn().restore()).toMatchObject({ restored: true, conflicts: [] });
      expect(fakeToGrid(live.fake)).toEqual(original);
    } finally {
      live.uninstall();
    }
  });

  it('a sheet renamed between the read and the write: the friendly "workbook changed", nothing written', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      live.fake.beforeSync = () => {
        if (live.fake.runs.length === 2 && live.fake.sheets[1].name === '成果指標') live.fake.sheets[1].name = '成果指標（R6）';
      };
      const error = await failure(actionsOn().grade({ year: 2024 }));
      expect(errorText(error).ja).toBe(
        '読み込んだ後にブックが変更されました（シート「成果指標」がありません）。行の挿入・削除や入力が同時に行われた可能性があるため、何も書き込んでいません。もう一度実行してください。',
      );
      expect(live.fake.operations.filter((o) => o.kind !== 'activate')).toEqual([]);
    } finally {
      live.uninstall();
    }
  });
});

describe('co-authoring: what is checked again just before the write', () => {
  /** Runs `change` on the fake after the action's read, before its write. */
  function between(fake: FakeExcel, change: () => void) {
    const runs = fake.runs.length;
    fake.beforeSync = () => {
      if (fake.runs.length === runs + 2) {
        fake.beforeSync = undefined;
        change();
      }
    };
  }

  it('an actual typed over in a row being graded stops the grade', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const result = await actionsOn().validate({ year: 2024 });
      expect(result.errors).toBe(0);
      // 成果指標!K4: the FY2024 actual of the first indicator.
      between(live.fake, () => live.fake.sheet('成果指標').setRaw(3, 10, 1));
      const error = await failure(actionsOn().grade({ year: 2024 }));
      expect(errorText(error).ja).toContain('成果指標!K4');
      expect(live.fake.sheets.map((s) => s.name)).not.toContain(RESTORE_SHEET_NAME);
    } finally {
      live.uninstall();
    }
  });

  it('a 評価集計 taken over by hand since the read is not cleared', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      await actionsOn().summarise({ year: 2024 });
      const summary = live.fake.sheet(SUMMARY_SHEET_NAME);
      const marker = summary.values.findIndex((row) => typeof row[0] === 'string' && row[0].includes('作成しました'));
      between(live.fake, () => summary.setRaw(marker, 0, '会議資料用に手直し'));
      const error = await failure(actionsOn().summarise({ year: 2024 }));
      expect(errorText(error).ja).toContain(`${SUMMARY_SHEET_NAME}!A${marker + 1}`);
      expect(summary.value(marker, 0)).toBe('会議資料用に手直し');
    } finally {
      live.uninstall();
    }
  });

  it("another person's run recorded since the read is not overwritten by this run's record", async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      await actionsOn().grade({ year: 2023 });
      const record = live.fake.sheet(RESTORE_SHEET_NAME);
      const rows = record.values.length;
      between(live.fake, () => record.setRaw(rows, 0, '{"id":"someone else"}'));
      const error = await failure(actionsOn().grade({ year: 2024 }));
      expect(errorText(error).ja).toContain(`${RESTORE_SHEET_NAME}!A${rows + 1}`);
      expect(record.value(rows, 0)).toBe('{"id":"someone else"}');
    } finally {
      live.uninstall();
    }
  });
});
