package org.anju.platform.tabular;

import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * A file that cannot be read at all, as opposed to a row with a mistake: the wrong encoding, not
 * a workbook, no header. A 422 problem; the message says what to do (save as XLSX, use the template).
 */
public class UnreadableFile extends ProblemException {

    private static final Logger LOG = Logger.getLogger(UnreadableFile.class);

    public UnreadableFile(Message reason) {
        super(ProblemType.UNREADABLE_FILE, reason);
    }

    public UnreadableFile(String key, Object... args) {
        this(Message.of(key, args));
    }

    /**
     * A file the parser failed on: the client reads what to do in its language (the workbook is
     * damaged, or it expands too much to be a sheet), never the parser's English text, which may
     * echo the file's own markup; that goes to the log.
     *
     * @param key the message for a damaged file, e.g. {@code file.workbook-damaged}
     */
    static UnreadableFile from(Throwable failure, String key, Object... args) {
        if (isZipBomb(failure)) {
            LOG.warnf("Refused a file that expands too much: %s", failure.toString());
            LOG.debug("The expansion refused", failure);
            return new UnreadableFile("file.too-expanded");
        }
        LOG.warnf("Refused an unreadable file (%s): %s", key, failure.toString());
        LOG.debug("The unreadable file's failure", failure);
        return new UnreadableFile(key, args);
    }

    /** Apache POI's guard against zip bombs (ZipSecureFile) has no exception type of its own: its messages tell. */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("ZipSecureFile")
                    || message.contains("max size of the expanded data") || message.contains("max. ratio of compressed"))) {
                return true;
            }
        }
        return false;
    }

    /** The cause, or what a StAX failure wraps (which it may hold apart from its cause). */
    private static Throwable next(Throwable failure) {
        Throwable cause = failure.getCause();
        if (cause == null && failure instanceof javax.xml.stream.XMLStreamException xml) {
            cause = xml.getNestedException();
        }
        return cause == failure ? null : cause;
    }
}
