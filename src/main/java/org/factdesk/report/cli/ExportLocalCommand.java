package org.factdesk.report.cli;

import org.factdesk.article.ArticleService;
import org.factdesk.common.cli.LocalCommand;
import org.factdesk.report.ReportService;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code export} carried out by the running app for a command line on the same data directory. */
@Component
class ExportLocalCommand implements LocalCommand {

    private final ReportService reports;
    private final ArticleService articles;

    ExportLocalCommand(ReportService reports, ArticleService articles) {
        this.reports = reports;
        this.articles = articles;
    }

    @Override
    public String name() {
        return "export";
    }

    @Override
    public int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        return ExportCommand.runInApp(args, workingDirectory, reports, articles, out, err);
    }
}
