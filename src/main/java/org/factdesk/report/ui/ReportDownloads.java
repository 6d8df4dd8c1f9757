package org.factdesk.report.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.factdesk.common.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/** Download handlers that stream a report into the response and tell the user when it fails. */
final class ReportDownloads {

    private static final Logger log = LoggerFactory.getLogger(ReportDownloads.class);

    interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    private ReportDownloads() {
    }

    static DownloadHandler streaming(Supplier<String> fileName, String contentType, Writer writer) {
        return (DownloadEvent event) -> {
            String name = fileName.get();
            event.setFileName(name);
            event.setContentType(contentType);
            try (OutputStream out = event.getOutputStream()) {
                writer.writeTo(out);
            } catch (RuntimeException | IOException e) {
                log.warn("Export {} failed", name, e);
                event.getResponse().setStatus(500);
                UI ui = event.getUI();
                ui.access(() -> Notifications.error(ui.getTranslation("export.failed", messageOf(e))));
            }
        };
    }

    private static String messageOf(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
