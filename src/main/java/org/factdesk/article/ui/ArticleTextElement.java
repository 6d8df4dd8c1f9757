package org.factdesk.article.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import org.factdesk.article.ArticleText;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Server side of {@code <fd-article-text>}: a client-side custom element (frontend/components/
 * article-text.js) that renders all sentences itself. The sentence data is sent once and not
 * kept in the server-side component tree, so a 5,000-sentence article costs the server almost
 * nothing while it is open.
 */
@Tag("fd-article-text")
class ArticleTextElement extends Component {

    static final String MODULE_URL = "factdesk/components/article-text.js";

    private String pendingJson;

    ArticleTextElement() {
        getElement().setAttribute("role", "document");
    }

    void show(ArticleText article) {
        pendingJson = JsonMapper.shared().writeValueAsString(toJson(article));
        if (isAttached()) {
            sendPending();
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        sendPending();
    }

    private void sendPending() {
        if (pendingJson == null) {
            return;
        }
        // The module is a plain static resource imported at runtime: no frontend bundle build needed.
        getElement().executeJs("""
                        import(new URL($0, document.baseURI).href)
                            .then(() => customElements.whenDefined('fd-article-text'))
                            .then(() => this.setData(JSON.parse($1)))""",
                MODULE_URL, pendingJson);
        pendingJson = null;
    }

    /** Compact shape: {blocks: [{kind, sentences: [[id, ordinal, text], …]}, …]}. */
    private static ObjectNode toJson(ArticleText article) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ArrayNode blocks = nodes.arrayNode(article.blocks().size());
        for (ArticleText.Block block : article.blocks()) {
            ArrayNode sentences = nodes.arrayNode(block.sentences().size());
            for (ArticleText.Sentence sentence : block.sentences()) {
                sentences.addArray().add(sentence.id()).add(sentence.ordinal()).add(sentence.text());
            }
            ObjectNode json = blocks.addObject();
            json.put("kind", block.kind().name());
            json.set("sentences", sentences);
        }
        ObjectNode root = nodes.objectNode();
        root.set("blocks", blocks);
        return root;
    }
}
