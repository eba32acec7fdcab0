package org.anju.platform.validation;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/** Makes {@link CodePointSize} the validator of {@code @Size} on strings in every application. */
@ApplicationScoped
public class CodePointSizes implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePointSize.class);
        configuration.addMapping(mapping);
    }
}
