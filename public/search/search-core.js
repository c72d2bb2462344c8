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
      var code = c.charCodeAt(0);
      // Fast paths (most of every text): ASCII only changes case; NFKC leaves CJK Unified Ideographs
      // (U+4E00–U+9FFF) as they are.
      if (code < 0x80) {
        out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
        continue;
      }
      if (code >= 0x4e00 && code <= 0x9fff) {
        out += c;
        continue;
      }
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

  /**
   * OpenCC's traditional → simplified conversion over one dictionary group (`k v|k v|…`, from
   * search/t2s.js): at each position the longest entry wins, the first dictionary winning a tie
   * (OpenCC's own rule, as in opencc-js's Trie). Returns a function from text to text.
   */
  function makeT2s(dict) {
    var builder = t2sBuilder(dict);
    builder.step(Infinity);
    return builder.convert;
  }

  /**
   * makeT2s in steps: `step(until)` adds entries to the table until performance.now() passes `until`
   * (checked every 256 entries) and returns true once the table is complete; `convert` is only valid
   * then. The search page builds the table in slices of a few milliseconds, so it is no long task.
   */
  function t2sBuilder(dict) {
    var entries = String(dict || '').split('|');
    var next = 0;
    var map = new Map();
    var longest = 1;
    function step(until) {
      for (; next < entries.length; next++) {
        if (until !== Infinity && next % 256 === 0 && next > 0 && performance.now() > until) return false;
        var entry = entries[next];
        var space = entry.indexOf(' ');
        if (space <= 0) continue;
        var from = entry.slice(0, space);
        var to = entry.slice(space + 1).split(' ')[0];
        if (!map.has(from)) map.set(from, to);
        longest = Math.max(longest, from.length);
      }
      return true;
    }
    function convert(text) {
      var out = '';
      for (var i = 0; i < text.length;) {
        var hit = null;
        for (var n = Math.min(longest, text.length - i); n > 0 && !hit; n--) {
          var piece = text.substr(i, n);
          if (map.has(piece)) hit = [piece, map.get(piece)];
        }
        if (hit) {
          out += hit[1];
          i += hit[0].length;
        } else {
          var cp = text.codePointAt(i);
          var len = cp > 0xffff ? 2 : 1;
          out += text.substr(i, len);
          i += len;
        }
      }
      return out;
    }
    return { step: step, convert: convert };
  }

  var thesauri = typeof WeakMap === 'function' ? new WeakMap() : null;

  /**
   * The lexicon's synonyms folded, and every variant with its canonical word, longest variant first
   * (as canonical() in the pipeline); worked out once per lexicon, not once per query term.
   */
  function foldedThesaurus(lexicon) {
    var cached = lexicon && thesauri && thesauri.get(lexicon);
    if (cached) return cached;
    var entries = ((lexicon && lexicon.synonyms) || []).map(function (words) {
      return words.map(fold);
    });
    var variants = [];
    entries.forEach(function (words) {
      words.slice(1).forEach(function (v) {
        variants.push([v, words[0]]);
      });
    });
    variants.sort(function (a, b) {
      return b[0].length - a[0].length;
    });
    var result = { entries: entries, variants: variants };
    if (lexicon && thesauri) thesauri.set(lexicon, result);
    return result;
  }

  /**
   * A term as the reader means it: `alts` are the strings any of which counts as the term — the
   * term itself, its simplified form (經濟 → 经济) and, through the thesaurus the pairing uses, its
   * canonical word and every variant (GDP ↔ 地区生产总值); `filter` names a status or area the term
   * is the label of (未达目标, 生态环境), whose tasks count as containing it.
   * lexicon: {synonyms: [[canonical, variant…]…], filters: [{kind, label, links}…]}; t2s: function or null.
   */
  function expandTerm(term, lexicon, t2s) {
    var simple = t2s ? fold(t2s(term)) : term;
    var alts = [term];
    function add(s) {
      if (s && alts.indexOf(s) < 0) alts.push(s);
    }
    add(simple);
    var thesaurus = foldedThesaurus(lexicon);
    var entries = thesaurus.entries;
    var variants = thesaurus.variants;
    var canon = '';
    for (var i = 0; i < simple.length;) {
      var hit = null;
      for (var k = 0; k < variants.length && !hit; k++) if (simple.startsWith(variants[k][0], i)) hit = variants[k];
      if (hit) {
        canon += hit[1];
        i += hit[0].length;
      } else canon += simple[i++];
    }
    add(canon);
    entries.forEach(function (words) {
      if (canon.indexOf(words[0]) < 0) return;
      words.slice(1).forEach(function (v) {
        add(canon.split(words[0]).join(v));
      });
    });
    var filter = null;
    ((lexicon && lexicon.filters) || []).forEach(function (f) {
      if (!filter && fold(f.label) === simple) filter = f;
    });
    return { term: term, alts: alts, filter: filter };
  }

  /** Terms as expanded groups; a plain string is a group of itself. */
  function groupsOf(terms) {
    return terms.map(function (t) {
      return typeof t === 'string' ? { term: t, alts: [t], filter: null } : t;
    });
  }

  /** Every string the terms stand for (for highlighting). */
  function altsOf(terms) {
    var out = [];
    groupsOf(terms).forEach(function (g) {
      g.alts.forEach(function (a) {
        if (out.indexOf(a) < 0) out.push(a);
      });
    });
    return out;
  }

  /** Does the record carry the status or area the group's filter word names? */
  function filterHit(record, group) {
    var f = group.filter;
    if (!f) return false;
    return f.kind === 'status' ? record.status === f.label : record.area === f.label;
  }

  /**
   * Folds a record's title and text once and keeps them on it (folded.title, folded.text, folded.hay),
   * so searching many records asks only indexOf of each query; returns the record.
   */
  function prepare(record) {
    if (!record.folded) {
      var title = fold(record.title);
      var text = fold(record.text);
      record.folded = { title: title, text: text, hay: title + '\n' + text };
    }
    return record;
  }

  /** Does the record (title and text) contain every term (any of its forms, or its filter word)? */
  function matchesAll(record, terms) {
    var hay = prepare(record).folded.hay;
    return groupsOf(terms).every(function (group) {
      return (
        filterHit(record, group) ||
        group.alts.some(function (alt) {
          return findAll(hay, alt).length > 0;
        })
      );
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

  /**
   * How Pagefind is asked for the pages containing `term`, and whether its answer is exactly them.
   * A term of Han characters and digits only is one phrase query of its words (every Han character
   * is an indexed word, src/search/index-text.ts; a run of digits is one word, matched whole inside
   * quotes): Pagefind answers with the pages that contain the term, so the page can count them at
   * once and load only the results it shows (`exact`). The one case it cannot tell apart, a phrase
   * running across punctuation or a line break (“次，开展” for 次开展), is caught when the result's
   * text is loaded and checked (search-page.js). `words` are the term's words, for runCount.
   * Any other term (punctuation inside, Latin letters, which match as prefixes) gives candidates only
   * (pagefindQueries): every candidate's text must be loaded and checked before the count is known.
   */
  function pagefindPlan(term) {
    if (/^[\p{Script=Han}\p{Nd}]+$/u.test(term)) {
      var words = term.match(/\p{Script=Han}|\p{Nd}+/gu);
      return { exact: true, words: words, queries: ['"' + words.join(' ') + '"'] };
    }
    return { exact: false, words: [], queries: pagefindQueries(term) };
  }

  /**
   * How often a phrase of `length` words occurs in a page, from the locations Pagefind gives for a
   * query of all its words (any of them, merged): the runs of `length` consecutive locations. A
   * run of the same words in another order would count too; for ranking, that is close enough.
   */
  function runCount(locations, length) {
    var at = new Set(locations);
    return locations.filter(function (p) {
      for (var i = 1; i < length; i++) if (!at.has(p + i)) return false;
      return true;
    }).length;
  }

  /**
   * Relevance from term counts alone (`counts`: one number per query term, the occurrences of any of
   * its forms), with the saturation of score() below but no title or length weighting: what the
   * Pagefind path ranks by before any result's text is loaded.
   */
  function scoreCounts(counts) {
    return counts.reduce(function (s, tf) {
      return s + (tf * 2.2) / (tf + 1.2);
    }, 0);
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
    var title = prepare(record).folded.title;
    var text = record.folded.text;
    var norm = 0.5 + 0.5 * (text.length / (avgLength || text.length || 1));
    var s = 0;
    groupsOf(terms).forEach(function (group) {
      var tf = 0;
      group.alts.forEach(function (term) {
        tf += 2 * count(title, term) + count(text, term);
      });
      if (!tf && filterHit(record, group)) tf = 1;
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
    altsOf(terms).forEach(function (term) {
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
    prepare: prepare,
    matchesAll: matchesAll,
    makeT2s: makeT2s,
    t2sBuilder: t2sBuilder,
    expandTerm: expandTerm,
    altsOf: altsOf,
    pagefindQueries: pagefindQueries,
    pagefindPlan: pagefindPlan,
    runCount: runCount,
    scoreCounts: scoreCounts,
    rank: rank,
    passes: passes,
    highlight: highlight,
  };
})(typeof window !== 'undefined' ? window : globalThis);
