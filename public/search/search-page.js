/*
 * The search page: reads ?q=&year=&area=&status=&sort= (the header form of every page sends q),
 * runs the query and shows the results. Which index answers was decided when the site was built
 * (data-engine, src/search/engine.ts): a small site's page loads its plain-script index with itself
 * and searches it in memory; a large site's asks Pagefind, in Pagefind's web worker, for candidates
 * and keeps those that contain every term (search-core.js). Opened from file://, where Pagefind's
 * fetch, worker and wasm are blocked, the page never touches Pagefind and uses the plain index.
 */
(function () {
  'use strict';
  var core = window.GzbgSearchCore;
  var app = document.getElementById('search-app');
  var form = document.getElementById('search-form');
  if (!core || !app || !form) return;

  var strings = JSON.parse(app.getAttribute('data-strings') || '{}');
  // Built from the site's data (src/search/lexicon.ts): the pairing's thesaurus, status and area words.
  var lexicon = JSON.parse(app.getAttribute('data-lexicon') || '{}');
  var offer = document.getElementById('search-offer');
  var input = document.getElementById('search-q');
  var selects = {
    year: document.getElementById('search-year'),
    area: document.getElementById('search-area'),
    status: document.getElementById('search-status'),
    sort: document.getElementById('search-sort'),
  };
  var statusLine = document.getElementById('search-message');
  var list = document.getElementById('search-list');
  var more = document.getElementById('search-more');
  // Results drawn per page, as Pagefind's own UI does: the rest wait for «显示更多结果».
  var PAGE = 10;
  // A word of every report: what the idle page asks Pagefind, to warm its worker up (see the end).
  var WARM_TERM = '年度';
  var EXCERPT = 90;
  // Checked before anything of Pagefind is requested: from disk its requests would only fail.
  var offline = location.protocol === 'file:';
  var engine =
    offline || app.getAttribute('data-engine') === 'plain' ? plainEngine(offline ? 'file' : 'small') : pagefindEngine();
  // OpenCC's traditional → simplified dictionary (search/t2s.js, a classic script, so from file://
  // too; preloaded by the page's head), requested at once; its lookup table (~4,000 entries) is built
  // as soon as it arrives, in slices of ~8 ms (no long task). A query waits for it only if it has Han
  // characters.
  var t2sReady = loadScript(app.getAttribute('data-t2s')).then(
    function () {
      return inSlices(core.t2sBuilder(window.GZBG_T2S));
    },
    function () {
      return null; // without it the query is searched as typed
    },
  );
  function t2sFor(words) {
    return /\p{Script=Han}/u.test(words.join('')) ? t2sReady : Promise.resolve(null);
  }
  /** Runs builder.step in ~8 ms slices, yielding to the browser between them; resolves to builder.convert. */
  function inSlices(builder) {
    return new Promise(function (resolve) {
      (function slice() {
        if (builder.step(performance.now() + 8)) resolve(builder.convert);
        else setTimeout(slice, 0);
      })();
    });
  }
  // Whatever the first query needs is fetched and prepared now, not when the reader presses Enter.
  engine.warm();
  var runId = 0;
  // The current query's results ({total, take(n)}, see listOf and lazyList), how many are drawn, and
  // its announcement (a function of both, redone after each page).
  var results = null;
  var shown = 0;
  var summary = null;
  var currentTerms = [];

  function fmt(text, vars) {
    return String(text).replace(/\{(\w+)\}/g, function (m, k) {
      return vars[k] !== undefined ? vars[k] : m;
    });
  }

  function say(text) {
    statusLine.textContent = text;
  }

  function filters() {
    return { year: selects.year.value, area: selects.area.value, status: selects.status.value };
  }

  /** Fill the form from the address, keeping only values the selects offer. */
  function readAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get('q') || '';
    Object.keys(selects).forEach(function (name) {
      var value = params.get(name) || '';
      var select = selects[name];
      select.value = Array.prototype.some.call(select.options, function (o) {
        return o.value === value;
      })
        ? value
        : '';
    });
  }

  /** Keep the address in step with the form, so a result list can be bookmarked or shared. */
  function writeAddress() {
    var params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    Object.keys(selects).forEach(function (name) {
      if (selects[name].value) params.set(name, selects[name].value);
    });
    try {
      history.replaceState(null, '', '?' + params.toString());
    } catch {
      // Some browsers refuse to change a file:// address; the search still runs.
    }
  }

  function run() {
    var id = ++runId;
    var words = core.parseQuery(input.value);
    app.setAttribute('data-state', 'busy');
    list.textContent = '';
    offer.textContent = '';
    offer.hidden = true;
    more.hidden = true;
    more.disabled = false;
    app.removeAttribute('data-count');
    results = null;
    shown = 0;
    summary = null;
    currentTerms = [];
    if (!words.length) {
      say(input.value.trim() ? strings.empty : '');
      app.setAttribute('data-state', 'done');
      return Promise.resolve();
    }
    say(strings.loading);
    var chosen = filters();
    var terms;
    return t2sFor(words)
      .then(function (t2s) {
        terms = words.map(function (w) {
          return core.expandTerm(w, lexicon, t2s);
        });
        currentTerms = terms;
        showOffers(terms);
        return searchWithFallback(terms, chosen, selects.sort.value);
      })
      .then(function (set) {
        return set.take(PAGE).then(function (first) {
          return { set: set, first: first };
        });
      })
      .then(
        function (answer) {
          if (id !== runId) return;
          results = answer.set;
          summary = summaryOf(words, terms, chosen);
          draw(answer.first);
          update();
        },
        function () {
          if (id === runId) say(strings.error);
        },
      )
      .then(function () {
        if (id === runId) app.setAttribute('data-state', 'done');
      });
  }

  /** The announcement of a query's results, as a function of how many there are and how many are drawn. */
  function summaryOf(words, terms, chosen) {
    var query = terms
      .map(function (t) {
        return '“' + t.term + '”';
      })
      .join('');
    var also = core.altsOf(terms).filter(function (a) {
      return words.indexOf(a) < 0;
    });
    var active = [chosen.year && fmt(strings.resultYear, { year: chosen.year }), chosen.area, chosen.status].filter(
      Boolean,
    );
    return function (total, drawn) {
      var line = fmt(total ? strings.found : strings.none, { count: total, query: query });
      if (active.length) line += fmt(strings.filtered, { filters: active.join('、') });
      if (also.length)
        line += fmt(strings.expanded, {
          alts: also
            .map(function (a) {
              return '“' + a + '”';
            })
            .join(''),
        });
      if (engine.note) line += engine.note;
      if (drawn < total) line += fmt(strings.shown, { shown: drawn });
      else if (drawn > PAGE) line += strings.shownAll;
      return line;
    };
  }

  /** Count, «显示更多结果» and the announcement, after a page of results is drawn. */
  function update() {
    app.setAttribute('data-count', String(results.total));
    more.hidden = shown >= results.total;
    more.textContent = fmt(strings.more, { count: results.total - shown });
    say(summary(results.total, shown));
  }

  /**
   * Over HTTP, if Pagefind cannot run (a server without the wasm type, a CSP without
   * 'wasm-unsafe-eval', an old browser), the plain-script index answers instead: same results.
   */
  function searchWithFallback(terms, chosen, sort) {
    return engine.search(terms, chosen, sort).catch(function (error) {
      if (engine.plain) throw error;
      engine = plainEngine('fallback');
      return engine.search(terms, chosen, sort);
    });
  }

  /**
   * A term that is a status or area label offers that list: «按状态筛选：未达目标（2024 年，N 项）»,
   * a link per year to the page that lists those tasks.
   */
  function showOffers(terms) {
    terms.forEach(function (t) {
      if (!t.filter) return;
      var line = el('p', 'search-results__offer');
      line.appendChild(document.createTextNode(t.filter.kind === 'status' ? strings.offerStatus : strings.offerArea));
      t.filter.links.forEach(function (l, i) {
        if (i) line.appendChild(document.createTextNode('、'));
        var a = el('a', null, fmt(strings.offerItem, { label: t.filter.label, year: l.year, count: l.count }));
        a.href = l.href;
        line.appendChild(a);
      });
      offer.appendChild(line);
      offer.hidden = false;
    });
  }

  /** Appends results to the list; returns the first new item (or null). */
  function draw(records) {
    // Built apart and inserted at once: one style and layout pass for the page, not one per result.
    var batch = document.createDocumentFragment();
    var first = null;
    records.forEach(function (record) {
      var item = renderResult(record);
      first = first || item;
      batch.appendChild(item);
    });
    list.appendChild(batch);
    shown += records.length;
    return first;
  }

  /**
   * «显示更多结果»: the next page is loaded (on the Pagefind path, the texts of its results) and drawn,
   * focus goes to its first result, and the live region says how many are now shown. The button is
   * disabled meanwhile, so a second press does not load the same page twice.
   */
  function showMore() {
    var set = results;
    if (!set || more.disabled) return;
    var id = runId;
    more.disabled = true;
    app.setAttribute('data-state', 'busy');
    set
      .take(PAGE)
      .then(
        function (next) {
          if (id !== runId) return;
          var first = draw(next);
          update();
          var target = first || list.lastElementChild;
          if (target) target.querySelector('a').focus();
        },
        function () {
          if (id === runId) say(strings.error);
        },
      )
      .then(function () {
        if (id !== runId) return;
        more.disabled = false;
        app.setAttribute('data-state', 'done');
      });
  }

  function marked(parent, pieces) {
    pieces.forEach(function (p) {
      if (p.mark) {
        var m = document.createElement('mark');
        m.textContent = p.text;
        parent.appendChild(m);
      } else {
        parent.appendChild(document.createTextNode(p.text));
      }
    });
    return parent;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** One result: linked title, year · area · status, and an excerpt with the terms marked. */
  function renderResult(record) {
    var item = el('li', 'search-result');
    var heading = el('h3', 'search-result__title');
    var link = el('a');
    link.href = record.url; // root-relative path = relative link from search.html at the root
    marked(link, core.highlight(record.title, currentTerms, 0));
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = el('p', 'search-result__meta');
    meta.appendChild(el('span', 'search-result__year', fmt(strings.resultYear, { year: record.year })));
    if (record.kind === 'report') {
      meta.appendChild(el('span', null, strings.reportKind));
    } else {
      meta.appendChild(el('span', null, strings.areaLabel + record.area));
      var st = el('span');
      st.appendChild(document.createTextNode(strings.statusLabel));
      st.appendChild(badge(record.status));
      meta.appendChild(st);
    }
    item.appendChild(meta);
    item.appendChild(
      marked(
        el('p', 'search-result__excerpt'),
        core.highlight(record.text.replace(/\s+/g, ' '), currentTerms, EXCERPT),
      ),
    );
    return item;
  }

  /** The same badge the site's pages show (words plus a shape), from the status select's options. */
  function badge(label) {
    var option = Array.prototype.find.call(selects.status.options, function (o) {
      return o.value === label;
    });
    var b = el('span', 'badge badge--' + (option ? option.getAttribute('data-key') : 'unclear'));
    if (option) {
      var sym = el('span', 'badge__sym', option.getAttribute('data-symbol'));
      sym.setAttribute('aria-hidden', 'true');
      b.appendChild(sym);
    }
    b.appendChild(document.createTextNode(label));
    return b;
  }

  /**
   * Pagefind, loaded and initialised once: the one place that knows where its index is. Pagefind
   * runs its wasm, index chunks and fragments in its own web worker (pagefind/pagefind-worker.js,
   * same origin: DEPLOY.md's CSP), so none of it is a long task on the page. The index is one
   * bundle per decade of report years (src/search/volumes.ts): `url` is the newest decade's, and the others
   * (`merge`) are joined into it with Pagefind's own mergeIndex before init.
   */
  function loadPagefind(url, merge) {
    return import(url).then(function (pagefind) {
      return pagefind
        .options({})
        .then(function () {
          return Promise.all(
            merge.map(function (other) {
              return pagefind.mergeIndex(other);
            }),
          );
        })
        .then(function () {
          return pagefind.init();
        })
        .then(function () {
          return pagefind;
        });
    });
  }

  /** Over HTTP on a large site: Pagefind finds candidates per query run; only pages containing every term are kept. */
  function pagefindEngine() {
    var loaded = null;
    function load() {
      var base = document.baseURI;
      var merge = (app.getAttribute('data-pagefind-merge') || '')
        .split(' ')
        .filter(Boolean)
        .map(function (path) {
          return new URL(path, base).href;
        });
      loaded = loaded || loadPagefind(new URL(app.getAttribute('data-pagefind'), base).href, merge);
      return loaded;
    }
    return {
      plain: false,
      note: '',
      warm: function () {
        load().catch(function () {
          // The first query tries again and falls back to the plain-script index.
          loaded = null;
        });
      },
      // Pagefind's own preload: the index chunks of every Pagefind query the terms will ask, fetched
      // and decompressed in its worker now, so that the search itself only has to run.
      preload: function (terms) {
        if (!loaded) return;
        loaded
          .then(function (pagefind) {
            terms.forEach(function (group) {
              group.alts.forEach(function (alt) {
                core.pagefindPlan(alt).queries.forEach(function (q) {
                  pagefind.preload(q).catch(function () {});
                });
              });
            });
          })
          .catch(function () {});
      },
      // Pagefind's first queries are slow: its first word segmentation of Chinese, its first index
      // chunk, and its WebAssembly's first searches, which run ~3 times slower than later ones (33
      // against 10 ms for 建设 in a 2,000-task bundle; BENCHMARKS.md, 2026-12-01 session 5). Both kinds
      // of query the page asks (a phrase; all its words, for their locations) are run once now, in
      // the newest year only: every result Pagefind returns costs the page a message when it is let
      // go, and an archive of many years would return thousands.
      warmUp: function (term, year) {
        if (!loaded) return;
        var plan = core.pagefindPlan(term);
        var only = year ? { filters: { year: year } } : {};
        loaded
          .then(function (pagefind) {
            return Promise.all(
              plan.queries.concat([wordsQuery(plan)]).map(function (q) {
                return pagefind.search(q, only);
              }),
            );
          })
          .catch(function () {});
      },
      search: function (terms, chosen, sort) {
        var pfFilters = {};
        Object.keys(chosen).forEach(function (k) {
          if (chosen[k]) pfFilters[k] = chosen[k];
        });
        // How each form of each term is asked (search-core.js pagefindPlan); when every one gives
        // exactly its pages, the count is known at once and only the shown results' texts are loaded.
        var plans = terms.map(function (group) {
          return group.alts.map(core.pagefindPlan);
        });
        var exact =
          sort !== 'number' &&
          plans.every(function (forms) {
            return forms.every(function (plan) {
              return plan.exact;
            });
          });
        return load().then(function (pagefind) {
          var ask = function (q, extra) {
            var f = {};
            Object.keys(pfFilters).forEach(function (k) {
              f[k] = pfFilters[k];
            });
            Object.keys(extra || {}).forEach(function (k) {
              f[k] = extra[k];
            });
            return pagefind.search(q, { filters: f }).then(function (answer) {
              return answer.results;
            });
          };
          // Where each word of the terms occurs, asked beside the queries below (for rankHits).
          var located = exact ? locate(pagefind, plans) : null;
          // Its failure is reported through the chain that uses it; not a second time as unhandled.
          if (located) located.catch(function () {});
          // Per term: pages with any of its forms (each form: every one of its Pagefind queries),
          // or with the status or area it names; then the pages every term found.
          return Promise.all(
            terms.map(function (group, g) {
              var asked = plans[g].map(function (plan) {
                return Promise.all(
                  plan.queries.map(function (q) {
                    return ask(q);
                  }),
                ).then(intersect);
              });
              if (group.filter) {
                var extra = {};
                extra[group.filter.kind] = group.filter.label;
                asked.push(ask(null, extra));
              }
              return Promise.all(asked).then(union);
            }),
          ).then(function (perTerm) {
            var candidates = intersect(perTerm);
            // No more than a page: every text is loaded anyway, so they are ranked as the plain index ranks.
            if (exact && candidates.length > PAGE)
              return located.then(function (where) {
                var ranked = rankHits(where, candidates, plans);
                return lazyList(ranked, terms, chosen);
              });
            // Candidates only: every text is loaded and checked, then ranked as the plain index does.
            return Promise.all(
              candidates.map(function (r) {
                return r.data();
              }),
            ).then(function (fragments) {
              var records = fragments.map(toRecord).filter(function (record) {
                return core.matchesAll(record, terms);
              });
              return listOf(core.rank(records, terms, sort));
            });
          });
        });
      },
    };
  }

  /** The Pagefind query of all the words of an exact plan, unquoted: pages with every word, their locations merged. */
  function wordsQuery(plan) {
    return plan.words.join(' ');
  }

  /**
   * Where the words of each form occur: its wordsQuery, per distinct form. A Map from the query to
   * a Map from page id to locations.
   */
  function locate(pagefind, plans) {
    var queries = [];
    plans.forEach(function (forms) {
      forms.forEach(function (plan) {
        var q = wordsQuery(plan);
        if (queries.indexOf(q) < 0) queries.push(q);
      });
    });
    return Promise.all(
      queries.map(function (q) {
        return pagefind.search(q).then(function (answer) {
          var at = new Map();
          answer.results.forEach(function (r) {
            at.set(r.id, r.words);
          });
          return at;
        });
      }),
    ).then(function (located) {
      var where = new Map();
      queries.forEach(function (q, i) {
        where.set(q, located[i]);
      });
      return where;
    });
  }

  /**
   * Pagefind's hits ranked without loading their texts: each term's occurrences in a page counted
   * from the locations of its words (core.runCount over `where`, from locate), scored as
   * core.scoreCounts. A page found only through a status or area word counts one occurrence.
   */
  function rankHits(where, hits, plans) {
    var scored = hits.map(function (hit, order) {
      var counts = plans.map(function (forms) {
        var n = 0;
        forms.forEach(function (plan) {
          n += core.runCount(where.get(wordsQuery(plan)).get(hit.id) || [], plan.words.length);
        });
        return n || 1;
      });
      return { hit: hit, score: core.scoreCounts(counts), order: order };
    });
    scored.sort(function (a, b) {
      return b.score - a.score || a.order - b.order;
    });
    return scored.map(function (s) {
      return s.hit;
    });
  }

  /** A result list known in full (ranked records): each page is the next slice. */
  function listOf(records) {
    var at = 0;
    return {
      total: records.length,
      take: function (n) {
        var page = records.slice(at, at + n);
        at += page.length;
        return Promise.resolve(page);
      },
    };
  }

  /**
   * Pagefind's exact answer, ranked (rankHits), whose texts are loaded a page at a time: `total` is
   * known at once. Each loaded text is still checked against every term; a page that fails (a phrase
   * across punctuation, see core.pagefindPlan) is dropped, the total corrected, and the next hit
   * loaded in its place.
   */
  function lazyList(hits, terms, chosen) {
    var at = 0;
    var set = {
      total: hits.length,
      take: function (n) {
        var batch = hits.slice(at, at + n);
        at += batch.length;
        return Promise.all(
          batch.map(function (r) {
            return r.data();
          }),
        ).then(function (fragments) {
          var page = fragments.map(toRecord).filter(function (record) {
            return core.passes(record, chosen) && core.matchesAll(record, terms);
          });
          set.total -= batch.length - page.length;
          if (page.length < n && at < hits.length)
            return set.take(n - page.length).then(function (rest) {
              return page.concat(rest);
            });
          return page;
        });
      },
    };
    return set;
  }

  /** The results (by Pagefind id) found in every list, in the first list's order. */
  function intersect(lists) {
    if (!lists.length) return [];
    var others = lists.slice(1).map(idsOf);
    return lists[0].filter(function (r) {
      return others.every(function (ids) {
        return ids.has(r.id);
      });
    });
  }

  /** The results found in any list, each once, in order of first appearance. */
  function union(lists) {
    var seen = new Set();
    var out = [];
    lists.forEach(function (l) {
      l.forEach(function (r) {
        if (seen.has(r.id)) return;
        seen.add(r.id);
        out.push(r);
      });
    });
    return out;
  }

  function idsOf(list) {
    return new Set(
      list.map(function (r) {
        return r.id;
      }),
    );
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function toRecord(d) {
    return {
      url: String(d.raw_url || d.url).replace(/^\//, ''),
      kind: d.meta.kind,
      year: Number(d.meta.year),
      number: Number(d.meta.number),
      title: d.meta.title,
      area: d.meta.area || '',
      status: d.meta.status || '',
      text: d.content,
    };
  }

  /**
   * The plain-script index (search/offline-index.js: every record), searched in memory: on a small
   * site over HTTP (reason 'small', the page loads the script itself), from file:// ('file') and when
   * Pagefind cannot run ('fallback'); the last two load it with a <script> element (no fetch). Each
   * record's text is folded once, in slices of a few milliseconds, so no task grows long.
   */
  function plainEngine(reason) {
    var prepared = null;
    function load() {
      prepared =
        prepared ||
        (window.GZBG_SEARCH_INDEX ? Promise.resolve() : loadScript(app.getAttribute('data-offline-index'))).then(
          function () {
            return prepareAll(window.GZBG_SEARCH_INDEX.records);
          },
        );
      return prepared;
    }
    return {
      plain: true,
      note: reason === 'file' ? strings.offline : reason === 'fallback' ? strings.fallback : '',
      warm: function () {
        load().catch(function () {
          prepared = null; // reported by the query that needs it
        });
      },
      preload: function () {},
      warmUp: function () {},
      search: function (terms, chosen, sort) {
        return load().then(function (records) {
          return listOf(
            core.rank(
              records.filter(function (r) {
                return core.passes(r, chosen) && core.matchesAll(r, terms);
              }),
              terms,
              sort,
            ),
          );
        });
      },
    };
  }

  /** core.prepare on every record, yielding to the browser every ~8 ms; resolves to the records. */
  function prepareAll(records) {
    return new Promise(function (resolve) {
      var i = 0;
      (function slice() {
        var until = performance.now() + 8;
        while (i < records.length && performance.now() < until) core.prepare(records[i++]);
        if (i < records.length) setTimeout(slice, 0);
        else resolve(records);
      })();
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    writeAddress();
    run();
  });
  Object.keys(selects).forEach(function (name) {
    selects[name].addEventListener('change', function () {
      writeAddress();
      if (input.value.trim()) run();
    });
  });
  more.addEventListener('click', showMore);
  // As the reader types, the engine fetches what the query will need (Pagefind's index chunks).
  input.addEventListener('input', function () {
    var words = core.parseQuery(input.value);
    if (!words.length) return;
    t2sFor(words).then(function (t2s) {
      engine.preload(
        words.map(function (w) {
          return core.expandTerm(w, lexicon, t2s);
        }),
      );
    });
  });

  readAddress();
  run();
  // With no query yet, the reader is about to type one: the engine's first, slow queries run now,
  // while the page is idle, rather than after the key press.
  if (!input.value.trim())
    engine.warmUp(
      WARM_TERM,
      Array.prototype.map
        .call(selects.year.options, function (o) {
          return o.value;
        })
        .filter(Boolean)[0],
    );
})();
