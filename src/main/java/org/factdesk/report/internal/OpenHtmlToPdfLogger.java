package org.factdesk.report.internal;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * Sends openhtmltopdf's messages through SLF4J, so the application's logging levels apply to them.
 * Its own default logger prints every INFO line (stylesheets parsed, fonts loaded) to standard
 * error, once per PDF, which buries a command-line export's summary.
 */
final class OpenHtmlToPdfLogger implements XRLogger {

    private OpenHtmlToPdfLogger() {
    }

    static void install() {
        XRLog.setLoggerImpl(new OpenHtmlToPdfLogger());
    }

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        Logger logger = LoggerFactory.getLogger(where);
        int severity = level.intValue();
        if (severity >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else if (severity >= Level.WARNING.intValue()) {
            logger.warn(message, error);
        } else if (severity >= Level.INFO.intValue()) {
            logger.info(message, error);
        } else if (severity >= Level.FINE.intValue()) {
            logger.debug(message, error);
        } else {
            logger.trace(message, error);
        }
    }

    /** Levels come from the logging configuration ({@code logging.level.com.openhtmltopdf}). */
    @Override
    public void setLevel(String logger, Level level) {
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        int severity = diagnostic.getLevel().intValue();
        if (severity >= Level.SEVERE.intValue()) {
            return logger.isErrorEnabled();
        } else if (severity >= Level.WARNING.intValue()) {
            return logger.isWarnEnabled();
        } else if (severity >= Level.INFO.intValue()) {
            return logger.isInfoEnabled();
        } else if (severity >= Level.FINE.intValue()) {
            return logger.isDebugEnabled();
        }
        return logger.isTraceEnabled();
    }
}
