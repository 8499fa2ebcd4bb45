import type { Language } from '../../core/messages/language';
import { Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { WorkbookActions } from '../../use-cases/workbook-session';
import { ActionBar } from './components/action-bar';
import { CompareButton } from './components/compare-button';
import { CompareResults } from './components/compare-results';
import { ErrorBar } from './components/error-bar';
import { GradeResults } from './components/grade-results';
import { ProgressStatus } from './components/progress-status';
import { RestoreResults } from './components/restore-results';
import { SettingsPanel } from './components/settings-panel';
import { SummaryResults } from './components/summary-results';
import { TrendResults } from './components/trend-results';
import { ValidationResults } from './components/validation-results';
import { usePaneSettings, type SettingsStore } from './hooks/use-pane-settings';
import { LanguageContext, useText } from './hooks/use-text';
import { useWorkbookSession, type ActionKind } from './hooks/use-workbook-session';

export interface AppProps {
  /** validate / grade / summarise / restore / select / activate over the open workbook; the pane never calls Office.js itself. */
  actions: WorkbookActions;
  language: Language;
  /** Office's theme is dark: the host wraps the pane in webDarkTheme; native controls and scrollbars follow here. */
  dark: boolean;
  /** Keeps the year, comparison and scale for the next time the pane opens. */
  settingsStore?: SettingsStore;
  /** The help page beside the pane (the add-in's help.html); none in the playground. */
  helpUrl?: string;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    boxSizing: 'border-box',
    minHeight: '100vh',
    // Excel on Mac opens panes 270 px wide: nothing may need more.
    minWidth: 0,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  results: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  // stays in the layout (a live region must exist before it speaks) without adding a gap while empty
  alert: { ':empty': { marginTop: `calc(-1 * ${tokens.spacingVerticalM})` } },
});

function Pane(props: AppProps) {
  const { t, language } = useText();
  const styles = useStyles();
  const { state, run, go, dismissError } = useWorkbookSession(props.actions);
  const { settings, policy, policies, change } = usePaneSettings(props.settingsStore);

  const request = useCallback(
    (overwrite = false) => ({
      year: settings.year === 'latest' ? undefined : settings.year,
      previous: settings.previous === 'none' ? undefined : settings.previous,
      policy,
      overwrite,
    }),
    [settings, policy],
  );
  const onRun = useCallback((kind: ActionKind) => void run(kind, request()), [run, request]);

  return (
    <div
      className={styles.root}
      style={{ colorScheme: props.dark ? 'dark' : 'light' }}
      data-theme={props.dark ? 'dark' : 'light'}
      lang={language}
    >
      <header className={styles.header}>
        <h1 className={styles.title}>{t('UI_TITLE')}</h1>
        <Text size={200} className={styles.subtitle}>
          {t('UI_SUBTITLE')}
        </Text>
      </header>
      <div className={styles.card}>
        <SettingsPanel
          settings={settings}
          years={state.validation?.years ?? null}
          policy={policy}
          policies={policies}
          disabled={state.busy !== null}
          onChange={change}
        />
        <ActionBar busy={state.busy} primary={state.validation ? 'grade' : 'validate'} onRun={onRun} />
        <CompareButton busy={state.busy !== null} onPick={(file) => void run('compare', { ...request(), file })} />
        {state.runs === 0 && (
          <Text size={300} className={styles.subtitle} data-testid="first-run-hint">
            {t('UI_FIRST_RUN_HINT')}
            {props.helpUrl && (
              <>
                {' '}
                <Link href={props.helpUrl} target="_blank" rel="noopener">
                  {t('UI_HELP_LINK')}
                </Link>
              </>
            )}
          </Text>
        )}
        <ProgressStatus busy={state.busy} done={state.done ? { text: state.done.text[language], attention: state.done.attention } : null} />
      </div>
      {/* an assertive live region, present before anything is put in it, so a failure is read out */}
      <div role="alert" className={styles.alert}>
        {state.error && (
          <ErrorBar
            title={t('UI_ERROR_TITLE')}
            text={state.error[language]}
            dismissLabel={t('UI_DISMISS')}
            onDismiss={dismissError}
            testId="error-bar"
          />
        )}
      </div>
      <div className={styles.results}>
        {state.restore && (
          <RestoreResults
            key={`restore-${state.runs}`}
            result={state.restore}
            busy={state.busy !== null}
            onGo={(target) => void go(target)}
            onOverwrite={() => void run('restore', { ...request(true) })}
          />
        )}
        {state.compare && (
          <CompareResults key={`compare-${state.runs}`} result={state.compare} onOpenSheet={(sheet) => void go({ sheet })} />
        )}
        {state.trend && (
          <TrendResults
            key={`trend-${state.runs}`}
            result={state.trend.result}
            policy={state.trend.policy}
            onOpenSheet={(sheet) => void go({ sheet })}
          />
        )}
        {state.summary && (
          <SummaryResults
            key={`summary-${state.runs}`}
            result={state.summary.result}
            policy={state.summary.policy}
            busy={state.busy !== null}
            onOpenSheet={(sheet) => void go({ sheet })}
            // the same year, comparison and scale as the result shown, as a draft over its errors
            // the per-project boxes of the year and scale shown
            onBoxes={() =>
              state.summary && void run('boxes', { ...request(), year: state.summary.result.summary.year, policy: state.summary.policy })
            }
            onDraft={() => {
              if (!state.summary) return;
              const { summary } = state.summary.result;
              const previous = summary.previous?.year ?? summary.previousWithoutResults;
              void run('summarise', { ...request(), year: summary.year, previous, policy: state.summary.policy, draft: true });
            }}
          />
        )}
        {state.grade && (
          <GradeResults
            key={`grade-${state.runs}`}
            result={state.grade.result}
            busy={state.busy !== null}
            onGo={(target) => void go(target)}
            // the same year and scale as the result shown, whatever the pickers say now
            onOverwrite={() =>
              state.grade && void run('grade', { ...request(true), year: state.grade.result.year, policy: state.grade.policy })
            }
          />
        )}
        {state.validation && (
          <ValidationResults key={`validation-${state.runs}`} result={state.validation} onGo={(target) => void go(target)} />
        )}
      </div>
    </div>
  );
}

/** The task pane: settings, the five actions with their progress, and what they found or changed. */
export function App(props: AppProps) {
  return (
    <LanguageContext.Provider value={props.language}>
      <Pane {...props} />
    </LanguageContext.Provider>
  );
}
