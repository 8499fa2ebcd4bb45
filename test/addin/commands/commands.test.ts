import { commandHandler, COMMAND_FUNCTIONS, type CommandFunction } from '../../../src/addin/commands/commands';
import { failureText } from '../../../src/addin/commands/command-text';
import { languageOf } from '../../../src/core/messages/language';
import { notificationUrl } from '../../../src/addin/commands/show-notification';
import { UsageError } from '../../../src/use-cases/resolve-year';
import { WorkbookChangedError } from '../../../src/core/workbook/expected-cells';
import { fakeToGrid, type FakeExcel } from '../../helpers/fake-excel';
import { installFakeOffice } from '../../helpers/fake-office';
import { workbookCells } from '../../helpers/workbook-cells';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';
import { liveWorkbook, sampleGrid } from '../../adapters/office/office-test-workbooks';

const BASE = 'https://localhost:3000/commands.html';

/** Runs a ribbon command the way Excel does: an event whose completed() must be called. */
function click(name: CommandFunction, timeoutMs?: number, now?: () => number) {
  const completed = jest.fn();
  const done = commandHandler(name, { notification: { baseUrl: BASE, timeoutMs }, now })({
    completed,
  } as unknown as Office.AddinCommands.Event);
  return { completed, done };
}

function shown(url: string) {
  const u = new URL(url);
  return {
    path: u.pathname,
    text: u.searchParams.get('text') ?? '',
    title: u.searchParams.get('title'),
    tone: u.searchParams.get('tone'),
    lang: u.searchParams.get('lang'),
    close: u.searchParams.get('close'),
  };
}

describe('ribbon command registration', () => {
  it('associates exactly the four FunctionNames of the manifest', () => {
    const office = installFakeOffice();
    try {
      jest.isolateModules(() => {
        // The module registers its handlers when it loads: load it afresh under the fake Office.
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        require('../../../src/addin/commands/commands');
      });
      expect([...office.associations.keys()]).toEqual(['validateWorkbook', 'gradeWorkbook', 'summariseWorkbook', 'restoreWorkbook']);
      expect(COMMAND_FUNCTIONS).toEqual(['validateWorkbook', 'gradeWorkbook', 'summariseWorkbook', 'restoreWorkbook']);
    } finally {
      office.uninstall();
    }
  });
});

describe('ribbon commands on a workbook', () => {
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    // Failures are logged for the developer console; the user reads the notification.
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => quiet.mockRestore());

  it('Validate shows the counts in Japanese and completes only once the notification is closed', async () => {
    const live = liveWorkbook(sampleGrid(), { displayLanguage: 'ja-JP' });
    try {
      const { completed, done } = click('validateWorkbook');
      const dialog = await live.office.nextDialog();
      const note = shown(dialog.url);
      expect(note.path).toBe('/notification.html');
      expect(note.text).toMatch(/^検証しました: エラー 0件 \/ 警告 50件\n/);
      expect(note.text).toContain('作業ウィンドウ');
      expect(note).toMatchObject({ title: '進捗評価', tone: 'info', lang: 'ja', close: '閉じる' });
      expect(completed).not.toHaveBeenCalled();
      dialog.pressClose();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(dialog.closed).toBe(true);
    } finally {
      live.uninstall();
    }
  });

  it('Grade writes the grades and reports them in English for an English Office', async () => {
    const live = liveWorkbook(sampleGrid(), { displayLanguage: 'en-US' });
    try {
      const { completed, done } = click('gradeWorkbook');
      const dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toMatch(/^FY2024 graded: 60 cells updated(?!, )/);
      dialog.dismiss();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(live.fake.runs.some((r) => r.options?.mergeUndoGroup)).toBe(true);
    } finally {
      live.uninstall();
    }
  });

  it('Summary builds 評価集計 and gives its headline', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const { completed, done } = click('summariseWorkbook');
      const dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toMatch(/^「評価集計」シートを作成しました: 比較的順調 \d+項目 \d+\.\d%/);
      dialog.pressClose();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(live.fake.activeSheet).toBe('評価集計');
    } finally {
      live.uninstall();
    }
  });

  it('Restore undoes the last Grade; with a cell changed since, it restores nothing and points to the pane', async () => {
    const live = liveWorkbook(sampleGrid(), { displayLanguage: 'ja-JP' });
    try {
      const original = workbookCells(fakeToGrid(live.fake));
      for (const name of ['gradeWorkbook', 'gradeWorkbook'] as const) {
        const grade = click(name);
        (await live.office.nextDialog()).pressClose();
        await grade.done;
      }
      // the second Grade changed nothing, so there is one run to undo
      live.fake.sheet('成果指標').setRaw(8, 12, 0.9);
      let restore = click('restoreWorkbook');
      let dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toBe(
        '1か所が書き込み後に変更されているため、何も元に戻していません。\n作業ウィンドウ「進捗評価」の［実行前に戻す］で、変更されたセルを確認してから元に戻せます。',
      );
      dialog.pressClose();
      await restore.done;
      expect(restore.completed).toHaveBeenCalledTimes(1);

      live.fake.sheet('成果指標').setRaw(8, 12, 43698 / 50500);
      restore = click('restoreWorkbook');
      dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toMatch(
        /^令和\d+年\d+月\d+日 \d\d:\d\d の評価（令和6年度（2024年度））を元に戻しました: 60セル、シート 0件\nこれより前に元に戻せる書き込みはありません。$/,
      );
      dialog.pressClose();
      await restore.done;
      expect(workbookCells(fakeToGrid(live.fake))).toEqual(original);
    } finally {
      live.uninstall();
    }
  });

  it('says in the user’s language when rows moved under a write (co-authoring)', () => {
    const error = new WorkbookChangedError([{ sheet: '成果指標', row: 5, col: 1, value: 1, address: '成果指標!B6', actual: 2 }]);
    expect(failureText(error, 'ja')).toBe(
      '処理できませんでした: 読み込んだ後にブックが変更されました（成果指標!B6: 「1」→「2」）。行の挿入・削除や入力が同時に行われた可能性があるため、何も書き込んでいません。もう一度実行してください。',
    );
    expect(failureText(error, 'en')).toMatch(/^Could not finish: The workbook changed after it was read \(成果指標!B6: "1" → "2"\)\./);
  });

  it('reports the engine’s own error in the user’s language and still completes', async () => {
    const live = liveWorkbook(workbook(sheetGrid('Sheet1', [['メモ']])));
    try {
      const { completed, done } = click('gradeWorkbook');
      const dialog = await live.office.nextDialog();
      const note = shown(dialog.url);
      expect(note.tone).toBe('error');
      expect(note.title).toBe('進捗評価: エラー');
      expect(note.text).toMatch(/^処理できませんでした: 実績値の入った年度が見つかりません/);
      dialog.pressClose();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      live.uninstall();
    }
  });

  it('names a protected sheet, writes nothing and still completes', async () => {
    const live = liveWorkbook(sampleGrid());
    live.fake.sheet('成果指標').protected = true;
    const before = fakeToGrid(live.fake);
    try {
      const { completed, done } = click('gradeWorkbook');
      const dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toBe(
        '処理できませんでした: シート「成果指標」が保護されているため、何も書き込んでいません。［校閲］の［シート保護の解除］をしてから、もう一度実行してください。',
      );
      dialog.dismiss();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(fakeToGrid(live.fake)).toEqual(before);
    } finally {
      live.uninstall();
    }
  });

  it('completes when the notification cannot be shown (declined on the web, 12009)', async () => {
    const live = liveWorkbook(sampleGrid(), { dialogError: 12009 });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const { completed, done } = click('validateWorkbook');
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(warn).toHaveBeenCalled();
    } finally {
      warn.mockRestore();
      live.uninstall();
    }
  });

  it('completes when the Dialog API itself throws', async () => {
    const live = liveWorkbook(sampleGrid());
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    (globalThis as unknown as { Office: typeof Office }).Office.context.ui.displayDialogAsync = () => {
      throw new Error('no dialog here');
    };
    try {
      const { completed, done } = click('validateWorkbook');
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      warn.mockRestore();
      live.uninstall();
    }
  });

  it('closes a notification nobody closes before Excel’s five-minute command limit', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const { completed, done } = click('validateWorkbook', 20);
      const dialog = await live.office.nextDialog();
      await done;
      expect(dialog.closed).toBe(true);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      live.uninstall();
    }
  });
});

describe('command text', () => {
  it('picks Japanese for any ja-* display language and English otherwise', () => {
    expect(languageOf('ja-JP')).toBe('ja');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('explains failures: the engine’s bilingual errors, Excel’s refusals by code, anything else as unexpected with its code', () => {
    expect(failureText(new UsageError({ ja: '年度が違います', en: 'Wrong year' }), 'en')).toBe('Could not finish: Wrong year');
    expect(failureText(Object.assign(new Error('x'), { code: 'InvalidOperationInCellEditMode' }), 'ja')).toContain('セルを編集中です');
    // Microsoft: an error's message is not for end users; the code is shown instead.
    expect(failureText(new TypeError('x is undefined'), 'en')).toBe(
      'Could not finish: An unexpected error occurred (error code: TypeError).',
    );
    expect(failureText(Object.assign(new Error('Zugriff verweigert'), { code: 'AccessDenied' }), 'en')).toBe(
      'Could not finish: Excel refused to write (the sheet or workbook may be protected, or the file opened read-only).',
    );
    expect(failureText(Object.assign(new Error('?'), { code: 'InactiveWorkbook' }), 'ja')).toContain('このブックが前面にありません');
    expect(failureText(Object.assign(new Error('?'), { code: 'UndoNotSupported' }), 'ja')).toContain('［元に戻す］（Ctrl+Z）1 回分');
    expect(failureText('??', 'ja')).toBe('処理できませんでした: 予期しないエラーが起きました（エラーコード: string）。');
  });

  it('puts the notification page beside the commands page, with every word in its URL', () => {
    const url = new URL(notificationUrl('一行目\n二行目 & more', 'info', 'ja', 'https://example.org/addin/commands.html'));
    expect(url.origin + url.pathname).toBe('https://example.org/addin/notification.html');
    expect(url.searchParams.get('text')).toBe('一行目\n二行目 & more');
  });
});

describe('the five-minute limit of ribbon commands', () => {
  let quiet: jest.SpyInstance;
  beforeEach(() => {
    quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => quiet.mockRestore());

  /** A clock that moves `msPerRequest` with every context.sync() (a slow network, a large workbook). */
  function slowHost(fake: FakeExcel, msPerRequest: number) {
    let t = 1_000_000;
    fake.beforeSync = () => void (t += msPerRequest);
    return () => t;
  }

  it('stops before writing when the read shows the write would not finish well within the limit, and points to the pane', async () => {
    const live = liveWorkbook(sampleGrid());
    const before = workbookCells(fakeToGrid(live.fake));
    try {
      // Each request takes 30 s: the read alone takes two minutes.
      const { completed, done } = click('gradeWorkbook', undefined, slowHost(live.fake, 30_000));
      const dialog = await live.office.nextDialog();
      expect(shown(dialog.url).text).toMatch(
        /^処理できませんでした: この処理には時間がかかる見込みです（約\d+分）。リボンのボタンは Excel によって 5 分で打ち切られるため、何も書き込まずに止めました。作業ウィンドウ「進捗評価」から実行してください。$/,
      );
      dialog.pressClose();
      await done;
      expect(completed).toHaveBeenCalledTimes(1);
      expect(workbookCells(fakeToGrid(live.fake))).toEqual(before);
    } finally {
      live.uninstall();
    }
  });

  it('writes when the same run fits (a fast host), and the task pane has no such limit', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const { done } = click('gradeWorkbook', 10, slowHost(live.fake, 50));
      await live.office.nextDialog();
      await done;
      expect(live.fake.sheets.map((s) => s.name)).toContain('進捗_元に戻す');
    } finally {
      live.uninstall();
    }
  });

  it('closes the notification four and a half minutes after the click, not after it opened', async () => {
    const live = liveWorkbook(sampleGrid());
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      // The validation took four minutes: 30 s are left for the notification.
      const clock = slowHost(live.fake, 60_000);
      const { completed, done } = click('validateWorkbook', undefined, clock);
      const opened = live.office.nextDialog();
      await jest.advanceTimersByTimeAsync(1);
      const dialog = await opened;
      await jest.advanceTimersByTimeAsync(29_000);
      expect(dialog.closed).toBe(false);
      await jest.advanceTimersByTimeAsync(1_000);
      await done;
      expect(dialog.closed).toBe(true);
      expect(completed).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
      live.uninstall();
    }
  });
});
