package org.anju.platform.tabular;

import org.anju.platform.i18n.Message;
import org.anju.platform.problem.ProblemException;
import org.anju.platform.problem.ProblemType;

/**
 * A file that cannot be read at all, as opposed to a row with a mistake: the wrong encoding, not
 * a workbook, no header. A 422 problem; the message says what to do (save as XLSX, use the template).
 */
public class UnreadableFile extends ProblemException {

    public UnreadableFile(Message reason) {
        super(ProblemType.UNREADABLE_FILE, reason);
    }

    public UnreadableFile(String key, Object... args) {
        this(Message.of(key, args));
    }
}
