import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/addin/taskpane/app';
import type { SettingsStore } from '../../src/addin/taskpane/hooks/use-pane-settings';
import { createWorkbookActions, type ActionOptions, type PickedFile, type WorkbookActions } from '../../src/use-cases/workbook-session';
import { message, type MessageArgs, type MessageCode } from '../../src/core/messages/catalogue';
import { MemoryWorkbookPort, sampleGrid } from './memory-workbook-port';

/** What jsdom lacks and Fluent UI asks for: ResizeObserver (MessageBar reflow), matchMedia (motion), scrolling. */
export function installDomPolyfills(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    };
  }
  if (!window.matchMedia) {
    window.matchMedia = (query: string) =>
      ({
        matches: false,
        media: query,
        onchange: null,
        addListener() {},
        removeListener() {},
        addEventListener() {},
        removeEventListener() {},
        dispatchEvent: () => false,
      }) as MediaQueryList;
  }
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = function scrollIntoView() {};
}

export type SpiedActions = { [K in keyof WorkbookActions]: jest.Mock<ReturnType<WorkbookActions[K]>, Parameters<WorkbookActions[K]>> };

/** Every action of `actions`, still doing the real work, recorded by jest. */
export function spyOn(actions: WorkbookActions): SpiedActions {
  return {
    validate: jest.fn((o?: ActionOptions) => actions.validate(o)),
    grade: jest.fn((o?: ActionOptions) => actions.grade(o)),
    summarise: jest.fn((o?: ActionOptions) => actions.summarise(o)),
    trend: jest.fn((o?: ActionOptions) => actions.trend(o)),
    boxes: jest.fn((o?: ActionOptions) => actions.boxes(o)),
    restore: jest.fn((o?: ActionOptions) => actions.restore(o)),
    compare: jest.fn((f: PickedFile, o?: ActionOptions) => actions.compare(f, o)),
    select: jest.fn((s: string, r: number, c: number) => actions.select(s, r, c)),
    activate: jest.fn((s: string) => actions.activate(s)),
  };
}

export interface PaneOptions {
  port?: MemoryWorkbookPort;
  language?: 'ja' | 'en';
  dark?: boolean;
  /** Replace or wrap the real actions (a pending promise, a failure). */
  actions?: (real: WorkbookActions) => WorkbookActions;
  settingsStore?: SettingsStore;
}

// Role queries compute styles over every Fluent rule jsdom holds: slow on a busy machine, so wait longer
// (a test may take 30 s: jest.config.js).
configure({ asyncUtilTimeout: 5000 });

/** The task pane as index.tsx mounts it, over the REAL engine and an in-memory sample workbook. */
export function renderPane(options: PaneOptions = {}) {
  installDomPolyfills();
  const port = options.port ?? new MemoryWorkbookPort(sampleGrid());
  // the pane's composition root gives the .xlsx reader for a picked file, as index.tsx does
  const real = createWorkbookActions(port, {
    // loaded only when a test picks a file, as index.tsx does: the reader needs TextDecoder, which plain jsdom lacks
    readWorkbookFile: async (file) => (await import('../../src/adapters/xlsx/read-picked-file')).readPickedFile(file),
  });
  const actions = spyOn(options.actions ? options.actions(real) : real);
  const dark = options.dark ?? false;
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <App actions={actions} language={options.language ?? 'ja'} dark={dark} settingsStore={options.settingsStore} />
    </FluentProvider>,
  );
  return { ...view, port, actions, user };
}

/** Unfolds the settings (folded to their summary line when the pane opens). */
export async function openSettings(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByTestId('settings-toggle'));
}

/** What the pane shows for `code` in Japanese, from the catalogue: tests state intent, not wording. */
export function ja<C extends MessageCode>(code: C, ...params: MessageArgs<C>): string {
  return message(code, ...params).ja;
}

/** A name built from a sentence, for a role query: exact, with the catalogue's punctuation escaped. */
export function exactly(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/**
 * The value the spied action last resolved to: counts come from the use case, not from the test.
 * Waits for the call: a picked file is read (asynchronously) before its action starts.
 */
export async function lastResult<T>(mock: jest.Mock<Promise<T>>): Promise<T> {
  await waitFor(() => expect(mock).toHaveBeenCalled());
  return mock.mock.results.at(-1)!.value as Promise<T>;
}
