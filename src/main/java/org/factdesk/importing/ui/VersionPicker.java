package org.factdesk.importing.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import org.factdesk.importing.NewVersionImport;
import org.factdesk.importing.VersionTarget;

import java.util.Optional;

/**
 * "New version of …": the article (its newest version) the import becomes the new version of, looked up by
 * title as the lead types, a page at a time; empty for an ordinary import. One picker for all three ways in.
 */
class VersionPicker extends ComboBox<VersionTarget> {

    VersionPicker(NewVersionImport newVersions) {
        setLabel(getTranslation("import.newVersion.label"));
        setHelperText(getTranslation("import.newVersion.help"));
        setPlaceholder(getTranslation("import.newVersion.placeholder"));
        addClassName("fd-new-version-of");
        setClearButtonVisible(true);
        setWidth("min(40rem, 100%)");
        setItemLabelGenerator(target -> getTranslation("import.newVersion.item", target.title(), target.number(),
                target.articleId().value()));
        setItems(query -> newVersions.targets(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
    }

    Optional<VersionTarget> target() {
        return getOptionalValue();
    }
}
