import { makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { comparisonHeader, comparisonSections } from '../../../core/compare/comparison-lines';
import type { CompareResult } from '../../../use-cases/workbook-session';
import { errorCount } from '../../../use-cases/compare-workbooks';
import { useText } from '../hooks/use-text';
import { OpenSheetAction, ResultSection } from './result-section';
import { ShowMoreList } from './show-more-list';

const useStyles = makeStyles({
  lines: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * After 変更点: the two registers, the new statuses and the counts, then every project that
 * changed and every indicator change (the lines the sheet and the command line give), and a way
 * to the sheet; or, when errors in a register stopped it, those errors by file with their cells, and no figures.
 */
export function CompareResults(props: { result: CompareResult; onOpenSheet: (sheet: string) => void }) {
  const { t, language } = useText();
  const styles = useStyles();
  const { comparison, errors, sources, sheetName } = props.result;
  const n = errorCount(errors);
  // the open workbook is named in the pane's language; the sheet, written in Japanese, names it in Japanese
  const shown = { old: sources.old, new: t('COMPARE_THIS_WORKBOOK') };
  return (
    <ResultSection title={t('COMPARE_SHEET_TITLE')} testId="compare-results">
      {n > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {sheetName === null ? t('UI_COMPARE_STOPPED', { n }) : t('SUMMARY_DRAFT_TITLE', { errors: n, title: sheetName })}
            {(['old', 'new'] as const).map(
              (which) =>
                errors[which].length > 0 && (
                  <ul key={which} aria-label={t('COMPARE_ERRORS_IN', { file: shown[which] })}>
                    {errors[which].map((e, i) => (
                      <li key={i}>{`${shown[which]} ${e.address ?? ''} ${e.message[language]}`}</li>
                    ))}
                  </ul>
                ),
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {/* figures that rest on errors are not shown */}
      {sheetName !== null && (
        <>
          <div className={styles.lines} data-testid="compare-header">
            {comparisonHeader(comparison, shown).map((line, i) => (
              <Text key={i}>{line[language]}</Text>
            ))}
          </div>
          {comparisonSections(comparison).map((section) => (
            <div key={section.heading.ja} className={styles.lines}>
              <Text className={styles.heading}>{section.heading[language]}</Text>
              <ShowMoreList items={section.lines} label={section.heading[language]} render={(line) => <Text>{line[language]}</Text>} />
            </div>
          ))}
        </>
      )}
      <OpenSheetAction sheet={sheetName} onOpen={props.onOpenSheet} />
    </ResultSection>
  );
}
