// Full-text search over the index's shards: search-index.js lists them
// (window.REIKI_SEARCH_INDEX), this script loads each (script tags work
// from file:// too) and joins them into one index, numbering documents on
// from shard to shard, so scores are those of a single index.
// The query is segmented exactly as src/site/search.rs segments the text:
// NFKC, lower case, character bigrams inside runs of letters and digits.
(function () {
  "use strict";
  var MANIFEST = window.REIKI_SEARCH_INDEX;
  var INDEX = null;
  // The site root, from this script's own address (…/static/search.js).
  var ROOT = document.currentScript ? document.currentScript.src.replace(/static\/search\.js(\?.*)?$/, "") : "";
  var WORDCHAR = /[\p{Alphabetic}\p{N}]/u;

  function normalize(text) { return text.normalize("NFKC").toLowerCase(); }

  function terms(normalized) {
    var out = [], run = [];
    function flush() {
      if (run.length === 1) out.push(run[0]);
      for (var i = 0; i + 1 < run.length; i++) out.push(run[i] + run[i + 1]);
      run = [];
    }
    for (var ch of normalized) {
      if (WORDCHAR.test(ch)) run.push(ch); else flush();
    }
    flush();
    return out;
  }

  // Query words: separated by spaces (ASCII or ideographic, folded by NFKC).
  function queryWords(query) {
    return normalize(query).split(/\s+/).filter(function (w) { return terms(w).length > 0; });
  }

  // The index ships the text as written; each document gets its
  // normalised form once, character by character so that a hit in it maps
  // back to the original text for the snippet.
  function normalizedWithMap(text) {
    var norm = "", map = [], i = 0;
    for (var ch of text) {
      var n = normalize(ch);
      for (var k = 0; k < n.length; k++) map.push(i);
      norm += n;
      i += ch.length;
    }
    map.push(i);
    return { norm: norm, map: map };
  }

  // One index from the shards in order: each shard's document numbers
  // (in postings and word lists) shifted by the documents before it.
  function join(shards) {
    var index = { docs: [], terms: Object.create(null), words: Object.create(null) };
    shards.forEach(function (shard) {
      var offset = index.docs.length;
      shard.docs.forEach(function (d) { index.docs.push(d); });
      Object.keys(shard.terms).forEach(function (term) {
        var flat = shard.terms[term], list = index.terms[term] || (index.terms[term] = []);
        for (var i = 0; i < flat.length; i += 2) list.push(flat[i] + offset, flat[i + 1]);
      });
      Object.keys(shard.words).forEach(function (word) {
        var list = index.words[word] || (index.words[word] = []);
        shard.words[word].forEach(function (doc) { list.push(doc + offset); });
      });
    });
    return index;
  }

  var avgLen = 1;
  function prepare(index) {
    var total = 0;
    index.docs.forEach(function (d) {
      total += d.len;
      var nm = normalizedWithMap(d.text);
      d.norm = nm.norm;
      d.map = nm.map;
      d.labelNorm = normalize(d.label);
    });
    avgLen = Math.max(1, total / Math.max(1, index.docs.length));
    INDEX = index;
  }

  // Loads every shard, then calls done(true), or done(false) when one
  // cannot be loaded. Called once; later callers wait for the same load.
  var waiting = null;
  function load(done) {
    if (INDEX) { done(true); return; }
    if (waiting) { waiting.push(done); return; }
    waiting = [done];
    function finish(ok) {
      if (ok) prepare(join(MANIFEST.shards.map(function (_, n) { return window.REIKI_SEARCH_SHARDS[n]; })));
      var callers = waiting;
      waiting = null;
      callers.forEach(function (f) { f(ok); });
    }
    if (!MANIFEST || !Array.isArray(MANIFEST.shards)) { finish(false); return; }
    var pending = MANIFEST.shards.length, failed = false;
    if (pending === 0) { finish(true); return; }
    MANIFEST.shards.forEach(function (path, n) {
      var script = document.createElement("script");
      script.src = ROOT + path;
      script.onload = function () {
        if (!(window.REIKI_SEARCH_SHARDS && window.REIKI_SEARCH_SHARDS[n])) failed = true;
        if (--pending === 0) finish(!failed);
      };
      script.onerror = function () { failed = true; if (--pending === 0) finish(false); };
      document.head.appendChild(script);
    });
  }

  // 第25条, 25条, 第２５条の２, 第二十五条の二: a query naming an article
  // (NFKC has already made the digits ASCII; kanji numerals, as 例規集 write
  // them, are read here). Returns the label as the index writes it.
  var KANJI_DIGITS = "〇一二三四五六七八九";
  var KANJI_UNITS = { "十": 10, "百": 100, "千": 1000 };
  var NUMBER = "(\\d+|[〇一二三四五六七八九十百千]+)";
  var ARTICLE = new RegExp("^第?" + NUMBER + "条((?:の" + NUMBER + ")*)$");
  // 二十五 → 25, 百二 → 102, 三〇 → 30; null when it is not a numeral.
  function kanjiNumber(text) {
    if (/^\d+$/.test(text)) return parseInt(text, 10);
    var total = 0, digit = null, positional = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), d = KANJI_DIGITS.indexOf(c);
      if (d >= 0) { digit = d; if (positional !== null) positional += d; continue; }
      var unit = KANJI_UNITS[c];
      if (!unit) return null;
      total += (digit === null ? 1 : digit) * unit;
      digit = null;
      positional = null;
    }
    // Without 十/百/千 the digits are read in place (三〇 = 30).
    if (positional !== null) return positional === "" ? null : parseInt(positional, 10);
    return total + (digit || 0);
  }
  function articleLabel(word) {
    var m = ARTICLE.exec(word);
    if (!m) return null;
    var main = kanjiNumber(m[1]);
    if (main === null) return null;
    var branches = m[2] ? m[2].split("の").slice(1).map(kanjiNumber) : [];
    if (branches.some(function (b) { return b === null; })) return null;
    return "第" + main + "条" + branches.map(function (b) { return "の" + b; }).join("");
  }

  // A katakana or latin word found only inside a longer word of its own
  // script (ログ in プログラム) is a weaker hit than the word itself.
  var KATAKANA = /[\u30A0-\u30FF\uFF66-\uFF9F]/;
  var LATIN = /[a-z]/;
  function sameScript(a, b) {
    return (KATAKANA.test(a) && KATAKANA.test(b)) || (LATIN.test(a) && LATIN.test(b));
  }
  function wholeWordHit(text, word) {
    var first = word[0], last = word[word.length - 1];
    for (var i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      var before = i > 0 ? text[i - 1] : "", after = text[i + word.length] || "";
      if (!(before && sameScript(before, first)) && !(after && sameScript(after, last))) return true;
    }
    return false;
  }
  // Weight of a hit that lies only inside longer words.
  var INSIDE_WORD = 0.25;
  // Bonus that puts the article a query names above articles citing it.
  var NAMED_ARTICLE = 100;

  function postings(term) {
    var flat = INDEX.terms[term];
    var map = new Map();
    if (!flat) return map;
    for (var i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  }

  // Score of every document containing all terms of one query word
  // (BM25 over bigrams), with bonuses for the exact phrase, a caption hit
  // and a content-word hit.
  function scoreWord(word) {
    var ts = terms(word);
    var n = INDEX.docs.length;
    var scores = new Map();
    var lists = ts.map(postings);
    if (lists.some(function (m) { return m.size === 0; })) {
      // A one-letter word that never stands alone: fall back to a scan.
      if (ts.length === 1) {
        INDEX.docs.forEach(function (d, i) { if (d.norm.indexOf(word) >= 0) scores.set(i, 1); });
      }
      return addNamedArticle(word, scores);
    }
    lists.sort(function (a, b) { return a.size - b.size; });
    // Documents where the dictionary cut the query out as a word of its own
    // (アクセス|ログ), as opposed to a piece of a longer word (プログラム).
    var asWord = new Set(INDEX.words[word] || []);
    lists[0].forEach(function (_, doc) {
      if (!lists.every(function (m) { return m.has(doc); })) return;
      var d = INDEX.docs[doc], s = 0;
      lists.forEach(function (m) {
        var tf = m.get(doc), df = m.size;
        var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        s += idf * (tf * 2.2) / (tf + 1.2 * (0.25 + 0.75 * d.len / avgLen));
      });
      if (d.norm.indexOf(word) >= 0) s *= asWord.has(doc) || wholeWordHit(d.norm, word) ? 2 : 2 * INSIDE_WORD; else s *= 0.3;
      var caption = normalize(d.caption);
      if (caption.indexOf(word) >= 0) s += asWord.has(doc) || wholeWordHit(caption, word) ? 8 : 8 * INSIDE_WORD;
      scores.set(doc, s);
    });
    var wordDocs = INDEX.words[word];
    if (wordDocs) wordDocs.forEach(function (doc) { if (scores.has(doc)) scores.set(doc, scores.get(doc) + 2); });
    return addNamedArticle(word, scores);
  }

  function addNamedArticle(word, scores) {
    var label = articleLabel(word);
    if (label) {
      INDEX.docs.forEach(function (d, i) {
        if (d.labelNorm === label) scores.set(i, (scores.get(i) || 0) + NAMED_ARTICLE);
      });
    }
    return scores;
  }

  // Documents holding every query word come first; documents holding only
  // some of them follow (a reader searching 「委託先 監査」 still wants the
  // city whose article says 委託先 … 検査).
  function search(query) {
    var words = queryWords(query);
    if (!INDEX || words.length === 0) return [];
    var total = new Map();
    words.forEach(function (w) {
      scoreWord(w).forEach(function (v, doc) {
        var t = total.get(doc) || { score: 0, matched: 0 };
        t.score += v;
        t.matched += 1;
        total.set(doc, t);
      });
    });
    var results = [];
    total.forEach(function (t, doc) {
      results.push({ doc: INDEX.docs[doc], n: doc, score: t.score, all: t.matched === words.length });
    });
    results.sort(function (a, b) { return (b.all - a.all) || (b.score - a.score) || (a.n - b.n); });
    return results;
  }

  // Snippet: a window around the first hit of each query word (merged
  // where they overlap), built with DOM nodes (no HTML injection).
  function snippet(doc, words) {
    // Hits are found in the normalised text and cut from the original.
    var flat = doc.text, hits = [];
    words.forEach(function (w) {
      var i = doc.norm.indexOf(w);
      if (i >= 0) hits.push([doc.map[i], doc.map[i + w.length]]);
    });
    var windows = hits.map(function (h) { return [Math.max(0, h[0] - 25), Math.min(flat.length, h[1] + 45)]; });
    if (windows.length === 0) windows.push([0, Math.min(flat.length, 100)]);
    windows.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    windows.forEach(function (w) {
      var last = merged[merged.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]); else merged.push(w.slice());
    });
    var frag = document.createDocumentFragment();
    merged.forEach(function (w) {
      if (w[0] > 0) frag.appendChild(document.createTextNode("…"));
      appendMarked(frag, flat, w, hits);
    });
    if (merged[merged.length - 1][1] < flat.length) frag.appendChild(document.createTextNode("…"));
    return frag;
  }

  // The original text of window w, with every occurrence of a hit's
  // original wording in it marked; line breaks shown as spaces.
  function appendMarked(frag, text, w, hits) {
    var forms = hits.map(function (h) { return text.slice(h[0], h[1]); });
    var part = text.slice(w[0], w[1]).replace(/\s+/g, " ");
    var pos = 0;
    while (pos < part.length) {
      var next = -1, len = 0;
      forms.forEach(function (f) {
        var i = f ? part.indexOf(f.replace(/\s+/g, " "), pos) : -1;
        if (i >= 0 && (next < 0 || i < next)) { next = i; len = f.length; }
      });
      if (next < 0) { frag.appendChild(document.createTextNode(part.slice(pos))); break; }
      frag.appendChild(document.createTextNode(part.slice(pos, next)));
      var mark = document.createElement("mark");
      mark.textContent = part.slice(next, next + len);
      frag.appendChild(mark);
      pos = next + len;
    }
  }

  var LIMIT = 100;
  // Queries typed while the index loads: only the last one is shown.
  var latest = 0;
  function show(query) {
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    if (!status || !list) return;
    var asked = ++latest;
    if (!INDEX) status.textContent = "検索インデックスを読み込んでいます…";
    load(function (ok) {
      if (asked !== latest) return;
      list.textContent = "";
      if (!ok) { status.textContent = "検索インデックス（search-index.js）を読み込めませんでした。"; return; }
      showResults(query, status, list);
    });
  }

  function showResults(query, status, list) {
    var words = queryWords(query);
    if (words.length === 0) { status.textContent = "検索語を入力してください。"; return; }
    var results = search(query);
    var all = results.filter(function (r) { return r.all; }).length;
    status.textContent = "「" + query.trim() + "」の検索結果: " + results.length + "件" +
      (words.length > 1 ? "（すべての語を含む条文 " + all + "件、続いて一部の語を含む条文）" : "") +
      (results.length > LIMIT ? "。上位" + LIMIT + "件を表示" : "");
    results.slice(0, LIMIT).forEach(function (r) {
      var li = document.createElement("li");
      if (!r.all) li.className = "partial-match";
      var a = document.createElement("a");
      a.href = r.doc.url;
      a.className = "r-title";
      a.textContent = r.doc.label + (r.doc.caption ? "（" + r.doc.caption + "）" : "");
      var reg = document.createElement("span");
      reg.className = "r-reg";
      reg.textContent = r.doc.reg;
      var p = document.createElement("p");
      p.className = "r-snippet";
      p.appendChild(snippet(r.doc, words));
      li.appendChild(a);
      li.appendChild(reg);
      li.appendChild(p);
      list.appendChild(li);
    });
  }

  // search() answers once the index is loaded (see load).
  window.reikiSearch = { normalize: normalize, terms: terms, search: search, load: load };

  var input = document.getElementById("q");
  if (!input) return;
  var q = new URLSearchParams(location.search).get("q") || "";
  input.value = q;
  var header = document.getElementById("site-search-q");
  if (header) header.value = q;
  if (q) show(q);
  var form = input.form;
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var value = input.value;
    if (header) header.value = value;
    show(value);
    try { history.replaceState(null, "", "?q=" + encodeURIComponent(value)); } catch (err) { /* file:// in some browsers */ }
  });
})();
