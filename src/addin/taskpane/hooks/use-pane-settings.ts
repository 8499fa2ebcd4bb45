import { useMemo, useState } from 'react';
import { BUILT_IN_POLICIES, DEFAULT_POLICY } from '../../../core/grading/default-policies';
import type { GradingPolicy } from '../../../core/model';

export interface PaneSettings {
  /** 'latest' lets the engine pick the latest year with actuals. */
  year: 'latest' | number;
  previous: 'auto' | 'none' | number;
  policyId: string;
}

export const INITIAL_SETTINGS: PaneSettings = { year: 'latest', previous: 'auto', policyId: DEFAULT_POLICY.id };

/** The fiscal year, comparison year and grading scale the actions use. */
export function usePaneSettings(policies: readonly GradingPolicy[] = BUILT_IN_POLICIES) {
  const [settings, setSettings] = useState<PaneSettings>(INITIAL_SETTINGS);
  const policy = useMemo(() => policies.find((p) => p.id === settings.policyId) ?? DEFAULT_POLICY, [policies, settings.policyId]);
  const change = (patch: Partial<PaneSettings>) => setSettings((s) => ({ ...s, ...patch }));
  return { settings, policy, policies, change };
}
