// <fd-article-text>: renders an article's blocks and sentences on the client and drives the
// keyboard-first review. The server feeds it once with
//   {blocks: [{kind, sentences: [[id, ordinal, text, verdict, version], ...]}]}
// and later with verdict updates; the element reports the editor's intents as DOM events
// (fd-mark, fd-open, fd-close, fd-help) that the server handles.
// Renders into light DOM: the page stylesheet applies, and [data-sentence-id], [data-ordinal]
// and [data-verdict] are a stable contract for tests and later features.

const BLOCK_TAGS = { HEADING: 'h2', PARAGRAPH: 'p', BULLET: 'li' };
const VERDICT_KEYS = { v: 'verified', d: 'disputed', p: 'promotional', n: 'no-claim', u: '' };

class FdArticleText extends HTMLElement {
  constructor() {
    super();
    this.sentences = [];
    this.anchor = -1; // where a range selection started
    this.focusIndex = -1; // the sentence the selection moves with
    this.filter = 'all';
    // Marks go to the server one at a time, each with the versions the previous one produced:
    // fast typing (n then u) must not collide with itself.
    this.queue = [];
    this.inflight = null;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onClick = this.onClick.bind(this);
  }

  connectedCallback() {
    document.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('click', this.onClick);
  }

  disconnectedCallback() {
    document.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('click', this.onClick);
  }

  setData(data) {
    const fragment = document.createDocumentFragment();
    const sentences = [];
    let list = null;
    for (const block of data.blocks) {
      const element = document.createElement(BLOCK_TAGS[block.kind] || 'p');
      element.className = 'fd-block fd-block-' + block.kind.toLowerCase();
      block.sentences.forEach(([id, ordinal, text, verdict, version], index) => {
        if (index > 0) element.append(' ');
        const sentence = document.createElement('span');
        sentence.className = 'fd-sentence';
        sentence.dataset.sentenceId = id;
        sentence.dataset.ordinal = ordinal;
        sentence.dataset.verdict = verdict || '';
        sentence.dataset.version = version || 0;
        sentence.textContent = text;
        element.append(sentence);
        sentences.push(sentence);
      });
      if (block.kind === 'BULLET') {
        if (!list) {
          list = document.createElement('ul');
          list.className = 'fd-list';
          fragment.append(list);
        }
        list.append(element);
      } else {
        list = null;
        fragment.append(element);
      }
    }
    this.replaceChildren(fragment);
    this.sentences = sentences;
    this.anchor = this.focusIndex = -1;
    this.dataset.sentenceCount = sentences.length;
    this.dataset.state = 'ready';
    // For measuring in the field and in ReaderBenchmark: when all sentences are in the DOM.
    performance.mark('fd-article-rendered', { detail: { count: sentences.length } });
    this.dispatchEvent(new CustomEvent('fd-rendered', { detail: { count: sentences.length } }));
    this.selectLinkedSentence();
  }

  /** A link to "…/article/7#sentence-12" (as published in ClaimReview) opens at sentence 12. */
  selectLinkedSentence() {
    const linked = /^#sentence-(\d+)$/.exec(window.location.hash);
    if (!linked) return;
    const index = this.sentences.findIndex((s) => s.dataset.ordinal === linked[1]);
    if (index >= 0) this.select(index, false);
  }

  /** Server-confirmed state: [[id, verdict, version], ...]. Clears the pending marks of those sentences. */
  applyVerdicts(updates) {
    const byId = new Map(this.sentences.map((s) => [s.dataset.sentenceId, s]));
    const queued = new Set(this.queue.flatMap((mark) => mark.sentences));
    for (const [id, verdict, version] of updates) {
      const sentence = byId.get(String(id));
      if (!sentence) continue;
      sentence.dataset.version = version;
      if (queued.has(sentence)) continue; // a later mark of this sentence is still to be sent: keep showing it
      sentence.dataset.verdict = verdict || '';
      delete sentence.dataset.pending;
    }
    this.applyFilter();
    if (this.inflight && updates.some(([id]) => this.inflight.has(String(id)))) this.release();
  }

  setFilter(filter) {
    this.filter = filter;
    this.dataset.filter = filter;
    this.applyFilter();
  }

  applyFilter() {
    for (const sentence of this.sentences) {
      sentence.hidden = !this.matchesFilter(sentence);
    }
  }

  matchesFilter(sentence) {
    if (this.filter === 'all') return true;
    if (this.filter === 'unreviewed') return !sentence.dataset.verdict;
    return sentence.dataset.verdict === this.filter;
  }

  /** Selects the sentence with that id (from the server, e.g. to jump to it). */
  selectSentence(id) {
    const index = this.sentences.findIndex((s) => s.dataset.sentenceId === String(id));
    if (index >= 0) this.select(index, false);
  }

  select(index, extend) {
    if (index < 0 || index >= this.sentences.length) return;
    if (!extend || this.anchor < 0) this.anchor = index;
    this.focusIndex = index;
    const [from, to] = [Math.min(this.anchor, index), Math.max(this.anchor, index)];
    this.sentences.forEach((sentence, i) => {
      const selected = i >= from && i <= to;
      sentence.classList.toggle('fd-selected', selected);
      if (selected) sentence.setAttribute('aria-selected', 'true');
      else sentence.removeAttribute('aria-selected');
    });
    this.sentences[index].classList.add('fd-focus');
    this.sentences.forEach((s, i) => { if (i !== index) s.classList.remove('fd-focus'); });
    this.sentences[index].scrollIntoView({ block: 'nearest' });
  }

  selection() {
    if (this.focusIndex < 0) return [];
    const [from, to] = [Math.min(this.anchor, this.focusIndex), Math.max(this.anchor, this.focusIndex)];
    return this.sentences.slice(from, to + 1).filter((s) => !s.hidden);
  }

  move(step, extend) {
    let index = this.focusIndex;
    do {
      index += step;
    } while (index >= 0 && index < this.sentences.length && this.sentences[index].hidden);
    if (index >= 0 && index < this.sentences.length) this.select(index, extend);
    else if (this.focusIndex < 0 && step > 0) this.move(1, false);
  }

  nextUnreviewed() {
    const count = this.sentences.length;
    for (let offset = 1; offset <= count; offset++) {
      const index = (Math.max(this.focusIndex, -1) + offset) % count;
      const sentence = this.sentences[index];
      if (!sentence.dataset.verdict && !sentence.hidden) {
        this.select(index, false);
        return;
      }
    }
  }

  mark(verdict) {
    const selected = this.selection();
    if (selected.length === 0) return;
    for (const sentence of selected) {
      sentence.dataset.pending = 'true';
      sentence.dataset.verdict = verdict;
    }
    this.queue.push({ sentences: selected, verdict });
    this.sendNextMark();
  }

  sendNextMark() {
    if (this.inflight || this.queue.length === 0) return;
    const { sentences, verdict } = this.queue.shift();
    this.inflight = new Set(sentences.map((s) => s.dataset.sentenceId));
    // Should an answer never come (server error), do not block the editor for good.
    this.inflightTimer = setTimeout(() => this.release(), 10000);
    const changes = sentences.map((s) => [Number(s.dataset.sentenceId), Number(s.dataset.version)]);
    this.dispatchEvent(new CustomEvent('fd-mark', { detail: { changes: JSON.stringify(changes), verdict } }));
  }

  release() {
    clearTimeout(this.inflightTimer);
    this.inflight = null;
    this.sendNextMark();
  }

  open() {
    if (this.focusIndex < 0) return;
    const sentence = this.sentences[this.focusIndex];
    this.dispatchEvent(new CustomEvent('fd-open', {
      detail: {
        id: Number(sentence.dataset.sentenceId),
        ordinal: Number(sentence.dataset.ordinal),
        version: Number(sentence.dataset.version),
        text: sentence.textContent,
      },
    }));
  }

  onClick(event) {
    const sentence = event.target.closest('.fd-sentence');
    if (!sentence) return;
    this.select(this.sentences.indexOf(sentence), event.shiftKey);
  }

  onKeyDown(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || this.isTyping(event)) return;
    const key = event.key;
    const lower = key.length === 1 ? key.toLowerCase() : key;
    let handled = true;
    if (lower === 'j' || key === 'ArrowDown') this.move(1, event.shiftKey);
    else if (lower === 'k' || key === 'ArrowUp') this.move(-1, event.shiftKey);
    else if (lower in VERDICT_KEYS && !event.shiftKey) this.mark(VERDICT_KEYS[lower]);
    else if (key === 'Enter') this.open();
    else if (key === 'Escape') this.dispatchEvent(new CustomEvent('fd-close'));
    else if (key === '?') this.dispatchEvent(new CustomEvent('fd-help'));
    else if (key === ' ') this.nextUnreviewed();
    else handled = false;
    if (handled) event.preventDefault();
  }

  /** Keys typed into a field (note, evidence, filter) or while a dialog is open are not shortcuts. */
  isTyping(event) {
    if (document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]')) return true;
    return event.composedPath().some((node) => node instanceof HTMLElement
        && (node.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(node.tagName)
            || node.classList.contains('fd-panel')));
  }
}

if (!customElements.get('fd-article-text')) {
  customElements.define('fd-article-text', FdArticleText);
}
