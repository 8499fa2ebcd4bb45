import type { Language } from '../core/messages/language';
import {
  Button,
  FluentProvider,
  Label,
  makeStyles,
  Select,
  Spinner,
  Switch,
  Text,
  tokens,
  useId,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ChangeEvent } from 'react';
import { App } from '../addin/taskpane/app';
import type { SettingsStore } from '../addin/taskpane/hooks/use-pane-settings';
import { ErrorBar } from '../addin/taskpane/components/error-bar';
import type { LocalizedText } from '../core/messages/catalogue';
import { errorText } from '../core/messages/error-text';
import { playgroundTranslate } from '../core/messages/playground-messages';
import { createWorkbookActions } from '../use-cases/workbook-session';
import { readPickedFile } from '../adapters/xlsx/read-picked-file';
import { BrowserWorkbookPort, WorkbookOpenError } from './browser-workbook-port';
import { GridView } from './grid-view';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The task pane's width, as Excel gives it by default. */
export const PANE_WIDTH = 350;

const useStyles = makeStyles({
  page: {
    display: 'flex',
    height: '100vh',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    flexShrink: 0,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  fileName: {
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    maxWidth: '24em',
  },
  spacer: { flexGrow: 1 },
  field: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  alert: { flexShrink: 0 },
  note: { flexShrink: 0, color: tokens.colorNeutralForeground3 },
  pane: {
    width: `${PANE_WIDTH}px`,
    flexShrink: 0,
    overflowY: 'auto',
    // a thin scrollbar leaves the pane nearly all of its width, as Excel's pane frame does
    scrollbarWidth: 'thin',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface PlaygroundPageProps {
  /** The workbook shown first (the sample). */
  initialPort: BrowserWorkbookPort;
  initialLanguage: Language;
  initialDark: boolean;
  /** Each workbook opened, the first one included, for window.__shinchoku. */
  onWorkbook?(port: BrowserWorkbookPort): void;
  /** The page and the pane are on screen. */
  onReady?(): void;
  /** The language or theme was changed with the toolbar. */
  onDisplayChange?(language: Language, dark: boolean): void;
}

/** The pane's settings in the browser's storage, as Excel keeps them in the workbook. */
const BROWSER_SETTINGS: SettingsStore = {
  load: () => JSON.parse(localStorage.getItem('shinchoku.pane') ?? 'null') as unknown,
  save: (settings) => localStorage.setItem('shinchoku.pane', JSON.stringify(settings)),
};

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The downloaded copy's name: 「会議資料.xlsx」 becomes 「会議資料.graded.xlsx」, so the file opened is never taken for it. */
export function downloadName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, '');
  return base.endsWith('.graded') ? `${base}.xlsx` : `${base}.graded.xlsx`;
}

/** Offers the bytes as a file download, without any request leaving the page. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes.slice().buffer as ArrayBuffer], { type: XLSX_MIME });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The playground: a grid view of the workbook on the left and the REAL task pane on the right, over
 * one BrowserWorkbookPort. Open an .xlsx from disk, download the workbook as it is now, switch
 * language and theme. A clicked validation issue selects its cell in the grid.
 */
export function PlaygroundPage(props: PlaygroundPageProps) {
  const [workbook, setWorkbook] = useState(() => ({ port: props.initialPort, id: 0 }));
  const [language, setLanguage] = useState<Language>(props.initialLanguage);
  const [dark, setDark] = useState(props.initialDark);
  const [opening, setOpening] = useState<string | null>(null);
  const [openError, setOpenError] = useState<LocalizedText | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const styles = useStyles();
  const languageId = useId('language');

  const { port } = workbook;
  const snapshot = useSyncExternalStore(port.subscribe, port.getSnapshot);
  // a register picked to compare with is read by the same .xlsx reader as the workbook shown
  const actions = useMemo(() => createWorkbookActions(port, { readWorkbookFile: async (file) => readPickedFile(file) }), [port]);
  const t = useMemo(() => playgroundTranslate(language), [language]);

  const { onWorkbook, onReady, onDisplayChange } = props;
  useEffect(() => onWorkbook?.(port), [port, onWorkbook]);
  useEffect(() => onReady?.(), []); // eslint-disable-line react-hooks/exhaustive-deps
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
    document.title = t('PG_TITLE');
  }, [language, dark, t]);

  const changeDisplay = (nextLanguage: Language, nextDark: boolean) => {
    setLanguage(nextLanguage);
    setDark(nextDark);
    onDisplayChange?.(nextLanguage, nextDark);
  };

  const open = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setOpening(file.name);
    setOpenError(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      await nextTask(); // let "opening…" paint before the read
      const next = new BrowserWorkbookPort(bytes, file.name);
      setWorkbook((w) => ({ port: next, id: w.id + 1 }));
    } catch (error) {
      setOpenError(error instanceof WorkbookOpenError ? error.text : errorText(error));
    } finally {
      setOpening(null);
      input.value = ''; // the same file can be opened again
    }
  };

  return (
    // Layout on a div inside: Fluent copies the provider's classes onto its portals' mount nodes.
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <div className={styles.page} data-theme={dark ? 'dark' : 'light'}>
        <div className={styles.workbook}>
          <header className={styles.toolbar} aria-label={t('PG_TOOLBAR')}>
            <p className={styles.title}>{t('PG_TITLE')}</p>
            <Text className={styles.fileName} data-testid="file-name">
              {snapshot.fileName}
            </Text>
            <Button icon={<FolderOpen20Regular />} onClick={() => fileInput.current?.click()} disabled={opening !== null}>
              {t('PG_OPEN')}
            </Button>
            <input
              ref={fileInput}
              type="file"
              accept={`.xlsx,${XLSX_MIME}`}
              data-testid="open-file"
              aria-label={t('PG_OPEN_INPUT')}
              style={{ display: 'none' }}
              onChange={(event) => void open(event)}
            />
            <Button
              icon={<ArrowDownload20Regular />}
              data-testid="download"
              onClick={() => downloadBytes(port.toBytes(), downloadName(port.fileName))}
            >
              {t('PG_DOWNLOAD')}
            </Button>
            {opening && <Spinner size="tiny" label={t('PG_OPENING', { name: opening })} />}
            <span className={styles.spacer} />
            <span className={styles.field}>
              <Label htmlFor={languageId}>{t('PG_LANGUAGE')}</Label>
              <Select
                id={languageId}
                size="small"
                value={language}
                onChange={(_, data) => changeDisplay(data.value === 'en' ? 'en' : 'ja', dark)}
              >
                <option value="ja">日本語</option>
                <option value="en">English</option>
              </Select>
            </span>
            <Switch label={t('PG_DARK')} checked={dark} onChange={(_, data) => changeDisplay(language, data.checked)} />
          </header>
          {/* present before anything is put in it, so a failure is read out */}
          <div role="alert" className={styles.alert}>
            {openError && (
              <ErrorBar
                title={t('PG_OPEN_FAILED')}
                text={openError[language]}
                dismissLabel={t('UI_DISMISS')}
                onDismiss={() => setOpenError(null)}
                testId="open-error"
              />
            )}
          </div>
          <main className={styles.main}>
            <GridView
              key={workbook.id}
              snapshot={snapshot}
              looksOf={port.looksOf}
              t={t}
              onShowSheet={(sheet) => port.showSheet(sheet)}
              onSelectCell={(sheet, row, col) => port.selectCell(sheet, row, col)}
            />
            <Text size={200} className={styles.note}>
              {t('PG_NOTE')}
            </Text>
          </main>
        </div>
        <aside className={styles.pane} data-testid="pane" aria-label={t('PG_PANE')}>
          <App key={workbook.id} actions={actions} language={language} dark={dark} settingsStore={BROWSER_SETTINGS} />
        </aside>
      </div>
    </FluentProvider>
  );
}
