// Full-text search over the index's shards: search-index.js lists them
// (window.REIKI_SEARCH_INDEX), this script loads each (script tags work
// from file:// too) and joins them into one index in order, numbering
// documents on from shard to shard, so once all are in, scores are those
// of a single index. A query is answered from the shards joined so far
// while the others load (a large site has tens of MB of them), marked as
// partial, and answered again when the index is whole.
// The query is segmented exactly as src/site/search.rs segments the text:
// NFKC, lower case, character bigrams inside runs of letters and digits.
(function () {
  "use strict";
  var MANIFEST = window.REIKI_SEARCH_INDEX;
  var SHARDS = MANIFEST && Array.isArray(MANIFEST.shards) ? MANIFEST.shards : null;
  // The shards joined so far (a prefix of SHARDS), as one index.
  var INDEX = { docs: [], terms: Object.create(null), words: Object.create(null) };
  var joined = 0;
  // Shards from `stop` on are not joined: the first that could not be
  // loaded (`failed`, its path) and those after it.
  var stop = SHARDS ? SHARDS.length : 0;
  var failed = SHARDS ? null : "search-index.js";
  function complete() { return failed === null && joined === stop; }
  // Loading is over: every shard joined, or every shard before a failed one.
  function settled() { return joined === stop; }
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
  // normalised form once (normalizedText), and the map of that form back
  // to the original only when its snippet is shown (normalizedWithMap).
  //
  // UTF-16 units that NFKC and lower case leave as they are: ASCII but
  // capitals, kana, the CJK ideographs and 、。「」『』 — nearly all of a
  // regulation's text, so that joining the index normalises only the
  // rest (normalising 34 MB character by character had taken 3 of the 5 s
  // an N = 2,000 site's search waited for its index).
  function unchanged(c) {
    return (c >= 0x20 && c <= 0x7e && !(c >= 0x41 && c <= 0x5a)) ||
      (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc ||
      (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002 || (c >= 0x300c && c <= 0x300f);
  }
  // The normalised text alone, as normalizedWithMap gives it.
  function normalizedText(text) {
    var out = "", copied = 0;
    for (var i = 0; i < text.length;) {
      if (unchanged(text.charCodeAt(i))) { i++; continue; }
      var ch = String.fromCodePoint(text.codePointAt(i));
      out += text.slice(copied, i) + normalize(ch);
      i += ch.length;
      copied = i;
    }
    return out + text.slice(copied);
  }
  // The normalised text and, for each of its units, where its character
  // starts in `text`: made only for a document shown (its snippet).
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

  // Joins the next shard: its document numbers (in postings and word
  // lists) shifted by the documents before it, each document given its
  // normalised text once.
  var totalLen = 0, avgLen = 1;
  function append(shard) {
    var offset = INDEX.docs.length;
    shard.docs.forEach(function (d) {
      d.norm = normalizedText(d.text);
      d.labelNorm = normalize(d.label);
      totalLen += d.len;
      INDEX.docs.push(d);
    });
    Object.keys(shard.terms).forEach(function (term) {
      var flat = shard.terms[term], list = INDEX.terms[term] || (INDEX.terms[term] = []);
      for (var i = 0; i < flat.length; i += 2) list.push(flat[i] + offset, flat[i + 1]);
    });
    Object.keys(shard.words).forEach(function (word) {
      var list = INDEX.words[word] || (INDEX.words[word] = []);
      shard.words[word].forEach(function (doc) { list.push(doc + offset); });
    });
    avgLen = Math.max(1, totalLen / Math.max(1, INDEX.docs.length));
  }

  // Shards loading at once: enough to keep the browser reading while one
  // is joined, few enough that shard 0 is not queued behind the others.
  var SHARDS_AT_ONCE = 4;

  // Starts loading every shard (once); `changed` is called whenever more
  // of the index is joined, a shard fails, or the index is whole.
  var listeners = [], started = false;
  function load(changed) {
    listeners.push(changed);
    if (started) { changed(); return; }
    started = true;
    var notify = function () { listeners.forEach(function (f) { f(); }); };
    if (!SHARDS || SHARDS.length === 0) { notify(); return; }
    var arrived = SHARDS.map(function () { return false; });
    var joinArrived = function () {
      var before = joined;
      while (joined < stop && arrived[joined]) {
        append(window.REIKI_SEARCH_SHARDS[joined]);
        joined++;
      }
      return joined > before;
    };
    // A few at a time, in order, so the first shards (and a first answer)
    // come before the browser has read the whole index.
    var next = 0;
    var start = function () {
      if (next >= SHARDS.length) return;
      var n = next++;
      fetchShard(SHARDS[n], n);
    };
    var fetchShard = function (path, n) {
      var script = document.createElement("script");
      script.src = ROOT + path;
      script.onload = function () {
        if (!(window.REIKI_SEARCH_SHARDS && window.REIKI_SEARCH_SHARDS[n])) { script.onerror(); return; }
        arrived[n] = true;
        if (joinArrived()) notify();
        start();
      };
      script.onerror = function () {
        start();
        if (n >= stop) return;
        stop = n;
        failed = path;
        joinArrived();
        notify();
      };
      document.head.appendChild(script);
    };
    for (var k = 0; k < SHARDS_AT_ONCE; k++) start();
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
    if (words.length === 0) return [];
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
    var flat = doc.text, hits = [], map = doc.map || (doc.map = normalizedWithMap(flat).map);
    words.forEach(function (w) {
      var i = doc.norm.indexOf(w);
      if (i >= 0) hits.push([map[i], map[i + w.length]]);
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
  // Shards joined between two showings of a partial answer: each showing
  // searches all that is joined, so showing after every shard of a large
  // site would search it again and again.
  var PARTIAL_EVERY = 8;
  // The query shown: a new one replaces it, also while the index loads.
  var latest = 0;
  function show(query) {
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    if (!status || !list) return;
    var asked = ++latest, shownAt = -1;
    if (!complete()) status.textContent = "検索インデックスを読み込んでいます…";
    load(function () {
      if (asked !== latest) return;
      if (settled()) {
        list.textContent = "";
        if (complete()) { showResults(query, status, list, ""); return; }
        if (joined === 0) { status.textContent = "検索インデックス（" + failed + "）を読み込めませんでした。"; return; }
        // What was joined is still searched, and says it is only part.
        showResults(query, status, list, "検索インデックスの一部（" + failed + " 以降）を読み込めなかったため、" +
          SHARDS.length + " 個のうち " + joined + " 個の中の結果です。");
        return;
      }
      if (joined === 0 || (shownAt >= 0 && joined - shownAt < PARTIAL_EVERY)) return;
      shownAt = joined;
      list.textContent = "";
      showPartial(query, status, list);
    });
  }

  // A first answer from the shards joined so far, while the rest load.
  function showPartial(query, status, list) {
    var words = queryWords(query);
    if (words.length === 0) { status.textContent = "検索語を入力してください。"; return; }
    var results = search(query);
    status.textContent = "検索中: 索引 " + SHARDS.length + " 個のうち " + joined + " 個を読み込み、ここまでに " +
      results.length + "件。残りを読み込むと結果と順位が変わります…";
    results.slice(0, LIMIT).forEach(function (r) { list.appendChild(resultItem(r, words)); });
  }

  function showResults(query, status, list, note) {
    var words = queryWords(query);
    if (words.length === 0) { status.textContent = "検索語を入力してください。"; return; }
    var results = search(query);
    var all = results.filter(function (r) { return r.all; }).length;
    status.textContent = note + "「" + query.trim() + "」の検索結果: " + results.length + "件" +
      (words.length > 1 ? "（すべての語を含む条文 " + all + "件、続いて一部の語を含む条文）" : "") +
      (results.length > LIMIT ? "。上位" + LIMIT + "件を表示" : "");
    results.slice(0, LIMIT).forEach(function (r) { list.appendChild(resultItem(r, words)); });
  }

  function resultItem(r, words) {
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
    return li;
  }

  // search() answers from the shards joined so far (see load).
  window.reikiSearch = {
    normalize: normalize, terms: terms, search: search, load: load,
    normalizedText: normalizedText, normalizedWithMap: normalizedWithMap
  };

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
