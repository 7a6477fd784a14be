import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * WCAG 2.1 AA and 2.2 AA (target size), plus axe's best practices: the one rule set every browser
 * test checks pages against. `include` limits the check to part of the page (a CSS selector).
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // A long outcome lays out its lower parts only near the screen (content-visibility: auto in
  // global.css). axe's hit tests cannot see into such a part (target size then reports links as
  // overlapping), and a user only meets it once it is rendered: check it as it is then.
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
    }
  });
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The two widths every page and guide state is checked at (mobile and laptop). */
export const NARROW = { width: 375, height: 667 };
const WIDE = { width: 1280, height: 800 };

/**
 * axe on a page loaded at NARROW, then again after resizing it to WIDE: the layout changes, the
 * content is not loaded again. Returns the violations per width, so a failure names the width.
 */
export async function axeNarrowAndWide(page: Page): Promise<Record<number, string[]>> {
  const narrow = await axeViolations(page);
  await page.setViewportSize(WIDE);
  return { [NARROW.width]: narrow, [WIDE.width]: await axeViolations(page) };
}
