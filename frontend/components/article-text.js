// <fd-article-text>: renders an article's blocks and sentences on the client and drives the
// keyboard-first review. The server feeds it once with
//   {blocks: [{kind, sentences: [[id, ordinal, text, verdict, version, suggestion, worth, comments], ...]}]}
// (suggestion: the verdict key an open suggestion proposes, or ''; worth: check-worthiness in
// hundredths; comments: [count, open] of the sentence's discussion, see updateComments) and later
// with verdict, suggestion and comment updates; the element reports the editor's
// intents as DOM events (fd-mark, fd-suggestion, fd-open, fd-close, fd-help, fd-order) that the
// server handles. Accepting or dismissing a suggestion queues like a mark and is settled the same way,
// and so does confirming a verdict carried from the article's previous version (fd-confirm-carried;
// data-carried="changed" / "substance" marks such sentences, see setCarried).
// A mark is shown at once but stays pending (data-pending) until the server settles it with the
// stored state (settleMark); a refused or unanswered mark goes back to the last state the server
// confirmed, and the editor is told which sentences were not saved. Leaving the page with pending
// marks or an unsaved side panel asks first (beforeunload).
// Renders into light DOM: the page stylesheet applies, and [data-sentence-id], [data-ordinal]
// [data-verdict], [data-suggestion] and [data-checkworthiness] are a stable contract for tests
// and later features.

const BLOCK_TAGS = { HEADING: 'h2', PARAGRAPH: 'p', BULLET: 'li' };
const DEFAULT_SAVE_TIMEOUT_MS = 10000;
const NOTIFICATION_MS = 8000;

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
    this.pendingShows = new Set(); // marks sent and not yet drawn pending (showPendingAfterSend)
    this.markSeq = 0;
    this.timedOut = new Map(); // seq -> mark given up on: its late answer still shows the truth
    this.confirmed = new Map(); // sentence id -> verdict as the server last stated it
    this.confirmedSuggestions = new Map(); // sentence id -> open suggestion ('' none) as the server last stated it
    this.byScore = false; // "check-worthy first": Space follows the check-worthiness, highest first
    this.scoreOrder = null; // sentence indexes by check-worthiness, highest first (computed when needed)
    this.worthyAt = 50; // hundredths from which a sentence counts as check-worthy (the server sends it)
    this.suggestionKeys = { accept: 'a', dismiss: 'x', order: 'o' };
    // How long to wait for the server before showing a mark as not saved (the server sets it; tests shorten it).
    this.saveTimeout = DEFAULT_SAVE_TIMEOUT_MS;
    this.messages = {};
    this.verdicts = []; // [{key, shortcut, label, symbol, colour}] as the server sends them
    this.shortcuts = new Map(); // key typed -> verdict key to mark ('' clears)
    this.panel = null;
    this.panelBaseline = null;
    this.onKeyDown = this.onKeyDown.bind(this);
    this.onClick = this.onClick.bind(this);
    this.onBeforeUnload = this.onBeforeUnload.bind(this);
    this.onLinkClick = this.onLinkClick.bind(this);
    // Side panel (helper panel): drafts in local storage, the held in-app link, read only, sentence toolbar.
    this.draftPrefix = null; // local storage key up to the sentence id (article and user in it)
    this.draftBaseline = null; // the stored note and evidence of the panel's sentence, as panelDraft() gives them
    this.pendingLeave = null; // the in-app link clicked with unsaved panel input, until the editor chose
    this.bypassLeave = false;
    this.readOnly = ''; // why nothing may change here ('' editable)
    this.toolTexts = null;
    this.tools = null;
    this.toolsFor = null; // the sentence the toolbar acts on (hovered, else the focus)
    this.onDblClick = this.onDblClick.bind(this);
    this.onMouseOver = this.onMouseOver.bind(this);
    this.onMouseLeave = this.onMouseLeave.bind(this);
    this.onPanelInput = this.onPanelInput.bind(this);
    // Undo, presence and who-set-it (ADR 0027): the signed-in user's name, for "my verdicts".
    this.me = '';
    this.byLine = null;
    this.onHashChange = this.onHashChange.bind(this);
    this.onHover = this.onHover.bind(this);
    this.onUndoKey = this.onUndoKey.bind(this);
    // Revisions (issue 15, ADR 0029): the key that confirms a carried verdict, and its texts.
    this.confirmKey = '';
    this.revisionTexts = {};
    this.carried = new Map(); // sentence id -> 'changed' | 'substance'
  }

  connectedCallback() {
    document.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('click', this.onClick);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    window.addEventListener('click', this.onLinkClick, true);
    this.addEventListener('dblclick', this.onDblClick);
    this.addEventListener('mouseover', this.onMouseOver);
    this.addEventListener('mouseleave', this.onMouseLeave);
    window.addEventListener('hashchange', this.onHashChange);
    window.addEventListener('keydown', this.onUndoKey, true);
    this.addEventListener('mouseover', this.onHover);
  }

  disconnectedCallback() {
    this.removeEventListener('dblclick', this.onDblClick);
    this.removeEventListener('mouseover', this.onMouseOver);
    this.removeEventListener('mouseleave', this.onMouseLeave);
    window.removeEventListener('hashchange', this.onHashChange);
    window.removeEventListener('keydown', this.onUndoKey, true);
    this.removeEventListener('mouseover', this.onHover);
    document.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('click', this.onClick);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
    window.removeEventListener('click', this.onLinkClick, true);
  }

  setData(data) {
    this.messages = data.messages || {};
    this.verdicts = data.verdicts || [];
    this.shortcuts = new Map(this.verdicts.map((verdict) => [verdict.shortcut, verdict.key]));
    if (data.clearShortcut) this.shortcuts.set(data.clearShortcut, '');
    if (data.saveTimeout > 0) this.saveTimeout = data.saveTimeout;
    if (data.checkWorthyAt >= 0) this.worthyAt = data.checkWorthyAt;
    if (data.suggestionKeys) this.suggestionKeys = data.suggestionKeys;
    this.confirmed.clear();
    this.confirmedSuggestions.clear();
    this.scoreOrder = null;
    const fragment = document.createDocumentFragment();
    const sentences = [];
    let list = null;
    for (const block of data.blocks) {
      const element = document.createElement(BLOCK_TAGS[block.kind] || 'p');
      element.className = 'fd-block fd-block-' + block.kind.toLowerCase();
      block.sentences.forEach(([id, ordinal, text, verdict, version, suggestion, worth, comments], index) => {
        if (index > 0) element.append(' ');
        const sentence = document.createElement('span');
        sentence.className = 'fd-sentence';
        sentence.dataset.sentenceId = id;
        sentence.dataset.ordinal = ordinal;
        sentence.dataset.verdict = verdict || '';
        sentence.dataset.version = version || 0;
        this.confirmed.set(String(id), verdict || '');
        if (suggestion) sentence.dataset.suggestion = suggestion;
        this.confirmedSuggestions.set(String(id), suggestion || '');
        const hundredths = worth || 0;
        sentence.dataset.checkworthiness = (hundredths / 100).toFixed(2);
        if (hundredths >= this.worthyAt) sentence.dataset.checkworthy = '';
        sentence.textContent = text;
        this.showComments(sentence, comments || [0, 0]);
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
    // "Verdict by … at …" of the selected sentence (the hovered one has it as its title).
    this.byLine = document.createElement('div');
    this.byLine.className = 'fd-verdict-by-line';
    this.byLine.setAttribute('role', 'status');
    this.byLine.hidden = true;
    fragment.append(this.byLine);
    this.replaceChildren(fragment);
    this.sentences = sentences;
    this.showCarried();
    const by = data.verdictBy || {};
    for (const sentence of sentences) {
      const who = by[sentence.dataset.sentenceId];
      if (who) this.setVerdictBy(sentence, ...who);
    }
    this.anchor = this.focusIndex = -1;
    this.dataset.sentenceCount = sentences.length;
    this.dataset.state = 'ready';
    // For measuring in the field and in ReaderBenchmark: when all sentences are in the DOM.
    performance.mark('fd-article-rendered', { detail: { count: sentences.length } });
    this.dispatchEvent(new CustomEvent('fd-rendered', { detail: { count: sentences.length } }));
    this.renderTools();
    this.selectLinkedSentence();
  }

  /** A link to "…/article/7#sentence-12" (as published in ClaimReview) opens at sentence 12. */
  selectLinkedSentence() {
    const linked = /^#sentence-(\d+)$/.exec(window.location.hash);
    if (!linked) return;
    const index = this.sentences.findIndex((s) => s.dataset.ordinal === linked[1]);
    if (index >= 0) this.select(index, false);
  }

  /**
   * Server-confirmed state: [[id, verdict, version], ...] (another editor's change, a panel save,
   * a refresh). A sentence with a mark still on its way keeps showing that mark; its own answer
   * (settleMark) brings the server's word on it.
   */
  applyVerdicts(updates) {
    const byId = this.sentencesById();
    const waiting = this.sentencesWaiting();
    for (const [id, verdict, version, ...by] of updates) {
      const sentence = byId.get(String(id));
      if (!sentence) continue;
      this.confirm(sentence, verdict, version, by);
      if (!waiting.has(sentence)) this.show(sentence);
    }
    this.afterChange();
  }

  /**
   * Server-confirmed open suggestions: [[id, suggestion], ...] ('' none), e.g. after another
   * editor accepted or dismissed them. Sentences with a change on its way keep showing it.
   */
  applySuggestions(updates) {
    const byId = this.sentencesById();
    const waiting = this.sentencesWaiting();
    for (const [id, suggestion] of updates) {
      const sentence = byId.get(String(id));
      if (!sentence) continue;
      this.confirmedSuggestions.set(sentence.dataset.sentenceId, suggestion || '');
      if (!waiting.has(sentence)) this.show(sentence);
    }
    this.afterChange();
  }

  /**
   * The server's answer to mark `seq`: `updates` is the stored state of its sentences, `refusal`
   * null when the mark was stored, else {reason, kind} saying why not. Sentences without a later
   * mark now show the stored state; a refused mark names its sentences. `suggestions` ([[id,
   * suggestion], ...]) is the stored state of their suggestions, for an accepted or dismissed one.
   */
  settleMark(seq, updates, refusal, suggestions) {
    const mark = this.inflight && this.inflight.seq === seq ? this.inflight : this.timedOut.get(seq);
    const byId = this.sentencesById();
    for (const [id, verdict, version, ...by] of updates) {
      const sentence = byId.get(String(id));
      if (sentence) this.confirm(sentence, verdict, version, by);
    }
    for (const [id, suggestion] of suggestions || []) {
      if (byId.has(String(id))) this.confirmedSuggestions.set(String(id), suggestion || '');
    }
    if (mark) {
      if (mark === this.inflight) {
        clearTimeout(mark.timer);
        this.inflight = null;
      }
      this.timedOut.delete(seq);
      const waiting = this.sentencesWaiting();
      for (const sentence of mark.sentences) {
        if (!waiting.has(sentence)) this.show(sentence);
      }
      if (refusal) this.notifyNotSaved(mark.sentences, refusal.reason, refusal.kind || 'error');
      else if (mark.gaveUp) this.notify(this.sentencesMessage('savedLate', mark.sentences), '', 'success');
    }
    this.afterChange();
    this.sendNextMark();
  }

  /** Records the server's state of a sentence: what a refused or unanswered mark returns to. */
  confirm(sentence, verdict, version, by) {
    sentence.dataset.version = version;
    this.confirmed.set(sentence.dataset.sentenceId, verdict || '');
    // by: [username, display name, epoch ms] of whoever set the stored verdict (absent: none stored).
    if (verdict && by && by.length >= 3) this.setVerdictBy(sentence, ...by);
    else if (!verdict) this.setVerdictBy(sentence, '', '', 0);
  }

  /** Who set the sentence's stored verdict and when: data-verdict-by (username) and the hover title. */
  setVerdictBy(sentence, username, displayName, at) {
    if (!username) {
      delete sentence.dataset.verdictBy;
      delete sentence.dataset.verdictAt;
      sentence.removeAttribute('title');
    } else {
      sentence.dataset.verdictBy = username;
      sentence.dataset.verdictAt = new Date(at).toISOString();
      sentence.title = this.verdictByText(displayName, at);
      sentence.dataset.verdictByName = displayName;
    }
    if (this.focusIndex >= 0 && this.sentences[this.focusIndex] === sentence) this.showByLine(sentence);
  }

  verdictByText(displayName, at) {
    const when = new Intl.DateTimeFormat(this.messages.locale || undefined,
        { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at));
    return (this.messages.verdictBy || '{0}, {1}').replace('{0}', displayName).replace('{1}', when);
  }

  /** The selected (or hovered) sentence's "verdict by" line below the text. */
  showByLine(sentence) {
    if (!this.byLine) return;
    const by = sentence && sentence.dataset.verdictBy;
    this.byLine.hidden = !by;
    this.byLine.textContent = by ? (this.messages.sentenceLabel || '{0}').replace('{0}', sentence.dataset.ordinal)
        + ': ' + sentence.title : '';
  }

  onHover(event) {
    const sentence = event.target.closest && event.target.closest('.fd-sentence');
    if (sentence) this.showByLine(sentence);
  }

  /** The signed-in user's username: "my verdicts" are those they set. */
  setMe(username) {
    this.me = username || '';
    this.applyFilter();
  }

  /** A link to #sentence-N inside the page (e.g. in a return comment) selects that sentence. */
  onHashChange() {
    this.selectLinkedSentence();
  }

  /**
   * Ctrl/Cmd+Z (undo) or Ctrl+Shift+Z / Ctrl+Y (redo), or the toolbar's buttons: the server keeps the
   * steps (its answer arrives as applyVerdicts). Waits for marks still on their way, so the step undone
   * is the one the editor saw last.
   */
  requestUndo(redo) {
    if (this.refuseReadOnly()) return;
    if (this.inflight || this.queue.length > 0) {
      setTimeout(() => this.requestUndo(redo), 100);
      return;
    }
    this.dispatchEvent(new CustomEvent('fd-undo', { detail: { redo: Boolean(redo) } }));
  }

  /** Shows a sentence as the server has it (not pending): its verdict and open suggestion. */
  show(sentence) {
    const id = sentence.dataset.sentenceId;
    sentence.dataset.verdict = this.confirmed.get(id) || '';
    const suggestion = this.confirmedSuggestions.get(id);
    if (suggestion) sentence.dataset.suggestion = suggestion;
    else delete sentence.dataset.suggestion;
    delete sentence.dataset.pending;
  }

  /**
   * Comment counts from the server: [[id, count, open], ...] (a comment written here or in another
   * browser). A sentence with comments carries data-comments="N", one with an unresolved thread
   * data-open-discussion; the "discussion" filter shows those.
   */
  updateComments(updates) {
    const byId = this.sentencesById();
    for (const [id, count, open] of updates) {
      const sentence = byId.get(String(id));
      if (sentence) this.showComments(sentence, [count, open]);
    }
    this.applyFilter();
  }

  showComments(sentence, [count, open]) {
    if (count > 0) sentence.dataset.comments = count;
    else delete sentence.dataset.comments;
    if (open) sentence.dataset.openDiscussion = '';
    else delete sentence.dataset.openDiscussion;
  }

  sentencesById() {
    return new Map(this.sentences.map((s) => [s.dataset.sentenceId, s]));
  }

  /** Sentences with a mark queued or on its way. */
  sentencesWaiting() {
    const marks = this.inflight ? [this.inflight, ...this.queue] : this.queue;
    return new Set(marks.flatMap((mark) => mark.sentences));
  }

  afterChange() {
    this.applyFilter();
    const pending = this.sentences.some((s) => s.dataset.pending);
    if (pending) this.dataset.saving = '';
    else delete this.dataset.saving;
  }

  setFilter(filter) {
    this.flushPendingShows();
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
    if (this.filter === 'discussion') return 'openDiscussion' in sentence.dataset;
    if (this.filter === 'carried') return this.toConfirm(sentence);
    if (this.filter === 'mine' || this.filter === 'others') {
      if (!sentence.dataset.verdict) return false;
      // A mark on its way is the editor's own.
      const by = sentence.dataset.pending ? this.me : sentence.dataset.verdictBy;
      return (by === this.me) === (this.filter === 'mine');
    }
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
      // aria-current, not aria-selected: a sentence is no option or grid cell, and aria-selected is only
      // allowed on those (axe: aria-allowed-attr); "current" tells a screen reader the same.
      if (selected) sentence.setAttribute('aria-current', 'true');
      else sentence.removeAttribute('aria-current');
    });
    this.sentences[index].classList.add('fd-focus');
    this.sentences.forEach((s, i) => { if (i !== index) s.classList.remove('fd-focus'); });
    this.sentences[index].scrollIntoView({ block: 'nearest' });
    this.placeTools(this.sentences[index]);
    this.showByLine(this.sentences[index]);
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
    this.followSelection();
  }

  /** "Check-worthy first" on or off (the toolbar's toggle). */
  setOrder(byScore) {
    this.byScore = Boolean(byScore);
    if (this.byScore) this.dataset.order = 'checkworthiness';
    else delete this.dataset.order;
  }

  /** The next unreviewed sentence: in text order, or with "check-worthy first" in score order, highest first. */
  nextUnreviewed() {
    const count = this.sentences.length;
    const order = this.byScore ? this.sentencesByScore() : null;
    const start = order ? order.indexOf(this.focusIndex) : Math.max(this.focusIndex, -1);
    for (let offset = 1; offset <= count; offset++) {
      const position = (start + offset) % count;
      const index = order ? order[position] : position;
      const sentence = this.sentences[index];
      if (!sentence.dataset.verdict && !sentence.hidden) {
        this.select(index, false);
        this.followSelection();
        return;
      }
    }
  }

  /** Sentence indexes by check-worthiness, highest first, equal scores in text order (scores do not change). */
  sentencesByScore() {
    if (!this.scoreOrder) {
      const worth = this.sentences.map((s) => Number(s.dataset.checkworthiness));
      this.scoreOrder = this.sentences.map((s, i) => i).sort((a, b) => (worth[b] - worth[a]) || (a - b));
    }
    return this.scoreOrder;
  }

  /**
   * The sentences a suggestion key acts on: of a range, those with an open suggestion; of one
   * sentence with one, the whole run of neighbours with the same open suggestion (a promotional
   * block is judged as a whole).
   */
  suggestionTargets(from) {
    const selected = from ? [from] : this.selection();
    if (selected.length !== 1) return selected.filter((s) => s.dataset.suggestion);
    const [sentence] = selected;
    const suggestion = sentence.dataset.suggestion;
    if (!suggestion) return [];
    let first = this.sentences.indexOf(sentence);
    let last = first;
    while (first > 0 && this.sentences[first - 1].dataset.suggestion === suggestion) first--;
    while (last + 1 < this.sentences.length && this.sentences[last + 1].dataset.suggestion === suggestion) last++;
    return this.sentences.slice(first, last + 1);
  }

  /**
   * Accepts ('accept') or dismisses ('dismiss') the open suggestion of the selection (or of the
   * sentence with id `sentenceId`, from the side panel's buttons), for the whole suggested run.
   * Shown at once and pending until the server settles it, like a mark.
   */
  decideSuggestion(action, sentenceId) {
    if (this.refuseReadOnly()) return;
    const from = sentenceId === undefined ? null : this.sentencesById().get(String(sentenceId));
    const targets = this.suggestionTargets(from);
    if (targets.length === 0) {
      if (this.messages.noSuggestion) this.notify(this.messages.noSuggestion, '', 'contrast');
      return;
    }
    const mark = { seq: ++this.markSeq, sentences: targets, action };
    this.queue.push(mark);
    this.sendNextMark();
    this.showPendingAfterSend(mark, () => {
      for (const sentence of targets) {
        sentence.dataset.pending = 'true';
        if (action === 'accept') sentence.dataset.verdict = sentence.dataset.suggestion;
        delete sentence.dataset.suggestion;
      }
    });
  }

  mark(verdict) {
    if (this.refuseReadOnly()) return;
    const selected = this.selection();
    if (selected.length === 0) return;
    const mark = { seq: ++this.markSeq, sentences: selected, verdict };
    this.queue.push(mark);
    this.sendNextMark();
    this.showPendingAfterSend(mark, () => {
      for (const sentence of selected) {
        sentence.dataset.pending = 'true';
        sentence.dataset.verdict = verdict;
      }
    });
  }

  /**
   * Shows a mark as pending one timer after its event went to Flow, not inside the key's task. Flow sends
   * events from a deferred timer, and Chromium runs timers after an input event only once the next frame is
   * drawn: a page changed inside the key's task held every mark's request for a frame (p50 ≈ 15 ms in
   * ReviewLoadBenchmark, ADR 40). Changed a timer later, the request leaves first and the mark still shows
   * in the next frame. A mark the server settled meanwhile is not shown as pending again.
   */
  showPendingAfterSend(mark, show) {
    const apply = () => {
      if (!this.pendingShows.delete(apply)) return;
      if (this.inflight !== mark && !this.queue.includes(mark) && !this.timedOut.has(mark.seq)) return;
      show();
      this.afterChange();
    };
    this.pendingShows.add(apply);
    setTimeout(apply, 1);
  }

  /**
   * Draws the marks still waiting for their timer now: the next key (Space's "next unreviewed", a filter) must
   * see every mark typed before it, however fast the keys came.
   */
  flushPendingShows() {
    for (const apply of [...this.pendingShows]) apply();
  }

  sendNextMark() {
    if (this.inflight || this.queue.length === 0) return;
    const mark = this.queue.shift();
    this.inflight = mark;
    // Should no answer come in time (server down, network gone), do not pretend it was saved.
    mark.timer = setTimeout(() => this.giveUp(mark), this.saveTimeout);
    const changes = mark.sentences.map((s) => [Number(s.dataset.sentenceId), Number(s.dataset.version)]);
    if (mark.confirm) {
      this.dispatchEvent(new CustomEvent('fd-confirm-carried', {
        detail: { seq: mark.seq, changes: JSON.stringify(changes) },
      }));
      return;
    }
    if (mark.action) {
      this.dispatchEvent(new CustomEvent('fd-suggestion', {
        detail: { seq: mark.seq, changes: JSON.stringify(changes), action: mark.action },
      }));
      return;
    }
    this.dispatchEvent(new CustomEvent('fd-mark', {
      detail: { seq: mark.seq, changes: JSON.stringify(changes), verdict: mark.verdict },
    }));
  }

  /** No answer in time: show the last confirmed state and say so; a late answer is still applied. */
  giveUp(mark) {
    if (this.inflight !== mark) return;
    this.inflight = null;
    mark.gaveUp = true;
    this.timedOut.set(mark.seq, mark);
    const waiting = this.sentencesWaiting();
    for (const sentence of mark.sentences) {
      if (!waiting.has(sentence)) this.show(sentence);
    }
    this.notifyNotSaved(mark.sentences, this.messages.noAnswer || '', 'error');
    this.afterChange();
    this.sendNextMark();
  }

  notifyNotSaved(sentences, reason, kind) {
    this.notify(this.sentencesMessage('notSaved', sentences), reason, kind);
  }

  /** "Sentences 3, 4 were not saved:" in the UI's language (patterns from the server), ranges as 24–30. */
  sentencesMessage(key, sentences) {
    const ordinals = [...new Set(sentences.map((s) => Number(s.dataset.ordinal)))].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < ordinals.length; i++) {
      let j = i;
      while (j + 1 < ordinals.length && ordinals[j + 1] === ordinals[j] + 1) j++;
      if (j - i >= 2) parts.push(ordinals[i] + '–' + ordinals[j]);
      else for (let k = i; k <= j; k++) parts.push(String(ordinals[k]));
      i = j;
    }
    const pattern = this.messages[key + (ordinals.length === 1 ? 'One' : 'Many')] || '{0}';
    return pattern.replace('{0}', parts.join(', '));
  }

  /** A Vaadin notification like the server's (same class and placement), as text only. */
  notify(headline, detail, theme) {
    const render = (root) => {
      const message = document.createElement('div');
      const head = document.createElement('strong');
      head.textContent = headline;
      message.append(head);
      if (detail) {
        const more = document.createElement('div');
        more.textContent = detail;
        message.append(' ', more);
      }
      root.replaceChildren(message);
    };
    customElements.whenDefined('vaadin-notification').then(() => {
      const notification = document.createElement('vaadin-notification');
      notification.duration = NOTIFICATION_MS;
      notification.position = 'bottom-start';
      notification.setAttribute('theme', theme);
      notification.overlayClass = 'fd-notification fd-save-notification';
      notification.renderer = render;
      document.body.append(notification);
      notification.opened = true;
      notification.addEventListener('opened-changed', (e) => { if (!e.detail.value) notification.remove(); });
    });
  }

  /** The side panel whose unsaved input keeps the page from being left unasked. */
  watchPanel(panel) {
    if (this.panel) {
      this.panel.removeEventListener('input', this.onPanelInput);
      this.panel.removeEventListener('change', this.onPanelInput);
    }
    this.panel = panel;
    this.panelBaseline = null;
    this.draftBaseline = null;
    panel.addEventListener('input', this.onPanelInput);
    panel.addEventListener('change', this.onPanelInput);
  }

  /** The panel now shows what is stored (opened, saved, or refreshed after a conflict). */
  panelSaved() {
    this.panelBaseline = this.panelInput();
    this.draftBaseline = this.panelDraft();
    this.keepDraft();
  }

  // --- side panel: follows the selection, keeps drafts (helper panel) ---------------------------

  /** Drafts are kept in local storage under this prefix plus the sentence id (the server names article and user). */
  useDrafts(prefix) {
    this.draftPrefix = prefix || null;
  }

  /** The note and the evidence rows that are not empty, as PanelDraft.toJson writes them. */
  panelDraft() {
    const panel = this.panel;
    if (!panel) return null;
    const value = (selector, root = panel) => root.querySelector(selector)?.value ?? '';
    const evidence = [...panel.querySelectorAll('.fd-evidence-row')]
        .map((row) => [value('.fd-evidence-url', row).trim(), value('.fd-evidence-quote', row),
          value('vaadin-date-picker', row)])
        .filter(([url, quote]) => url || quote.trim());
    return JSON.stringify([value('.fd-panel-note'), evidence]);
  }

  /** The panel shows a sentence's stored state (its note and evidence: storedJson); offers a kept draft of it. */
  panelShown(storedJson) {
    this.panelBaseline = this.panelInput();
    this.draftBaseline = FdArticleText.normalJson(storedJson);
    const key = this.draftKey();
    if (!key) return;
    let draft = null;
    try {
      const kept = window.localStorage.getItem(key);
      draft = kept ? FdArticleText.normalJson(JSON.parse(kept).draft) : null;
    } catch (unreadable) {
      draft = null;
    }
    if (draft && draft !== this.draftBaseline) {
      this.dispatchEvent(new CustomEvent('fd-draft', { detail: { id: Number(this.panel.dataset.sentenceId), draft } }));
    } else {
      this.forgetDraft(key);
    }
  }

  /** Saved, or refused after a colleague's change: storedJson is stored now; input differing from it stays a draft. */
  panelStored(storedJson) {
    this.panelBaseline = this.panelInput();
    this.draftBaseline = FdArticleText.normalJson(storedJson);
    this.keepDraft();
  }

  discardDraft(sentenceId) {
    if (this.draftPrefix) this.forgetDraft(this.draftPrefix + sentenceId);
  }

  static normalJson(json) {
    try {
      return JSON.stringify(JSON.parse(json));
    } catch (notJson) {
      return null;
    }
  }

  draftKey() {
    const id = this.panel?.dataset.sentenceId;
    // Also while hidden: a save or discard that closes the panel still clears the kept draft.
    return this.draftPrefix && id ? this.draftPrefix + id : null;
  }

  /** Keeps the panel's note and evidence in local storage while they differ from what is stored. */
  keepDraft() {
    const key = this.draftKey();
    if (!key || this.draftBaseline === null) return;
    const draft = this.panelDraft();
    if (draft === this.draftBaseline) {
      this.forgetDraft(key);
      return;
    }
    try {
      window.localStorage.setItem(key, JSON.stringify({ draft, at: Date.now() }));
    } catch (full) {
      // No room or no storage (private mode): the leave prompts still guard the draft.
    }
  }

  forgetDraft(key) {
    try {
      window.localStorage.removeItem(key);
    } catch (noStorage) {
      // nothing kept
    }
  }

  /** Typed into the panel (only the editor's own input, not the server filling the fields). */
  onPanelInput() {
    this.keepDraft();
  }

  /** With the panel open, the selection moved by the editor: the panel shows the new sentence or range. */
  followSelection() {
    if (!this.panelOpen()) return;
    const selected = this.selection();
    if (selected.length === 0) return;
    if (selected.length === 1) {
      if (selected[0].dataset.sentenceId === this.panel.dataset.sentenceId) return;
      this.dispatchEvent(new CustomEvent('fd-follow', { detail: this.openDetail(selected[0]) }));
      return;
    }
    const from = Number(selected[0].dataset.ordinal);
    const to = Number(selected[selected.length - 1].dataset.ordinal);
    if (this.panel.dataset.range === from + '-' + to) return;
    this.dispatchEvent(new CustomEvent('fd-range', {
      detail: { ids: JSON.stringify(selected.map((s) => Number(s.dataset.sentenceId))), from, to },
    }));
  }

  openDetail(sentence) {
    return {
      id: Number(sentence.dataset.sentenceId),
      ordinal: Number(sentence.dataset.ordinal),
      version: Number(sentence.dataset.version),
      text: sentence.textContent,
    };
  }

  /** The link held while the editor chose save or discard: follow it now. */
  leave() {
    const link = this.pendingLeave;
    this.pendingLeave = null;
    if (!link || !link.isConnected) return;
    this.bypassLeave = true;
    try {
      link.click();
    } finally {
      this.bypassLeave = false;
    }
  }

  /** Marks the sentences with these ids (a range from the side panel), pending until settled like keys. */
  markSentences(ids, verdict) {
    if (this.refuseReadOnly()) return;
    const byId = this.sentencesById();
    const targets = ids.map((id) => byId.get(String(id))).filter(Boolean);
    if (targets.length === 0) return;
    for (const sentence of targets) {
      sentence.dataset.pending = 'true';
      sentence.dataset.verdict = verdict;
    }
    this.queue.push({ seq: ++this.markSeq, sentences: targets, verdict });
    this.afterChange();
    this.sendNextMark();
  }

  /** Read only ('' editable): keys that would change something say why instead. */
  setReadOnly(reason) {
    this.readOnly = reason || '';
    if (this.readOnly) this.dataset.readOnly = '';
    else delete this.dataset.readOnly;
    this.renderTools();
  }

  refuseReadOnly() {
    if (!this.readOnly) return false;
    this.notify(this.readOnly, '', 'contrast');
    return true;
  }

  onDblClick(event) {
    const sentence = event.target.closest('.fd-sentence');
    if (!sentence) return;
    // The browser selected the word double-clicked: the editor meant the sentence.
    window.getSelection()?.removeAllRanges();
    this.select(this.sentences.indexOf(sentence), false);
    this.open();
  }

  setToolTexts(json) {
    this.toolTexts = JSON.parse(json);
    this.renderTools();
  }

  /**
   * The small toolbar over the hovered (else the selected) sentence: a visible control for what the
   * keys do — previous, next, open the panel, each verdict, clear, next unreviewed.
   */
  renderTools() {
    if (!this.toolTexts || this.sentences.length === 0) return;
    const texts = this.toolTexts;
    const tools = document.createElement('div');
    tools.className = 'fd-sentence-tools';
    tools.setAttribute('role', 'toolbar');
    tools.setAttribute('aria-label', texts.label || '');
    const button = (name, label, title, action) => {
      const control = document.createElement('button');
      control.type = 'button';
      control.className = 'fd-tool fd-tool-' + name;
      control.textContent = label;
      control.title = title;
      control.setAttribute('aria-label', title);
      // Keep the keyboard (and the selection) where it is.
      control.addEventListener('mousedown', (e) => e.preventDefault());
      control.addEventListener('click', (e) => {
        e.stopPropagation();
        action();
      });
      tools.append(control);
      return control;
    };
    button('previous', '↑', texts.previous, () => this.move(-1, false));
    button('next', '↓', texts.next, () => this.move(1, false));
    button('open', texts.open, texts.openTitle, () => {
      this.selectToolTarget();
      this.open();
    });
    if (!this.readOnly) {
      for (const verdict of this.verdicts) {
        const control = button('verdict', verdict.symbol, verdict.label + ' (' + verdict.shortcut + ')', () => {
          this.selectToolTarget();
          this.mark(verdict.key);
        });
        control.dataset.toolVerdict = verdict.key;
      }
      button('clear', '⌫', texts.clear, () => {
        this.selectToolTarget();
        this.mark('');
      });
    }
    button('next-unreviewed', '»', texts.nextUnreviewed, () => this.nextUnreviewed());
    if (this.tools) this.tools.remove();
    this.tools = tools;
    tools.hidden = true;
    this.append(tools);
    const at = this.toolsFor || (this.focusIndex >= 0 ? this.sentences[this.focusIndex] : null);
    if (at) this.placeTools(at);
  }

  /** The toolbar acts on its sentence: the selection, if the sentence is in it, else that sentence alone. */
  selectToolTarget() {
    const target = this.toolsFor;
    if (!target || this.selection().includes(target)) return;
    this.select(this.sentences.indexOf(target), false);
    this.followSelection();
  }

  placeTools(sentence) {
    if (!this.tools || !sentence || sentence.hidden) return;
    this.toolsFor = sentence;
    const line = sentence.getClientRects()[0] || sentence.getBoundingClientRect();
    const host = this.getBoundingClientRect();
    this.tools.hidden = false;
    // In the gutter, level with the sentence's first line (the stylesheet keeps the gutter free).
    this.tools.style.top = Math.max(0, line.top - host.top) + 'px';
  }

  onMouseOver(event) {
    const sentence = event.target.closest?.('.fd-sentence');
    if (sentence && sentence !== this.toolsFor) this.placeTools(sentence);
  }

  onMouseLeave() {
    if (this.focusIndex >= 0) this.placeTools(this.sentences[this.focusIndex]);
    else if (this.tools) this.tools.hidden = true;
  }

  /** What saving the panel would send: verdict, note and the evidence rows that are not empty. */
  panelInput() {
    const panel = this.panel;
    if (!panel) return null;
    const value = (selector, root = panel) => root.querySelector(selector)?.value ?? '';
    const evidence = [...panel.querySelectorAll('.fd-evidence-row')]
        .map((row) => [value('.fd-evidence-url', row), value('.fd-evidence-quote', row), value('vaadin-date-picker', row)])
        .filter(([url, quote]) => url.trim() || quote.trim());
    return JSON.stringify([value('.fd-panel-verdict'), value('.fd-panel-note'), evidence]);
  }

  hasUnsavedChanges() {
    if (this.sentences.some((s) => s.dataset.pending)) return true;
    return this.panelDirty();
  }

  panelOpen() {
    return Boolean(this.panel && this.panel.isConnected && !this.panel.hidden);
  }

  /** The panel is open and holds a verdict, note or evidence that is not stored. */
  panelDirty() {
    if (!this.panelOpen()) return false;
    if (this.panelBaseline !== null && this.panelInput() !== this.panelBaseline) return true;
    return this.draftBaseline !== null && this.panelDraft() !== this.draftBaseline;
  }

  /**
   * Links inside the app change the view without unloading the page (Vaadin's router), so
   * beforeunload does not ask: ask here, before the router sees the click (capture on window).
   */
  onLinkClick(event) {
    if (event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
        || event.altKey) return;
    const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
    if (!link || link.target === '_blank' || link.hasAttribute('download')) return;
    const target = new URL(link.href, document.baseURI);
    const here = window.location;
    if (link.classList.contains('fd-sentence-link') && target.origin === here.origin
        && target.pathname === here.pathname && target.search === here.search && /^#sentence-\d+$/.test(target.hash)) {
      // A sentence link (a return comment) to this article: select it here. Left to the browser, the fragment
      // change fires popstate, and Vaadin's router answers with a navigation that rebuilds the view.
      event.preventDefault();
      event.stopImmediatePropagation();
      window.history.replaceState(window.history.state, '', target.href); // a bare '#…' resolves against <base>
      this.selectLinkedSentence();
      return;
    }
    if (link.hasAttribute('router-ignore')) return;
    if (target.origin !== here.origin) return; // leaves the page: beforeunload asks
    if (target.pathname === here.pathname && target.search === here.search) return; // this view (#sentence-N)
    if (this.bypassLeave || !this.hasUnsavedChanges()) return;
    if (this.panelDirty()) {
      // The server asks save / discard / stay in a dialog of the app, and calls leave() to go on.
      event.preventDefault();
      event.stopImmediatePropagation();
      this.pendingLeave = link;
      this.dispatchEvent(new CustomEvent('fd-leave'));
      return;
    }
    if (window.confirm(this.messages.leaveUnsaved || '')) return;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  onBeforeUnload(event) {
    if (!this.hasUnsavedChanges()) return;
    // The browser shows its own question; the text cannot be chosen.
    event.preventDefault();
    event.returnValue = '';
  }

  open() {
    if (this.focusIndex < 0) return;
    const sentence = this.sentences[this.focusIndex];
    this.dispatchEvent(new CustomEvent('fd-open', { detail: this.openDetail(sentence) }));
    // A range + Enter opens the panel on the sentence with the keyboard focus only: the panel says so (issue 16).
    const selected = this.selection();
    if (selected.length > 1) {
      this.dispatchEvent(new CustomEvent('fd-open-in-range', {
        detail: {
          from: Number(selected[0].dataset.ordinal),
          to: Number(selected[selected.length - 1].dataset.ordinal),
          ordinal: Number(sentence.dataset.ordinal),
        },
      }));
    }
  }

  onClick(event) {
    const sentence = event.target.closest('.fd-sentence');
    if (!sentence) return;
    this.select(this.sentences.indexOf(sentence), event.shiftKey);
    this.followSelection();
  }

  /**
   * Ctrl/Cmd+Z, Ctrl+Shift+Z, Ctrl+Y anywhere in the reader but in a field (fields keep their own undo).
   * Listened to in the capture phase: components on the way (a focused toolbar button) may stop the event.
   */
  onUndoKey(event) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || this.isTyping(event)) return;
    const pressed = event.key.toLowerCase();
    if (pressed !== 'z' && pressed !== 'y') return;
    event.preventDefault();
    this.requestUndo(pressed === 'y' || event.shiftKey);
  }

  onKeyDown(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || this.isTyping(event)) return;
    this.flushPendingShows();
    // Enter and Space on a focused toolbar button press that button.
    if ((event.key === 'Enter' || event.key === ' ')
        && event.composedPath().some((node) => node instanceof HTMLElement && node.classList.contains('fd-sentence-tools'))) return;
    const key = event.key;
    const lower = key.length === 1 ? key.toLowerCase() : key;
    let handled = true;
    if (lower === 'j' || key === 'ArrowDown') this.move(1, event.shiftKey);
    else if (lower === 'k' || key === 'ArrowUp') this.move(-1, event.shiftKey);
    else if (this.shortcuts.has(lower) && !event.shiftKey) this.mark(this.shortcuts.get(lower));
    else if (lower === this.suggestionKeys.accept && !event.shiftKey) this.decideSuggestion('accept');
    else if (lower === this.suggestionKeys.dismiss && !event.shiftKey) this.decideSuggestion('dismiss');
    else if (lower === this.suggestionKeys.order && !event.shiftKey) {
      this.dispatchEvent(new CustomEvent('fd-order', { detail: { byScore: !this.byScore } }));
    }
    else if (this.confirmKey && lower === this.confirmKey && !event.shiftKey) this.confirmCarried();
    else if (key === 'Enter') this.open();
    else if (key === 'Escape') this.dispatchEvent(new CustomEvent('fd-close'));
    else if (key === '?') this.dispatchEvent(new CustomEvent('fd-help'));
    else if (key === ' ') this.nextUnreviewed();
    else handled = false;
    if (handled) event.preventDefault();
  }

  // --- revisions (issue 15, ADR 0029) ----------------------------------------------------------

  /** The key that confirms carried verdicts, and the element's texts for it ({noCarry}). */
  setRevisionKeys(key, texts) {
    this.confirmKey = key || '';
    this.revisionTexts = texts ? JSON.parse(texts) : {};
  }

  /**
   * Sentences carried from the version before: [[id, kind], ...] with kind 'changed' (the verdict was
   * carried, to confirm), 'substance' (changed in substance, to review again) or '' (nothing to do).
   * Shown as data-carried; the filter 'carried' shows those still to look at. `replace`: these are all
   * of the article's (the reader opened it), else an update of some.
   */
  setCarried(updates, replace) {
    // Kept apart from the sentences: the article's data (setData) may arrive after this call.
    if (replace) this.carried.clear();
    for (const [id, kind] of updates) {
      if (kind) this.carried.set(String(id), kind);
      else this.carried.delete(String(id));
    }
    this.showCarried();
    this.applyFilter();
  }

  showCarried() {
    for (const sentence of this.sentences) {
      const kind = this.carried.get(sentence.dataset.sentenceId);
      if (kind) sentence.dataset.carried = kind;
      else delete sentence.dataset.carried;
    }
  }

  /** Still to look at: a changed sentence's carried verdict to confirm, a substance change not reviewed again. */
  toConfirm(sentence) {
    const carried = sentence.dataset.carried;
    return carried === 'changed' || (carried === 'substance' && !sentence.dataset.verdict);
  }

  /**
   * Confirms the carried verdicts of the selection's changed sentences (or of the sentence with id
   * `sentenceId`, from the side panel's button): queued like a mark, pending until the server settles it.
   */
  confirmCarried(sentenceId) {
    if (this.refuseReadOnly()) return;
    const targets = sentenceId === undefined ? this.selection()
        : [this.sentencesById().get(String(sentenceId))].filter(Boolean);
    const changed = targets.filter((s) => s.dataset.carried === 'changed');
    if (changed.length === 0) {
      if (this.revisionTexts.noCarry) this.notify(this.revisionTexts.noCarry, '', 'contrast');
      return;
    }
    for (const sentence of changed) sentence.dataset.pending = 'true';
    this.queue.push({ seq: ++this.markSeq, sentences: changed, confirm: true });
    this.afterChange();
    this.sendNextMark();
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
