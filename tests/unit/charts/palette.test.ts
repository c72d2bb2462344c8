import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { statuses } from '../../../src/schema/index.ts';

// WCAG 2.2: marks ≥ 3:1 against the page (1.4.11), labels written on a mark ≥ 4.5:1 (1.4.3).
const charts = readFileSync(new URL('../../../src/components/charts/charts.css', import.meta.url), 'utf8');
const tokens = readFileSync(new URL('../../../src/styles/tokens.css', import.meta.url), 'utf8');

/** Custom properties of the first `:root` block (light) and of the prefers-color-scheme: dark block. */
function vars(css: string, scheme: 'light' | 'dark'): Record<string, string> {
  const block =
    scheme === 'light' ? css.slice(0, css.indexOf('@media')) : css.slice(css.indexOf('prefers-color-scheme: dark'));
  const body = block.slice(0, scheme === 'dark' ? block.indexOf('}\n}') : undefined);
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = hex
    .slice(1)
    .match(/../g)!
    .map((x) => parseInt(x, 16) / 255)
    .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe.each(['light', 'dark'] as const)('chart palette, %s scheme', (scheme) => {
  const chart = vars(charts, scheme);
  const page = vars(tokens, scheme);
  test('defines a colour for every status', () => {
    for (const s of statuses) expect(chart[`--chart-${s}`], s).toMatch(/^#/);
  });
  test.each(statuses)('%s marks ≥ 3:1 against --bg, --surface and --surface-2', (s) => {
    for (const bg of ['--bg', '--surface', '--surface-2']) {
      expect(page[bg], bg).toMatch(/^#/);
      expect(contrast(chart[`--chart-${s}`]!, page[bg]!), `${s} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });
  test.each(statuses)('labels on %s marks ≥ 4.5:1', (s) => {
    expect(contrast(chart[`--chart-${s}`]!, chart['--chart-on-mark']!)).toBeGreaterThanOrEqual(4.5);
  });
});
