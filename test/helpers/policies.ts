/**
 * Other areas' scales, as tests name them: the presets the pane offers, which are data only
 * (src/core/grading/default-policies.ts), so a new scale needs no code change.
 */
export {
  BASELINE_POLICY as BASELINE_RELATIVE,
  FIVE_STEP_POLICY as S_TO_D,
  STRICT_110_POLICY as STRICT_110,
  SYMBOL_POLICY as SYMBOLS,
} from '../../src/core/grading/default-policies';
