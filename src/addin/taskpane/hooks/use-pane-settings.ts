import { useMemo, useState } from 'react';
import { BUILT_IN_POLICIES, DEFAULT_POLICY } from '../../../core/grading/default-policies';
import type { GradingPolicy } from '../../../core/model';

export interface PaneSettings {
  /** 'latest' lets the engine pick the latest year with actuals. */
  year: 'latest' | number;
  previous: 'auto' | 'none' | number;
  policyId: string;
}

const isYear = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1989 && v <= 2200;

/** A stored value, checked on the way in: it may come from an older version or another tool. */
function parseSettings(value: unknown): PaneSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const { year, previous, policyId } = value as Record<string, unknown>;
  if (year !== 'latest' && !isYear(year)) return null;
  if (previous !== 'auto' && previous !== 'none' && !isYear(previous)) return null;
  if (typeof policyId !== 'string' || policyId === '') return null;
  return { year, previous, policyId };
}

export const INITIAL_SETTINGS: PaneSettings = { year: 'latest', previous: 'auto', policyId: DEFAULT_POLICY.id };

/** Where the settings outlive the pane: the workbook's own settings in Excel, the browser's storage in the playground. */
export interface SettingsStore {
  load(): unknown;
  save(settings: PaneSettings): void;
}

function initialSettings(store: SettingsStore | undefined): PaneSettings {
  try {
    return parseSettings(store?.load()) ?? INITIAL_SETTINGS;
  } catch {
    // A store that cannot be read (storage blocked): start from the defaults.
    return INITIAL_SETTINGS;
  }
}

/** The fiscal year, comparison year and grading scale the actions use, kept in `store` when there is one. */
export function usePaneSettings(store?: SettingsStore, policies: readonly GradingPolicy[] = BUILT_IN_POLICIES) {
  const [settings, setSettings] = useState<PaneSettings>(() => initialSettings(store));
  const policy = useMemo(() => policies.find((p) => p.id === settings.policyId) ?? DEFAULT_POLICY, [policies, settings.policyId]);
  const change = (patch: Partial<PaneSettings>) =>
    setSettings((s) => {
      const next = { ...s, ...patch };
      try {
        store?.save(next);
      } catch {
        // Not kept (storage full or blocked): the pane still works with them until it closes.
      }
      return next;
    });
  return { settings, policy, policies, change };
}
