/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { isDarkTheme } from '../../../src/addin/taskpane/office-display';
import { languageOf } from '../../../src/core/messages/language';
import { UsageError } from '../../../src/use-cases/resolve-year';
import type { ValidateResult, WorkbookActions } from '../../../src/use-cases/workbook-session';
import { ja, lastResult, renderPane, openSettings } from '../../helpers/render-pane';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('task pane: language, theme, progress and errors', () => {
  it('speaks English when Office does', async () => {
    const { user, actions } = renderPane({ language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Progress evaluation' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Actions' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    const results = await screen.findByRole('region', { name: 'Validation' });
    const validated = await lastResult(actions.validate);
    expect(within(results).getByTestId('validation-counts').textContent).toBe(`0 errors / ${validated.warnings} warnings`);
    expect(within(results).getByRole('group', { name: /Heading count differs/ })).toBeTruthy();
    expect(
      within(results).getByRole('button', {
        name: /^Warning at 事業一覧!B22: Heading "3 圏域全体の生活関連機能サービスの向上 \(37 事業\)" states 37 projects, but 39 are listed under it\./,
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Grade' }));
    const graded = await screen.findByRole('region', { name: 'FY2024 grading' });
    expect(within(graded).getByText('60 cells updated / 0 kept')).toBeTruthy();
    expect(within(graded).getByRole('button', { name: /: B · 86\.5% \(updated from 成果指標!M9 \(blank\)\)/ })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Summary' }));
    const summary = await screen.findByRole('region', { name: 'FY2024 summary' });
    expect(within(summary).getByTestId('summary-headline').textContent).toBe(
      'Relatively on track (A+B)10 items 17.5%57 projects, 57 items',
    );
    expect(within(summary).getByTestId('summary-notes').textContent).toContain(
      'FY2023 has no actuals or grades in the workbook, so there is no comparison.',
    );
    expect(within(summary).getByTestId('summary-notes').textContent).toContain(
      'The 47 "-" items: no actual yet 44, no target for the year 3',
    );
    expect(within(summary).getByRole('button', { name: 'Show the 評価集計 sheet' })).toBeTruthy();
  });

  it('renders in the dark theme', async () => {
    const { user, container } = renderPane({ dark: true });
    const root = container.querySelector('[data-theme]') as HTMLElement;
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.colorScheme).toBe('dark');
    // FluentProvider sets the dark theme's tokens: the neutral background is dark
    const provider = container.querySelector('.fui-FluentProvider') as HTMLElement;
    const css = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((r) => r.cssText)).join('\n');
    const rule = [...provider.classList]
      .map((c) => new RegExp(`\\.${c}\\s*\\{[^}]*--colorNeutralBackground1:\\s*(#[0-9a-f]{6})`, 'i').exec(css))
      .find(Boolean);
    expect(rule).toBeTruthy();
    expect(isDarkTheme({ bodyBackgroundColor: rule![1] })).toBe(true);
    await user.click(screen.getByRole('button', { name: '検証' }));
    expect(await screen.findByRole('region', { name: '検証結果' })).toBeTruthy();
  });

  it('shows a progress indicator while an action runs, with every action inert until it ends', async () => {
    const gate = deferred<void>();
    const { user, actions } = renderPane({
      actions: (real): WorkbookActions => ({
        ...real,
        validate: async (options) => {
          await gate.promise;
          return real.validate(options);
        },
      }),
    });
    await user.click(screen.getByRole('button', { name: '検証' }));
    const status = screen.getByRole('status');
    expect(within(status).getByRole('progressbar', { name: '検証しています…' })).toBeTruthy();
    expect(status.textContent).toContain('検証しています…');
    for (const name of ['検証', '評価', '集計']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBe('true');
    }
    // a click on an inert button starts nothing
    await user.click(screen.getByRole('button', { name: '評価' }));
    expect(actions.grade).not.toHaveBeenCalled();
    gate.resolve();
    await screen.findByRole('region', { name: '検証結果' });
    expect(within(screen.getByRole('status')).queryByRole('progressbar')).toBeNull();
    for (const name of ['検証', '評価', '集計']) {
      expect(screen.getByRole('button', { name }).getAttribute('aria-disabled')).toBeNull();
    }
  });

  it('shows a UsageError in a MessageBar, in the pane language, and lets it be dismissed', async () => {
    const { user } = renderPane({
      actions: (real): WorkbookActions => ({
        ...real,
        grade: () =>
          Promise.reject(
            new UsageError({
              ja: '2030年度の目標値・実績値の列（または行）がブックにありません。',
              en: 'The workbook has no columns for FY2030.',
            }),
          ),
      }),
    });
    await user.click(screen.getByRole('button', { name: '評価' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('処理できませんでした');
    expect(bar.textContent).toContain('2030年度の目標値・実績値の列（または行）がブックにありません。');
    expect(screen.queryByRole('region', { name: /の評価$/ })).toBeNull();
    await user.click(within(bar).getByRole('button', { name: '閉じる' }));
    expect(screen.queryByTestId('error-bar')).toBeNull();
  });

  it('shows the engine’s own UsageError for a year the workbook lacks (the real resolveYear)', async () => {
    let calls = 0;
    const { user } = renderPane({
      language: 'en',
      actions: (real): WorkbookActions => ({
        ...real,
        // the first validate reports a year the sample does not have, so it can be picked
        validate: async (options) => {
          const r: ValidateResult = await real.validate(options);
          return calls++ === 0 ? { ...r, years: [...r.years, 2030] } : r;
        },
      }),
    });
    await user.click(screen.getByRole('button', { name: 'Validate' }));
    await screen.findByRole('region', { name: 'Validation' });
    await openSettings(user);
    await user.click(screen.getByRole('combobox', { name: 'Fiscal year' }));
    await user.click(screen.getByRole('option', { name: 'FY2030' }));
    await user.click(screen.getByRole('button', { name: 'Grade' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('Could not finish');
    expect(bar.textContent).toContain('The workbook has no target/actual columns (or rows) for FY2030; it has FY2023, FY2024.');
  });

  it('says what Excel refused by its code, in the pane’s language, and an unknown code as unexpected', async () => {
    const { user } = renderPane({
      actions: (real): WorkbookActions => ({
        ...real,
        summarise: () =>
          Promise.reject(
            Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }),
          ),
        select: () => Promise.reject(Object.assign(new Error('ItemNotFound'), { code: 'Conflict' })),
      }),
    });
    await user.click(screen.getByRole('button', { name: '集計' }));
    await waitFor(() => expect(screen.getByTestId('error-bar').textContent).toContain(ja('HOST_ERROR_PAYLOAD')));
    await user.click(screen.getByRole('button', { name: /事業一覧!B22/ }));
    await waitFor(() =>
      expect(screen.getByTestId('error-bar').textContent).toContain('予期しないエラーが起きました（エラーコード: Conflict）。'),
    );
  });
});

describe('office-display: what index.tsx reads from Office', () => {
  it('picks Japanese for ja* display languages and English otherwise', () => {
    expect(languageOf('ja-JP')).toBe('ja');
    expect(languageOf('ja')).toBe('ja');
    expect(languageOf('JA-jp')).toBe('ja');
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('jv-ID')).toBe('en');
    expect(languageOf(undefined)).toBe('en');
  });

  it('calls a theme dark by its body background', () => {
    expect(isDarkTheme({ bodyBackgroundColor: '#1F1F1F' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#262626' })).toBe(true);
    expect(isDarkTheme({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: '#E6E6E6' })).toBe(false);
    expect(isDarkTheme(undefined)).toBe(false);
    expect(isDarkTheme({ bodyBackgroundColor: 'not a colour' })).toBe(false);
  });
});

describe('where to start', () => {
  it('says to start with 検証, draws it as the primary button until the workbook is validated, then 評価', async () => {
    const { user } = renderPane();
    const primary = () =>
      within(screen.getByRole('group', { name: ja('UI_ACTIONS') }))
        .getAllByRole('button')
        .filter((b) => b.hasAttribute('data-next-step'))
        .map((b) => b.textContent);
    expect(screen.getByTestId('first-run-hint').textContent).toBe(ja('UI_FIRST_RUN_HINT'));
    expect(primary()).toEqual([ja('UI_VALIDATE')]);
    await user.click(screen.getByRole('button', { name: ja('UI_VALIDATE') }));
    await screen.findByRole('region', { name: ja('UI_VALIDATION_HEADING') });
    expect(screen.queryByTestId('first-run-hint')).toBeNull();
    expect(primary()).toEqual([ja('UI_GRADE')]);
  });
});
