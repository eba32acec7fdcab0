package org.anju.platform.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An entity whose changes the audit trail leaves out because they are not changes of the
 * programme's records: a read-only replica of another service's records (audited by their owner),
 * or technical bookkeeping such as an import job's progress.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotAudited {
}
