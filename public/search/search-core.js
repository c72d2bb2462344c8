/*
 * Search core: how a query is split, matched, ranked and excerpted. Pure functions shared by the
 * Pagefind search (over HTTP) and the offline search (file://), so both give the same results.
 * A classic script (module scripts do not load from file://); exposes globalThis.GzbgSearchCore.
 */
(function (root) {
  'use strict';

  var HAN = /\p{Script=Han}/u;
  var DIGIT = /\p{Nd}/u;
  var LATIN = /[a-z]/;

  /**
   * Case, width and quote direction folded one character at a time, so positions in the folded text
   * stay valid: 5.6％ finds 5.6%, SEPGPT finds sepgpt, “ ” 「 」 and " are one quote.
   */
  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      var f = c.normalize('NFKC').toLowerCase();
      f = f.length === 1 ? f : c;
      out += /[\u201C\u201D\u201E\u201F\u300C\u300D\u300E\u300F]/.test(f) ? '"' : /[\u2018\u2019]/.test(f) ? "'" : f;
    }
    return out;
  }

  /** Query terms: split at any space, folded, quotes and brackets around a term dropped, duplicates removed. */
  function parseQuery(query) {
    var seen = [];
    String(query || '')
      .split(/[\s\u3000]+/)
      .forEach(function (raw) {
        var term = fold(raw).replace(/^[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'`]+|[\p{Pi}\p{Pf}\p{Ps}\p{Pe}"'`]+$/gu, '');
        if (/[\p{L}\p{N}]/u.test(term) && seen.indexOf(term) < 0) seen.push(term);
      });
    return seen.slice(0, 8);
  }

  /**
   * Positions where `term` occurs in folded `text`. A number must not start or end inside a longer
   * number (7个 is not in 17个, 2400 not in 24000, 5.6 not in 15.6) and a Latin word must not start
   * inside another (prefixes count, as in any search box); Chinese matches anywhere.
   */
  function findAll(text, term) {
    var found = [];
    var from = 0;
    for (;;) {
      var i = text.indexOf(term, from);
      if (i < 0) return found;
      from = i + 1;
      var before = text[i - 1] || '';
      var before2 = text[i - 2] || '';
      var after = text[i + term.length] || '';
      var after2 = text[i + term.length + 1] || '';
      var first = term[0];
      var last = term[term.length - 1];
      if (DIGIT.test(first) && (DIGIT.test(before) || (before === '.' && DIGIT.test(before2)))) continue;
      if (DIGIT.test(last) && (DIGIT.test(after) || (after === '.' && DIGIT.test(after2)))) continue;
      if (LATIN.test(first) && LATIN.test(before)) continue;
      found.push(i);
    }
  }

  /** Does the record (title and text) contain every term? */
  function matchesAll(record, terms) {
    var hay = fold(record.title + '\n' + record.text);
    return terms.every(function (term) {
      return findAll(hay, term).length > 0;
    });
  }

  /**
   * The Pagefind queries that together find every page containing `term`. The index has one word
   * per Han character (src/search/index-text.ts): a run of Han characters is asked for as an exact
   * phrase of characters; numbers and Latin words as words (Pagefind matches them as prefixes).
   * Punctuation inside a term (% . -) is left to the substring check that follows.
   */
  function pagefindQueries(term) {
    var runs = term.match(/\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+(?:\.\p{N}+)*/gu) || [];
    return runs.map(function (run) {
      if (HAN.test(run) && run.length > 1) return '"' + Array.from(run).join(' ') + '"';
      return run;
    });
  }

  function count(text, term) {
    return findAll(text, term).length;
  }

  /**
   * Relevance of a record that contains every term: BM25-like saturation of each term's count, the
   * title counting double, length-normalised so a short task about the term beats a long one that
   * mentions it once. Report overviews weigh half: the tasks are what people look for.
   */
  function score(record, terms, avgLength) {
    var title = fold(record.title);
    var text = fold(record.text);
    var norm = 0.5 + 0.5 * (text.length / (avgLength || text.length || 1));
    var s = 0;
    terms.forEach(function (term) {
      var tf = 2 * count(title, term) + count(text, term);
      s += (tf * 2.2) / (tf + 1.2 * norm);
    });
    return record.kind === 'report' ? s / 2 : s;
  }

  /** Newest year first, then 编号. */
  function byNumber(a, b) {
    return b.year - a.year || a.number - b.number || (a.sub || 0) - (b.sub || 0);
  }

  /** Records that contain every term, ranked (or in 编号 order when sort is 'number'). */
  function rank(records, terms, sort) {
    var avg =
      records.reduce(function (n, r) {
        return n + r.text.length;
      }, 0) / (records.length || 1);
    var scored = records.map(function (r) {
      return { record: r, score: score(r, terms, avg) };
    });
    scored.sort(function (a, b) {
      if (sort !== 'number' && b.score !== a.score) return b.score - a.score;
      return byNumber(a.record, b.record);
    });
    return scored.map(function (s) {
      return s.record;
    });
  }

  /** Does the record pass the filters ({year, area, status}, empty = any)? */
  function passes(record, filters) {
    return (
      (!filters.year || String(record.year) === filters.year) &&
      (!filters.area || record.area === filters.area) &&
      (!filters.status || record.status === filters.status)
    );
  }

  /**
   * Marked pieces of `text`: [{text, mark}], for a window of about `size` characters around the
   * place where the most terms occur. The caller turns them into text nodes, so nothing is markup.
   */
  function highlight(text, terms, size) {
    var folded = fold(text);
    var ranges = [];
    terms.forEach(function (term) {
      findAll(folded, term).forEach(function (i) {
        ranges.push([i, i + term.length, term]);
      });
    });
    ranges.sort(function (a, b) {
      return a[0] - b[0] || b[1] - a[1];
    });
    var start = 0;
    var end = text.length;
    if (size && text.length > size) {
      var best = -1;
      ranges.forEach(function (r) {
        var s = Math.max(0, r[0] - Math.floor(size / 4));
        var distinct = [];
        ranges.forEach(function (o) {
          if (o[0] >= s && o[1] <= s + size && distinct.indexOf(o[2]) < 0) distinct.push(o[2]);
        });
        if (distinct.length > best) {
          best = distinct.length;
          start = s;
        }
      });
      start = Math.min(start, Math.max(0, text.length - size));
      end = Math.min(text.length, start + size);
    }
    var pieces = [];
    var at = start;
    ranges.forEach(function (r) {
      if (r[1] <= at || r[0] < start || r[1] > end) return;
      var s = Math.max(r[0], at);
      if (s > at) pieces.push({ text: text.slice(at, s), mark: false });
      pieces.push({ text: text.slice(s, r[1]), mark: true });
      at = r[1];
    });
    if (at < end) pieces.push({ text: text.slice(at, end), mark: false });
    if (start > 0) pieces.unshift({ text: '…', mark: false });
    if (end < text.length) pieces.push({ text: '…', mark: false });
    return pieces;
  }

  root.GzbgSearchCore = {
    fold: fold,
    parseQuery: parseQuery,
    findAll: findAll,
    matchesAll: matchesAll,
    pagefindQueries: pagefindQueries,
    rank: rank,
    passes: passes,
    highlight: highlight,
  };
})(typeof window !== 'undefined' ? window : globalThis);
