/** Fill and font colours for one grade label, as Excel's "Good / Neutral / Bad" cell styles pair them. */
export interface GradeColours {
  label: string;
  fill: string;
  font: string;
  /** The same hue at full strength, for a chart's columns (a pale cell fill fades on a white plot). */
  mark: string;
}

const GREEN = { fill: '#C6EFCE', font: '#006100', mark: '#70AD47' };
const DEEP_GREEN = { fill: '#A9D08E', font: '#375623', mark: '#375623' };
const BLUE = { fill: '#DDEBF7', font: '#1F4E78', mark: '#5B9BD5' };
const AMBER = { fill: '#FFEB9C', font: '#9C5700', mark: '#FFC000' };
const RED = { fill: '#FFC7CE', font: '#9C0006', mark: '#C00000' };
const GREY = { fill: '#EDEDED', font: '#595959', mark: '#A5A5A5' };

/** A chart's share line: dark enough to read over every column colour. */
export const SHARE_LINE_COLOUR = '#203864';

/** Colours by rank, best first: A–D are green, blue, amber, red; longer scales add a deeper green on top. */
const BY_LEVEL_COUNT: Record<number, (typeof GREEN)[]> = {
  2: [GREEN, RED],
  3: [GREEN, AMBER, RED],
  4: [GREEN, BLUE, AMBER, RED],
  5: [DEEP_GREEN, GREEN, BLUE, AMBER, RED],
};

/**
 * labels: the policy's labels best first, the not-graded label last (GradeCells.labels).
 * Scales longer than five reuse the middle colours; the not-graded label is grey.
 */
export function gradePalette(labels: readonly string[]): GradeColours[] {
  if (labels.length === 0) return [];
  const levels = labels.slice(0, -1);
  const notGraded = labels[labels.length - 1];
  const scheme =
    BY_LEVEL_COUNT[levels.length] ??
    levels.map((_, i) => (i === 0 ? DEEP_GREEN : i === levels.length - 1 ? RED : i < levels.length / 2 ? GREEN : AMBER));
  return [...levels.map((label, i) => ({ label, ...scheme[i] })), { label: notGraded, ...GREY }];
}

/** A label as a formula's text literal ("A" → "A"); quotes are doubled as Excel requires. */
function literal(label: string): string {
  return `"${label.replace(/"/g, '""')}"`;
}

/**
 * Marks a colour rule as Shinchoku's. Excel rewrites a rule's formula and colours into its own form
 * when it stores them, but keeps a text literal as written, so the marker is one: N() of text is 0,
 * and the rule still reads as "the cell equals the label".
 */
export const GRADE_RULE_MARKER = 'shinchoku:grade';

/** The rule formula for the label, relative to the top-left cell of the range it is added to ("L4"). */
export function gradeRuleFormula(label: string, topLeft: string): string {
  return `=AND(N(${literal(GRADE_RULE_MARKER)})=0,${topLeft}=${literal(label)})`;
}

/** Is this rule formula, as Excel returns it, one of ours? */
export function isGradeRuleFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(literal(GRADE_RULE_MARKER));
}

/** The rule an earlier version added: a cell-value rule "= label", read back as ="A" or "A". */
export function isLegacyLabelFormula(formula: unknown, label: string): boolean {
  if (typeof formula !== 'string') return false;
  const bare = formula.trim().replace(/^=/, '');
  return bare === literal(label) || bare === label;
}
