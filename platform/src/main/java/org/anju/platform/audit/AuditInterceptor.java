package org.anju.platform.audit;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.Hibernate;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Records every change Hibernate flushes — an entity created, updated (with the names of the
 * fields whose values changed) or deleted — as audit entries written in the same transaction, just
 * before it commits: a change and its audit entry commit together or not at all. Every application
 * gets it without code of its own; {@link NotAudited} entities are left out. A part of an aggregate
 * (an entity with a mandatory many-to-one owner, like a household's member) is audited under its
 * owner's type, id and county.
 */
@Dependent
@PersistenceUnitExtension
public class AuditInterceptor implements Interceptor {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private final List<AuditEntry> pending = new ArrayList<>();

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!types[i].isCollectionType() && state[i] != null && !"version".equals(names[i])) {
                fields.add(names[i]);
            }
        }
        record(AuditEntry.Kind.CREATED, entity, id, names, null, state, fields);
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] current, Object[] previous, String[] names, Type[] types) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (!types[i].isCollectionType() && !"version".equals(names[i])
                    && (previous == null || !Objects.equals(current[i], previous[i]))) {
                fields.add(names[i]);
            }
        }
        record(AuditEntry.Kind.UPDATED, entity, id, names, previous, current, fields);
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] names, Type[] types) {
        record(AuditEntry.Kind.DELETED, entity, id, names, state, null, List.of());
    }

    @Override
    public void beforeTransactionCompletion(Transaction transaction) {
        if (pending.isEmpty()) {
            return;
        }
        List<AuditEntry> entries = List.copyOf(pending);
        pending.clear();
        Arc.container().instance(AuditLog.class).get().append(entries);
    }

    @Override
    public void afterTransactionCompletion(Transaction transaction) {
        pending.clear();
    }

    private void record(AuditEntry.Kind kind, Object entity, Object id, String[] names, Object[] before, Object[] after,
                        List<String> fields) {
        Shape shape = SHAPES.computeIfAbsent(entity.getClass(), Shape::of);
        if (shape.notAudited()) {
            return;
        }
        AuditContext.Actor actor = AuditContext.current();
        Object owner = shape.owner(entity);
        String aggregateType = owner == null ? shape.name() : SHAPES.computeIfAbsent(owner.getClass(), Shape::of).name();
        String aggregateId = owner == null ? String.valueOf(id) : String.valueOf(Shape.idOf(owner));
        String county = owner == null ? text(value(names, after != null ? after : before, "county")) : Shape.countyOf(owner);
        pending.add(new AuditEntry(null, kind, actor.name(), actor.roles(), actor.requestId(), actor.operation(),
                aggregateType, aggregateId, owner == null ? null : shape.name(), county,
                number(value(names, before, "version")), number(value(names, after, "version")),
                owner == null ? fields : fields.stream().map(field -> shape.name() + "." + field).toList(), null));
    }

    private static Object value(String[] names, Object[] state, String name) {
        if (state == null) {
            return null;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return state[i];
            }
        }
        return null;
    }

    private static Long number(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** What the audit needs to know of an entity class, found once by reflection. */
    private record Shape(String name, boolean notAudited, Field ownerField) {

        static Shape of(Class<?> type) {
            Class<?> entity = type;
            while (entity.getSuperclass() != null && !entity.isAnnotationPresent(jakarta.persistence.Entity.class)) {
                entity = entity.getSuperclass(); // a Hibernate proxy or enhanced subclass
            }
            Field owner = null;
            for (Field field : entity.getDeclaredFields()) {
                ManyToOne manyToOne = field.getAnnotation(ManyToOne.class);
                if (manyToOne != null && !manyToOne.optional()) {
                    field.setAccessible(true);
                    owner = field;
                    break;
                }
            }
            return new Shape(entity.getSimpleName(), entity.isAnnotationPresent(NotAudited.class), owner);
        }

        Object owner(Object entity) {
            if (ownerField == null) {
                return null;
            }
            try {
                Object owner = ownerField.get(entity);
                return owner == null ? null : Hibernate.unproxy(owner);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        static Object idOf(Object entity) {
            return read(entity, Id.class, null);
        }

        static String countyOf(Object entity) {
            Object county = read(entity, null, "county");
            return county == null ? null : county.toString();
        }

        private static Object read(Object entity, Class<? extends java.lang.annotation.Annotation> marker, String name) {
            for (Class<?> type = entity.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if ((marker != null && field.isAnnotationPresent(marker)) || field.getName().equals(name)) {
                        try {
                            field.setAccessible(true);
                            return field.get(entity);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return null;
        }
    }
}
