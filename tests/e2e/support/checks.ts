import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { projectRoot } from './build.ts';
import type { Page } from 'playwright-core';
import { elements, parsePage, siteFiles, textOf, where, type HastNode } from './html.ts';

/**
 * The page checks of issue 4, as functions from built files (or a loaded page) to a list of
 * failures, one line each naming page, place and problem. site.test.ts runs them on the real site;
 * site-support.test.ts proves each one catches what it is meant to catch.
 */

/** No JavaScript outside `allowed` pages: no <script>, no on* handler, no javascript: URL, no modulepreload. */
export function scriptProblems(dist: string, pages: string[], allowed: ReadonlySet<string>): string[] {
  const failures: string[] = [];
  for (const path of pages) {
    if (allowed.has(path)) continue;
    for (const el of elements(parsePage(dist, path))) {
      if (el.tagName === 'script') failures.push(`${where(path, el)}: <script>`);
      for (const [name, value] of Object.entries(el.properties ?? {})) {
        // hast camel-cases attributes: onClick, onLoad…
        if (/^on[A-Z]/.test(name))
          failures.push(`${where(path, el)}: <${el.tagName} ${name.toLowerCase()}> event handler`);
        if (typeof value === 'string' && /^\s*javascript:/i.test(value))
          failures.push(`${where(path, el)}: javascript: URL in ${name}`);
      }
      if (el.tagName === 'link' && relOf(el).includes('modulepreload'))
        failures.push(`${where(path, el)}: modulepreload`);
    }
  }
  return failures;
}

/** `<html lang="zh-CN">`, exactly one non-empty <h1>, one non-empty <title>, a meta description. */
export function documentProblems(dist: string, pages: string[]): string[] {
  const failures: string[] = [];
  for (const path of pages) {
    const els = elements(parsePage(dist, path));
    const html = els.find((el) => el.tagName === 'html');
    if (html?.properties?.lang !== 'zh-CN')
      failures.push(`${path}: <html lang="${String(html?.properties?.lang ?? '')}">`);
    const h1 = els.filter((el) => el.tagName === 'h1');
    if (h1.length !== 1) failures.push(`${path}: ${h1.length} <h1> elements`);
    else if (!textOf(h1[0] as HastNode).trim()) failures.push(`${path}: empty <h1>`);
    // The document's own <title>; charts carry SVG <title>s of their own.
    const head = els.find((el) => el.tagName === 'head');
    const titles = (head?.children ?? []).filter((el) => el.tagName === 'title');
    if (titles.length !== 1 || !textOf(titles[0] as HastNode).trim())
      failures.push(`${path}: ${titles.length} <title> in <head>, or empty`);
    const description = els.find((el) => el.tagName === 'meta' && el.properties?.name === 'description');
    if (!String(description?.properties?.content ?? '').trim()) failures.push(`${path}: no <meta name="description">`);
  }
  return failures;
}

/** Every <table> has a <caption>; every <th> a scope. */
export function tableProblems(dist: string, pages: string[]): string[] {
  const failures: string[] = [];
  for (const path of pages) {
    for (const table of elements(parsePage(dist, path)).filter((el) => el.tagName === 'table')) {
      const inner = elements(table);
      if (!inner.some((el) => el.tagName === 'caption'))
        failures.push(`${where(path, table)}: <table> without <caption>`);
      for (const th of inner.filter((el) => el.tagName === 'th')) {
        if (!th.properties?.scope)
          failures.push(`${where(path, th)}: <th> without scope ("${textOf(th).trim().slice(0, 20)}")`);
      }
    }
  }
  return failures;
}

/**
 * html-validate errors, with the project's .htmlvalidate.mjs (recommended preset). The config is
 * loaded explicitly: a site built into a temp folder has no config file above it, and
 * html-validate would then silently validate with no rules at all.
 */
export async function htmlValidateProblems(dist: string, pages: string[]): Promise<string[]> {
  const config = ((await import(pathToFileURL(join(projectRoot, '.htmlvalidate.mjs')).href)) as { default: ConfigData })
    .default;
  const htmlvalidate = new HtmlValidate(new StaticConfigLoader(config));
  const failures: string[] = [];
  for (const path of pages) {
    const report = await htmlvalidate.validateFile(join(dist, path));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) failures.push(`${path}:${m.line}:${m.column}: [${m.ruleId}] ${m.message}`);
      }
    }
  }
  return failures;
}

/** Stylesheets that would load fonts, images or imports from another host. */
export function offsiteCssProblems(dist: string): string[] {
  const failures: string[] = [];
  for (const css of siteFiles(dist, '.css')) {
    const text = readFileSync(join(dist, css), 'utf8');
    for (const m of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"]?)((?:https?:)?\/\/[^'")\s;]+)/gi))
      failures.push(`${css}: ${m[1]}`);
  }
  return failures;
}

/**
 * Does the loaded page scroll sideways (WCAG 1.4.10 reflow)? Returns how wide it is and the widest
 * culprits that are not inside a box of their own that scrolls, or null when it fits.
 */
export function reflowProblem(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return null;
    const culprits = Array.from(document.body.querySelectorAll('*'))
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          if (/(auto|scroll|hidden)/.test(getComputedStyle(p).overflowX)) return false;
        }
        return true;
      })
      .slice(0, 3)
      .map(
        (el) =>
          `<${el.localName}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`,
      );
    return `${root.scrollWidth}px wide; ${culprits.join(' ')}`;
  });
}

function relOf(el: HastNode): string[] {
  const rel = el.properties?.rel;
  return Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
}
