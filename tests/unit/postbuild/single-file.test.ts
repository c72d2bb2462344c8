import { describe, expect, test } from 'vitest';
import { mergeOverview } from '../../../scripts/postbuild/merge-overview.ts';
import { singleFileEdition, type ReadAsset } from '../../../scripts/postbuild/single-file.ts';

const assets: Record<string, string> = {
  '_astro/Base.x1.css': 'body{background:url(./bg.svg)}',
  '_astro/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'img/logo.png': 'PNG',
};
const read: ReadAsset = async (path) => (path in assets ? Buffer.from(assets[path]!) : null);

const page =
  '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>2031 年全部任务</title>' +
  '<link rel="stylesheet" href="../_astro/Base.x1.css" media="all"><link rel="icon" href="../favicon.svg"><link rel="canonical" href="https://example.gov.cn/2031/all.html"></head>' +
  '<body><a class="skip-link" href="#main">跳到正文</a><header><nav aria-label="主导航"><a href="../index.html">首页</a></nav>' +
  '<form action="../search.html"><input name="q"></form></header>' +
  '<main id="main" data-pagefind-body><h1>全部任务</h1><img src="../img/logo.png" srcset="../img/logo.png 2x" alt="标志">' +
  '<article id="t1"><a href="./tasks/1.html">任务 1</a> <a href="./areas/jingji.html">经济</a> <a href="https://example.gov.cn/src.html">原文</a></article>' +
  '<script type="module" src="../_astro/x.js"></script></main></body></html>';

describe('singleFileEdition', async () => {
  const out = await singleFileEdition(page, '2031/all.html', read);

  test('inlines the stylesheet and the images it and the page use', () => {
    expect(out).toContain('<style media="all">body{background:url("data:image/svg+xml;base64,');
    expect(out).toContain(`src="data:image/png;base64,${Buffer.from('PNG').toString('base64')}"`);
    expect(out).not.toContain('srcset');
  });
  test('keeps no reference that would load anything: no link, script, form or site-relative URL', () => {
    expect(out).not.toMatch(/<link\b|<script\b|<form\b|<nav\b/);
    for (const m of out.matchAll(/\s(?:href|src|action)="([^"]*)"/g))
      expect(m[1]).toMatch(/^(#|data:|https:\/\/example\.gov\.cn\/src\.html$)/);
  });
  test('points task links at the task on the same page and unwraps other site links', () => {
    expect(out).toContain('<a href="#t1">任务 1</a>');
    expect(out).toContain('<span>经济</span>');
    expect(out).toContain('<a class="skip-link" href="#main">');
  });
  test('forbids every load with its own CSP, says what it is, and stays out of the search index', () => {
    expect(out).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">`,
    );
    expect(out).toContain('<title>2031 年全部任务（单文件版）</title>');
    expect(out).toMatch(/<p class="single-file-note">本文件是《2031 年全部任务》的单文件版/);
    expect(out).not.toContain('data-pagefind');
  });
  test('is named for the report (ArticleTitle) when the page carries it', async () => {
    const named = await singleFileEdition(
      page.replace(
        '<title>',
        '<meta name="ArticleTitle" content="2031年政府工作报告年度完成情况(合成)&amp;测试"><title>',
      ),
      '2031/all.html',
      read,
    );
    expect(named).toContain('<title>2031年政府工作报告年度完成情况(合成)&amp;测试（单文件版）</title>');
    expect(named).toContain('本文件是《2031年政府工作报告年度完成情况(合成)&amp;测试》的单文件版');
  });
  test('refuses a page whose stylesheet is missing', async () => {
    await expect(singleFileEdition(page.replace('Base.x1.css', 'Gone.css'), '2031/all.html', read)).rejects.toThrow(
      /找不到 2031\/all\.html 引用的样式表/,
    );
  });
});

describe('mergeOverview', () => {
  const all =
    '<html><head><link rel="stylesheet" href="../_astro/Base.css"></head><body><main><h1>全部任务</h1>' +
    '<section class="disclosure" aria-labelledby="meta-2031"><h2 id="meta-2031">政务公开信息</h2></section>' +
    '<ol class="all-tasks"><li id="t1"><article>任务 1</article></li></ol></main></body></html>';
  const overview =
    '<html><head><link rel="stylesheet" href="../_astro/Base.css"><link rel="stylesheet" href="../_astro/Charts.css"></head><body><main><h1>概览</h1>' +
    '<section class="disclosure" aria-labelledby="meta-2031"><h2 id="meta-2031">政务公开信息</h2></section>' +
    '<section class="charts"><h2 id="charts-h">图表</h2><section><svg role="img"></svg></section></section></main></body></html>';

  test('adds the overview sections the page lacks, before the tasks, with their stylesheets', () => {
    const merged = mergeOverview(all, overview);
    expect(merged).toBe(
      '<html><head><link rel="stylesheet" href="../_astro/Base.css"><link rel="stylesheet" href="../_astro/Charts.css"></head><body><main><h1>全部任务</h1>' +
        '<section class="disclosure" aria-labelledby="meta-2031"><h2 id="meta-2031">政务公开信息</h2></section>' +
        '<section class="charts"><h2 id="charts-h">图表</h2><section><svg role="img"></svg></section></section>' +
        '<ol class="all-tasks"><li id="t1"><article>任务 1</article></li></ol></main></body></html>',
    );
  });
  test('changes nothing when the page already has every section', () => {
    expect(mergeOverview(all, all)).toBe(all);
  });
});
