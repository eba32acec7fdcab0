package org.anju.platform.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Renders a Bean Validation property path as the client wrote it: a violation on
 * {@code create.request.members[0].idNumber} (method, parameter, then the body's properties)
 * becomes {@code members[0].idNumber}; a constrained query or path parameter is named by itself.
 * JSON names are Java names in this suite (camelCase records, no renaming).
 */
final class FieldPaths {

    private FieldPaths() {
    }

    static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    static String of(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> {
                    // the Java method is not part of what the client sent
                }
                case PARAMETER -> {
                    parameter = node.getName();
                }
                default -> {
                    if (node.isInIterable()) {
                        path.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    // container elements (<list element>) and class-level nodes have no name of their own
                    if (node.getKind() == ElementKind.PROPERTY) {
                        if (!path.isEmpty()) {
                            path.append('.');
                        }
                        path.append(node.getName());
                    }
                }
            }
        }
        return path.isEmpty() && parameter != null ? parameter : path.toString();
    }
}
