/** @jest-environment jsdom */
import { act, screen } from '@testing-library/react';
import { message } from '../../../src/core/messages/catalogue';
import { installFakeOffice } from '../../helpers/fake-office';

/** Loads the pane's entry as the page does, into a fresh #root. */
async function startPane(): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  await act(async () => {
    await jest.isolateModulesAsync(async () => {
      await import('../../../src/addin/taskpane/index');
    });
  });
}

describe('the task pane before Excel answers', () => {
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('says in Japanese that office.js could not be loaded (a blocked CDN, a closed network) instead of a blank page', async () => {
    expect((globalThis as { Office?: unknown }).Office).toBeUndefined();
    Object.defineProperty(navigator, 'language', { value: 'ja-JP', configurable: true });
    await startPane();
    const alert = await screen.findByTestId('office-unavailable');
    expect(alert.textContent).toContain('Excel とつながっていません');
    expect(alert.textContent).toContain(message('UI_OFFICE_NOT_LOADED').ja);
    expect(alert.textContent).toContain('appsforoffice.microsoft.com');
  });

  it('says so when office.js loaded but Office never answers (the page opened outside Excel)', async () => {
    jest.useFakeTimers();
    (globalThis as { Office?: unknown }).Office = { onReady: () => new Promise(() => undefined) };
    await startPane();
    expect(screen.queryByTestId('office-unavailable')).toBeNull();
    await act(async () => {
      jest.advanceTimersByTime(14_000);
    });
    expect(screen.queryByTestId('office-unavailable')).toBeNull();
    await act(async () => {
      jest.advanceTimersByTime(1_000);
      // React's own scheduler runs on timers too.
      jest.runOnlyPendingTimers();
    });
    expect(screen.getByTestId('office-unavailable').textContent).toContain(message('UI_OFFICE_NO_HOST').ja);
  });

  it('shows the pane itself, in Office’s language, when Office answers, with the settings kept in the workbook', async () => {
    const documentSettings = new Map<string, unknown>([['shinchoku.pane', { year: 2023, previous: 'none', policyId: 'aomori-2020' }]]);
    const office = installFakeOffice({ displayLanguage: 'en-US', documentSettings });
    try {
      await startPane();
      expect(await screen.findByRole('button', { name: 'Validate' })).toBeTruthy();
      expect(screen.queryByTestId('office-unavailable')).toBeNull();
      expect(document.documentElement.lang).toBe('en');
      expect(screen.getByTestId('settings-toggle').textContent).toContain('FY2023 · No comparison');
    } finally {
      office.uninstall();
    }
  });
});
