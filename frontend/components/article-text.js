// <fd-article-text>: renders an article's blocks and sentences on the client.
// Fed once by the server with {blocks: [{kind, sentences: [[id, ordinal, text], ...]}]}.
// Renders into light DOM so the page's stylesheet applies and tests can query
// [data-sentence-id] / [data-ordinal] directly. These attributes are a stable contract.

const BLOCK_TAGS = { HEADING: 'h2', PARAGRAPH: 'p', BULLET: 'li' };

class FdArticleText extends HTMLElement {
  setData(data) {
    const fragment = document.createDocumentFragment();
    let list = null;
    let count = 0;
    for (const block of data.blocks) {
      const element = document.createElement(BLOCK_TAGS[block.kind] || 'p');
      element.className = 'fd-block fd-block-' + block.kind.toLowerCase();
      block.sentences.forEach(([id, ordinal, text], index) => {
        if (index > 0) element.append(' ');
        const sentence = document.createElement('span');
        sentence.className = 'fd-sentence';
        sentence.dataset.sentenceId = id;
        sentence.dataset.ordinal = ordinal;
        sentence.textContent = text;
        element.append(sentence);
        count++;
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
    this.dataset.sentenceCount = count;
    this.dataset.state = 'ready';
    this.dispatchEvent(new CustomEvent('fd-rendered', { detail: { count } }));
  }
}

if (!customElements.get('fd-article-text')) {
  customElements.define('fd-article-text', FdArticleText);
}
