import { useMemo, useState } from 'react';
import { z } from 'zod';
import { BUILT_IN_POLICIES, DEFAULT_POLICY } from '../../../core/grading/default-policies';
import type { GradingPolicy } from '../../../core/model';

const YearSchema = z.number().int().min(1989).max(2200);

/** What the pane keeps between openings; checked on the way in, as a stored value may be from an older version. */
export const PaneSettingsSchema = z.object({
  /** 'latest' lets the engine pick the latest year with actuals. */
  year: z.union([z.literal('latest'), YearSchema]),
  previous: z.union([z.literal('auto'), z.literal('none'), YearSchema]),
  policyId: z.string().min(1),
});
export type PaneSettings = z.infer<typeof PaneSettingsSchema>;

export const INITIAL_SETTINGS: PaneSettings = { year: 'latest', previous: 'auto', policyId: DEFAULT_POLICY.id };

/** Where the settings outlive the pane: the workbook's own settings in Excel, the browser's storage in the playground. */
export interface SettingsStore {
  load(): unknown;
  save(settings: PaneSettings): void;
}

function initialSettings(store: SettingsStore | undefined): PaneSettings {
  try {
    const parsed = PaneSettingsSchema.safeParse(store?.load());
    return parsed.success ? parsed.data : INITIAL_SETTINGS;
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
