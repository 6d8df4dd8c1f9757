package org.factdesk.operations;

import org.factdesk.common.cli.CommandMessages;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code restore --from FILE --data-dir DIR}: brings a backup back into an empty data directory,
 * without Spring and without a running app. Start FactDesk on DIR afterwards.
 */
public final class RestoreCommand {

    static final String USAGE = """
            Usage: java -jar factdesk.jar restore --from FILE --data-dir DIR
              Restores a backup made by 'backup' into DIR, which must be empty or not exist yet.
              Then start FactDesk with FACTDESK_DATA_DIR=DIR.
            """;
    private static final String PREFIX = "factdesk restore: ";

    private RestoreCommand() {
    }

    public static int run(List<String> args, Path workingDirectory, PrintStream out, PrintStream err) {
        if (args.size() == 1 && (args.getFirst().equals("-h") || args.getFirst().equals("--help"))) {
            out.print(USAGE);
            return 0;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            String name = args.get(i);
            if (!(name.equals("--from") || name.equals("--data-dir")) || i + 1 >= args.size()
                    || options.putIfAbsent(name, args.get(i + 1)) != null) {
                err.println(PREFIX + "usage: restore --from FILE --data-dir DIR");
                return 2;
            }
        }
        if (options.size() != 2) {
            err.println(PREFIX + "usage: restore --from FILE --data-dir DIR");
            return 2;
        }
        Path from = workingDirectory.resolve(options.get("--from")).normalize();
        Path dataDirectory = workingDirectory.resolve(options.get("--data-dir")).normalize();
        try {
            BackupArchive.Restored restored = BackupArchive.restore(from, dataDirectory);
            err.println("Restored " + restored.articles() + " articles (backup of " + restored.created() + ") into "
                    + dataDirectory);
            return 0;
        } catch (BackupArchive.InvalidBackupException e) {
            err.println(PREFIX + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println(PREFIX + "cannot restore into " + dataDirectory + ": " + CommandMessages.describe(e));
            return 1;
        }
    }
}
