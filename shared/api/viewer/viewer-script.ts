/**
 * The viewer's script, served at /viewer.js. It is a string module (not a file read at run time)
 * so that the Lambda bundle carries it. Every piece of data reaches the page through textContent,
 * a text node or an attribute set by property, never through innerHTML: an article holding
 * `<script>` shows those characters. Plain JS, no template literals (this is one).
 */
export const VIEWER_SCRIPT = String.raw`(function () {
  'use strict';
  var app = document.getElementById('app');
  var COLOURS = 8;
  var ARTICLE_PATH = /^\/view\/([0-9a-f]{32})\/?$/;

  function el(tag, props, children) {
    var node = document.createElement(tag);
    props = props || {};
    if (props.className) node.className = props.className;
    if (props.text !== undefined && props.text !== null) node.textContent = String(props.text);
    if (props.title !== undefined) node.title = props.title;
    if (props.href !== undefined) node.setAttribute('href', props.href);
    (children || []).forEach(function (child) { if (child !== null && child !== undefined) node.append(child); });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  async function getJson(path) {
    var response = await fetch(path, { headers: { accept: 'application/json' } });
    var body = await response.json();
    if (!response.ok) throw new Error(body.detail || ('HTTP ' + response.status));
    return body;
  }

  function when(iso) { return iso ? new Date(iso).toLocaleString() : ''; }

  function badge(status) { return el('span', { className: 'badge ' + status, text: status }); }

  function showError(error) {
    clear(app);
    app.append(el('p', { className: 'error-box', text: 'Could not load: ' + (error && error.message ? error.message : String(error)) }));
  }

  function articleListItem(article) {
    var title = article.title || article.source.key;
    var stats = article.stats ? article.stats.quotes + ' quotes · ' + article.stats.speakers + ' speakers' : '';
    return el('li', {}, [
      el('a', { className: 'title', href: '/view/' + encodeURIComponent(article.id), text: title }),
      el('div', { className: 'meta' }, [badge(article.status), el('span', { text: article.source.key }), el('span', { text: when(article.createdAt) }), stats ? el('span', { text: stats }) : null]),
    ]);
  }

  async function showList() {
    document.title = 'précis';
    clear(app);
    var list = el('ul', { className: 'article-list' });
    var more = el('button', { text: 'More articles' });
    var cursor = null;
    app.append(el('h1', { text: 'Articles' }), list);
    async function load() {
      var page = await getJson('/articles?limit=25' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
      page.items.forEach(function (article) { list.append(articleListItem(article)); });
      cursor = page.cursor;
      if (cursor) app.append(more); else more.remove();
      if (list.children.length === 0) list.append(el('li', { className: 'muted', text: 'No articles yet: drop a .txt, .md or .html file into ./inbox/.' }));
    }
    more.addEventListener('click', function () { load().catch(showError); });
    await load();
  }

  /** One colour per speaker, in the order the summary lists them; quotes by nobody known get grey. */
  function colourMap(article, quotes) {
    var indexOf = new Map();
    article.speakers.forEach(function (speaker) { if (!indexOf.has(speaker.id)) indexOf.set(speaker.id, indexOf.size); });
    quotes.forEach(function (quote) { if (quote.speaker && !indexOf.has(quote.speaker.id)) indexOf.set(quote.speaker.id, indexOf.size); });
    return function (speaker) { return speaker && indexOf.has(speaker.id) ? 'speaker-' + (indexOf.get(speaker.id) % COLOURS) : 'speaker-none'; };
  }

  function describeQuote(quote) {
    return [
      'Speaker: ' + (quote.speaker ? quote.speaker.name : 'unattributed'),
      'Cue: ' + (quote.cue ? quote.cue.text : '—'),
      'Confidence: ' + Math.round(quote.confidence * 100) + '%',
      'Kind: ' + quote.kind,
    ].join('\n');
  }

  /** The text with each quote wrapped in a mark; overlapping quotes keep the one that starts first. */
  function highlightedText(text, quotes, colourOf) {
    var box = el('div', { className: 'article-text' });
    var ordered = quotes.filter(function (q) { return q.end > q.start; }).sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var at = 0;
    ordered.forEach(function (quote) {
      if (quote.start < at || quote.end > text.length) return;
      if (quote.start > at) box.append(document.createTextNode(text.slice(at, quote.start)));
      var mark = el('mark', { className: 'quote ' + colourOf(quote.speaker), text: text.slice(quote.start, quote.end), title: describeQuote(quote) });
      mark.dataset.speaker = quote.speaker ? quote.speaker.name : '';
      box.append(mark);
      at = quote.end;
    });
    box.append(document.createTextNode(text.slice(at)));
    return box;
  }

  function spanList(tag, className, spans) {
    return el(tag, { className: className }, spans.map(function (span) { return el('li', { text: span.text }); }));
  }

  async function showArticle(id) {
    clear(app);
    app.append(el('p', { className: 'muted', text: 'Loading…' }));
    var results = await Promise.all([getJson('/articles/' + id + '?include=text'), getJson('/articles/' + id + '/quotes')]);
    var article = results[0];
    var quotes = results[1].items;
    var colourOf = colourMap(article, quotes);
    var title = article.title || article.source.key;
    document.title = title + ' — précis';
    clear(app);

    var header = el('div', {}, [
      el('p', { className: 'muted' }, [el('a', { href: '/', text: '← all articles' })]),
      el('h1', { text: title }),
      el('div', { className: 'meta' }, [
        badge(article.status),
        el('span', { text: article.source.key + (article.source.size !== undefined ? ' · ' + article.source.size + ' bytes' : '') }),
        el('span', { text: 'added ' + when(article.createdAt) }),
        el('span', { text: 'pipeline ' + article.pipelineVersion }),
      ]),
    ]);
    app.append(header);
    if (article.error) app.append(el('p', { className: 'error-box', text: article.error.code + ': ' + article.error.message }));

    var main = el('section', {});
    if (article.summary) {
      main.append(el('h2', { text: 'Summary' }), spanList('ol', 'summary', article.summary.sentences));
      if (article.summary.keyPoints.length > 0) main.append(el('h2', { text: 'Key points' }), spanList('ul', 'key-points', article.summary.keyPoints));
    }
    main.append(el('h2', { text: 'Article' }));
    main.append(typeof article.text === 'string' ? highlightedText(article.text, quotes, colourOf) : el('p', { className: 'muted', text: 'No text stored for this article.' }));

    var speakers = el('ul', { className: 'speakers' }, article.speakers.map(function (speaker) {
      return el('li', {}, [
        el('span', { className: 'swatch ' + colourOf(speaker) }),
        el('span', { className: 'name', text: speaker.name }),
        el('span', { className: 'muted', text: ' · ' + speaker.quoteCount + (speaker.quoteCount === 1 ? ' quote' : ' quotes') }),
        speaker.digest ? el('div', { className: 'digest', text: speaker.digest }) : null,
      ]);
    }));
    var aside = el('aside', {}, [el('h2', { text: 'Who said what' }), article.speakers.length > 0 ? speakers : el('p', { className: 'muted', text: 'Nobody is quoted.' })]);
    app.append(el('div', { className: 'layout' }, [main, aside]));
  }

  function route() {
    var match = ARTICLE_PATH.exec(location.pathname);
    if (match) return showArticle(match[1]);
    return showList();
  }

  route().catch(showError);
})();
`;
