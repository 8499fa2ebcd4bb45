import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { runAction, sharedPlayground } from './helpers/playground';

const pg = sharedPlayground();

/**
 * Fluent UI's focus sentinels: tabster puts <i tabindex="0" aria-hidden="true" data-tabster-dummy> at
 * the edges of arrow-key groups (the sheet tabs' TabList) and moves focus on as soon as one is
 * reached. axe's aria-hidden-focus flags them; Fluent marks it by design (microsoft/fluentui#27517)
 * and Accessibility Insights suppresses exactly these nodes. Only they are left out here.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i\b[^>]*\bdata-tabster-dummy\b/.test(html);
}

/** axe-core over the whole page (grid and pane); the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0);
  const sentinels = results.violations.flatMap((v) => v.nodes.filter((n) => isTabsterSentinel(v.id, n.html)));
  const lines = violations.map(
    (v) =>
      `  ${v.impact} ${v.id} (${v.nodes.length}): ${v.help}\n${v.nodes
        .slice(0, 5)
        .map((n) => `    ${n.target.join(' ')}`)
        .join('\n')}`,
  );
  if (sentinels.length > 0)
    lines.push(`  (left out: ${sentinels.length} aria-hidden-focus on Fluent's data-tabster-dummy focus sentinels)`);
  if (lines.length > 0) console.log(`axe on ${page.url()}:\n${lines.join('\n')}`);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} — ${v.nodes
          .slice(0, 5)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

describe('Accessibility (axe-core)', () => {
  it('has no serious or critical violations on the loaded page and after Validate', async () => {
    const page = await pg.open();
    await pg.shot('loaded');
    expect(await seriousViolations(page)).toEqual([]);
    await runAction(page, '検証', 'validation-results');
    await pg.shot('validated');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none in English on the dark theme after Validate and Grade either', async () => {
    const page = await pg.open({ lang: 'en', theme: 'dark' });
    await runAction(page, 'Validate', 'validation-results');
    await pg.shot('dark validated');
    expect(await seriousViolations(page)).toEqual([]);
    await runAction(page, 'Grade', 'grade-results');
    await pg.shot('dark graded');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('has none with the "-" indicators unfolded, the settings open and a summary sheet drawn', async () => {
    const page = await pg.open();
    const graded = await runAction(page, '評価', 'grade-results');
    const folded = graded.getByTestId('not-graded');
    await folded.getByRole('button', { name: /とした指標 49件/ }).click();
    await folded.getByRole('button', { name: /^No\.1 / }).waitFor({ state: 'visible' });
    await pg.shot('"-" indicators unfolded');
    expect(await seriousViolations(page)).toEqual([]);
    const toggle = page.getByTestId('settings-toggle');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    await expect(page.getByTestId('settings-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
    await page.getByRole('combobox', { name: '年度', exact: true }).waitFor({ state: 'visible' });
    await pg.shot('settings open');
    expect(await seriousViolations(page)).toEqual([]);
    await runAction(page, '集計', 'summary-results');
    await pg.shot('summary sheet drawn');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe('Keyboard focus on result rows (WCAG 2.4.7)', () => {
  it('draws the focus ring around the focused row itself, inside the pane', async () => {
    const page = await pg.open();
    const results = await runAction(page, '検証', 'validation-results');
    // An issue row (a RowButton), not the group's own header above it.
    const row = results.getByRole('button', { name: /B22/ }).first();
    await row.focus();
    // Focus came from the keyboard: move on with Tab so the ring shows as it does for a keyboard user.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const row = document.activeElement as HTMLElement;
      const label = row.getAttribute('aria-label') ?? '';
      const after = getComputedStyle(row, '::after');
      const box = row.getBoundingClientRect();
      const pane = document.querySelector('[data-testid="pane"]')!.getBoundingClientRect();
      return {
        tag: row.tagName,
        issueRow: label.includes('事業一覧!B22:'),
        position: getComputedStyle(row).position,
        ring: after.content !== 'none' && after.position === 'absolute' && parseFloat(after.borderTopWidth) > 0,
        inside: box.left >= pane.left && box.right <= pane.right,
      };
    });
    expect(ring).toEqual({ tag: 'BUTTON', issueRow: true, position: 'relative', ring: true, inside: true });
    await pg.shot('focused row');
  });
});
