import { Button, Dropdown, Field, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { ChevronDown16Regular, ChevronRight16Regular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { GradingPolicy } from '../../../core/model';
import type { PaneSettings } from '../hooks/use-pane-settings';
import { useText, type Translate } from '../hooks/use-text';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0, border: 'none', minWidth: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  pair: { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', columnGap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: '100%' },
  scale: { color: tokens.colorNeutralForeground3 },
  toggle: {
    justifyContent: 'flex-start',
    alignItems: 'flex-start',
    minWidth: 0,
    maxWidth: '100%',
    paddingLeft: 0,
    paddingRight: 0,
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
  },
  toggleText: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  toggleTitle: { fontWeight: tokens.fontWeightSemibold },
  toggleSummary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** "令和6年度（2024年度）・前年度と比較・青森圏域基準": the settings in one line, for the folded panel. */
function settingsSummary(settings: PaneSettings, policy: GradingPolicy, t: Translate, language: 'ja' | 'en'): string {
  const previous =
    settings.previous === 'auto'
      ? t('UI_COMPARE_AUTO')
      : settings.previous === 'none'
        ? t('UI_PREVIOUS_NONE')
        : t('UI_COMPARE_WITH', { year: settings.previous });
  return t('UI_SETTINGS_SUMMARY', { year: yearText(settings.year, t), previous, policy: policy.name[language] });
}

function yearText(year: PaneSettings['year'], t: Translate): string {
  return year === 'latest' ? t('UI_YEAR_LATEST') : t('UI_YEAR_OPTION', { year });
}

function previousText(previous: PaneSettings['previous'], t: Translate): string {
  if (previous === 'auto') return t('UI_PREVIOUS_AUTO');
  if (previous === 'none') return t('UI_PREVIOUS_NONE');
  return t('UI_YEAR_OPTION', { year: previous });
}

/** "A≥100% · B≥75% · C≥50% · D": the scale as data, shown under the picker. */
export function scaleText(policy: GradingPolicy): string {
  return policy.levels.map((l) => (l.minPercent === null ? l.label : `${l.label}≥${l.minPercent}%`)).join(' · ');
}

/**
 * 年度, 比較する年度 and 評価基準. The years come from the last validate (any notation in the sheet
 * has been read by the engine by then); "latest" leaves the choice to the engine.
 */
export function SettingsPanel(props: {
  settings: PaneSettings;
  years: number[] | null;
  policy: GradingPolicy;
  policies: readonly GradingPolicy[];
  disabled: boolean;
  onChange: (patch: Partial<PaneSettings>) => void;
}) {
  const { t, language } = useText();
  const styles = useStyles();
  const { settings } = props;
  // A year picked earlier stays listed even if the last workbook read lacks it, so the value is never blank.
  const years = [...new Set([...(props.years ?? []), ...(typeof settings.year === 'number' ? [settings.year] : [])])].sort((a, b) => b - a);
  const previousYears = [...new Set([...(props.years ?? []), ...(typeof settings.previous === 'number' ? [settings.previous] : [])])].sort(
    (a, b) => b - a,
  );
  const policyName = (p: GradingPolicy, i: number) => (i === 0 ? t('UI_POLICY_DEFAULT', { name: p.name[language] }) : p.name[language]);
  const policyIndex = Math.max(
    0,
    props.policies.findIndex((p) => p.id === props.policy.id),
  );
  const basis = props.policy.basis === 'baseline' ? t('UI_POLICY_BASIS_BASELINE') : t('UI_POLICY_BASIS_TARGET');
  // Folded to one line so the buttons and the results stay in view; opened on click.
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const summary = settingsSummary(settings, props.policy, t, language);

  const toggle = (
    <Button
      className={styles.toggle}
      appearance="transparent"
      icon={open ? <ChevronDown16Regular /> : <ChevronRight16Regular />}
      aria-expanded={open}
      aria-controls={panelId}
      aria-label={t('UI_SETTINGS_TOGGLE', { summary })}
      onClick={() => setOpen((o) => !o)}
      data-testid="settings-toggle"
    >
      <span className={styles.toggleText}>
        <span className={styles.toggleTitle}>{t('UI_SETTINGS')}</span>
        <span className={styles.toggleSummary}>{summary}</span>
      </span>
    </Button>
  );
  if (!open) return toggle;

  return (
    <fieldset id={panelId} className={styles.panel} disabled={props.disabled}>
      <legend className={styles.legend}>{toggle}</legend>
      <div className={styles.pair}>
        <Field label={t('UI_YEAR')} size="small" hint={props.years === null ? t('UI_YEAR_HINT') : undefined}>
          <Dropdown
            className={styles.dropdown}
            size="small"
            value={yearText(settings.year, t)}
            selectedOptions={[String(settings.year)]}
            disabled={props.disabled}
            onOptionSelect={(_, d) =>
              d.optionValue && props.onChange({ year: d.optionValue === 'latest' ? 'latest' : Number(d.optionValue) })
            }
          >
            <Option value="latest">{t('UI_YEAR_LATEST')}</Option>
            {years.map((y) => (
              <Option key={y} value={String(y)}>
                {t('UI_YEAR_OPTION', { year: y })}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('UI_PREVIOUS')} size="small">
          <Dropdown
            className={styles.dropdown}
            size="small"
            value={previousText(settings.previous, t)}
            selectedOptions={[String(settings.previous)]}
            disabled={props.disabled}
            onOptionSelect={(_, d) =>
              d.optionValue &&
              props.onChange({ previous: d.optionValue === 'auto' || d.optionValue === 'none' ? d.optionValue : Number(d.optionValue) })
            }
          >
            <Option value="auto">{t('UI_PREVIOUS_AUTO')}</Option>
            <Option value="none">{t('UI_PREVIOUS_NONE')}</Option>
            {previousYears.map((y) => (
              <Option key={y} value={String(y)}>
                {t('UI_YEAR_OPTION', { year: y })}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <Field label={t('UI_POLICY')} size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={policyName(props.policy, policyIndex)}
          selectedOptions={[props.policy.id]}
          disabled={props.disabled}
          onOptionSelect={(_, d) => d.optionValue && props.onChange({ policyId: d.optionValue })}
        >
          {props.policies.map((p, i) => (
            <Option key={p.id} value={p.id} text={policyName(p, i)}>
              {policyName(p, i)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Text size={200} className={styles.scale}>
        {scaleText(props.policy)}
        <br />
        {basis} · {t('UI_POLICY_FAVORABLE', { labels: props.policy.favorable.join('+') })}
      </Text>
    </fieldset>
  );
}
